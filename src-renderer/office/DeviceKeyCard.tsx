import { Button, Card, Descriptions, Input, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../api/client';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { useDevicePassphrase } from '../app/use-device-passphrase';

/** This installation's key: its id and fingerprint to read out, and the key file to carry to the other side. */
export function DeviceKeyCard() {
  const { t } = useTranslation();
  const key = useDevicePassphrase();
  const { device } = key;
  const [label, setLabel] = useState('');
  const { busy, run } = useAction();
  return (
    <Card title={t('office.device.heading')}>
      {device.error && <ErrorAlert error={device.error} />}
      {!device.data && !device.error && <Spin />}
      {device.data && (
        <Space direction="vertical" style={{ width: '100%' }}>
          <Descriptions column={1} bordered size="middle">
            <Descriptions.Item label={t('office.device.keyId')}>
              <Typography.Text code data-testid="device-key-id">{device.data.keyId}</Typography.Text>
            </Descriptions.Item>
            <Descriptions.Item label={t('office.device.fingerprint')}>
              <div className="office-fingerprint" data-testid="device-fingerprint">{device.data.fingerprint}</div>
              <Typography.Text type="secondary">{t('office.device.fingerprintHint')}</Typography.Text>
            </Descriptions.Item>
          </Descriptions>
          <Space wrap>
            <Input
              aria-label={t('office.device.label')}
              placeholder={t('office.device.labelPlaceholder')}
              value={label}
              onChange={(e) => setLabel(e.target.value)}
              style={{ width: 280 }}
              maxLength={100}
            />
            {key.field}
            <Button data-testid="export-key-file" loading={busy} disabled={key.missing} onClick={() => run(() => api('keys.exportFile', { label: label.trim() || undefined, passphrase: key.passphrase }), saveDownload)}>
              {t('office.device.export')}
            </Button>
          </Space>
        </Space>
      )}
    </Card>
  );
}
