import { Alert, App as AntApp, Button, Card, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DeviceKeyView } from '../../src-shared/api/ops/bundle';
import { api } from '../api/client';
import { announceDeviceKeyChange, useDeviceKey } from '../app/device-key';
import { useAction } from '../app/use-action';
import { localTime } from '../draw/local-time';

/**
 * Sets, changes or removes the passphrase that seals this device's private key, or records the choice to run
 * without one: until one of these, the key signs nothing (the first use of a meeting laptop passes here).
 */
export function PassphraseCard({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const device = useDeviceKey();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const { busy, run } = useAction();
  const isProtected = device.data?.protected ?? false;
  const changed = (done: string) => {
    setCurrent('');
    setNext('');
    setRepeat('');
    void message.success(done);
    announceDeviceKeyChange();
    onChanged();
  };
  const save = (input: { current?: string; next?: string }, done: string) => run(() => api('keys.setPassphrase', input), () => changed(done));
  const decline = () =>
    modal.confirm({
      title: t('office.passphrase.noneTitle'),
      content: t('office.passphrase.noneHint'),
      okText: t('office.passphrase.noneOk'),
      okButtonProps: { danger: true },
      onOk: () => run(() => api('keys.declinePassphrase', {}), () => changed(t('office.passphrase.noneDone'))),
    });
  const mismatch = repeat !== '' && repeat !== next;
  return (
    <Card title={t('office.passphrase.heading')}>
      {device.data && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Status device={device.data} />
          <Space wrap>
            {isProtected && (
              <Input.Password aria-label={t('office.passphrase.current')} placeholder={t('office.passphrase.current')} value={current} onChange={(e) => setCurrent(e.target.value)} autoComplete="off" style={{ width: 220 }} />
            )}
            <Input.Password aria-label={t('office.passphrase.next')} placeholder={t('office.passphrase.next')} value={next} onChange={(e) => setNext(e.target.value)} autoComplete="new-password" style={{ width: 260 }} />
            <Input.Password aria-label={t('office.passphrase.repeat')} placeholder={t('office.passphrase.repeat')} value={repeat} onChange={(e) => setRepeat(e.target.value)} autoComplete="new-password" status={mismatch ? 'error' : undefined} style={{ width: 220 }} />
            <Button
              type="primary"
              loading={busy}
              disabled={next.length < 8 || next !== repeat || (isProtected && !current)}
              onClick={() => void save({ current: isProtected ? current : undefined, next }, t('office.passphrase.saved'))}
              data-testid="passphrase-save"
            >
              {t(isProtected ? 'office.passphrase.change' : 'office.passphrase.set')}
            </Button>
            {isProtected && (
              <Button danger loading={busy} disabled={!current} onClick={() => void save({ current }, t('office.passphrase.removed'))} data-testid="passphrase-remove">
                {t('office.passphrase.remove')}
              </Button>
            )}
            {!isProtected && !device.data.noPassphrase && (
              <Button danger loading={busy} onClick={decline} data-testid="passphrase-none">
                {t('office.passphrase.none')}
              </Button>
            )}
          </Space>
          {mismatch && <Alert type="error" title={t('office.passphrase.mismatch')} />}
        </Space>
      )}
    </Card>
  );
}

function Status({ device }: { device: DeviceKeyView }) {
  const { t } = useTranslation();
  if (device.protected) return <Alert type="success" showIcon title={t('office.passphrase.on')} data-testid="passphrase-status" />;
  if (device.noPassphrase) {
    const { by, at } = device.noPassphrase;
    return <Alert type="warning" showIcon title={t('office.passphrase.off', { by, at: localTime(at) })} data-testid="passphrase-status" />;
  }
  return <Alert type="error" showIcon title={t('office.passphrase.unset')} data-testid="passphrase-status" />;
}
