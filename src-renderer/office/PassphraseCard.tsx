import { Alert, App as AntApp, Button, Card, Input, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useAction } from '../app/use-action';

/** Sets, changes or removes the passphrase that seals this device's private key. */
export function PassphraseCard({ onChanged }: { onChanged(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const device = useApi('keys.device');
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const { busy, run } = useAction();
  const isProtected = device.data?.protected ?? false;
  const save = (input: { current?: string; next?: string }, done: string) =>
    run(() => api('keys.setPassphrase', input), () => {
      setCurrent('');
      setNext('');
      setRepeat('');
      void message.success(done);
      device.reload();
      onChanged();
    });
  const mismatch = repeat !== '' && repeat !== next;
  return (
    <Card title={t('office.passphrase.heading')}>
      {device.data && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Alert type={isProtected ? 'success' : 'warning'} showIcon title={t(isProtected ? 'office.passphrase.on' : 'office.passphrase.off')} data-testid="passphrase-status" />
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
          </Space>
          {mismatch && <Alert type="error" title={t('office.passphrase.mismatch')} />}
        </Space>
      )}
    </Card>
  );
}
