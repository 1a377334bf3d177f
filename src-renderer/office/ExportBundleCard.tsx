import { Alert, Button, Card, Select, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BundleExportView } from '../../src-shared/api/ops/bundle';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { useAction } from '../app/use-action';
import { useDevicePassphrase } from '../app/use-device-passphrase';
import { FolderPathInput } from '../files/FolderPathInput';

/** On the meeting laptop: a signed session's bundle to a folder on the stick, and "safe to remove" only at the end. */
export function ExportBundleCard() {
  const { t } = useTranslation();
  const sessions = useApi('session.list');
  const signed = (sessions.data ?? []).filter((s) => s.role === 'coordinator' && s.phase === 'signed');
  const [sessionId, setSessionId] = useState<string>();
  const [destination, setDestination] = useState('');
  const [done, setDone] = useState<BundleExportView>();
  const { busy, run } = useAction();
  const key = useDevicePassphrase();
  const chosen = sessionId ?? signed[0]?.sessionId;
  return (
    <Card title={t('office.exporter.heading')}>
      <Typography.Paragraph type="secondary">{t('office.exporter.hint')}</Typography.Paragraph>
      <Space direction="vertical" style={{ width: '100%' }}>
        <Space wrap>
          <Select
            aria-label={t('office.exporter.session')}
            style={{ minWidth: 200 }}
            placeholder={t('office.exporter.noSession')}
            value={chosen}
            onChange={setSessionId}
            options={signed.map((s) => ({ value: s.sessionId, label: `${s.sessionId}（${s.year}）` }))}
          />
          <FolderPathInput
            label={t('office.exporter.destination')}
            placeholder={t('office.exporter.destinationPlaceholder')}
            value={destination}
            onChange={setDestination}
            style={{ minWidth: 420 }}
          />
          {key.field}
          <Button
            type="primary"
            disabled={!chosen || !destination.trim() || key.missing}
            loading={busy}
            data-testid="bundle-export"
            onClick={() => {
              setDone(undefined);
              void run(() => api('bundle.export', { sessionId: chosen!, destination: destination.trim(), passphrase: key.passphrase }), setDone);
            }}
          >
            {t('office.exporter.export')}
          </Button>
        </Space>
        {busy && <Spin description={t('office.exporter.running')} />}
        {done && <Alert type="success" showIcon data-testid="bundle-exported" title={t('office.exporter.done', { folder: done.folder })} description={<span className="office-hash">SHA-256 {done.bundleSha256}</span>} />}
      </Space>
    </Card>
  );
}
