import { App as AntApp, Button, Card, Descriptions, Popconfirm, Space, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditVerification } from '../../src-shared/api/contract';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { AuditResult } from './AuditResult';
import { TimeZoneSetting } from './TimeZoneSetting';
import { YearPicker } from './YearPicker';
import { VerifyPageHash } from './VerifyPageHash';

export function SettingsPage() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const info = useApi('app.info');
  const [audit, setAudit] = useState<AuditVerification>();
  const { busy, run } = useAction();

  if (info.error) return <ErrorAlert error={info.error} />;
  if (!info.data) return <Spin description={t('common.loading')} />;
  const i = info.data;

  return (
    <>
      <Typography.Title level={2}>{t('settings.heading')}</Typography.Title>
      <YearPicker year={i.year} onSaved={info.reload} />
      <Card title={t('guided.year.thisComputer')} style={{ marginTop: 16 }}>
        <Descriptions column={1} bordered size="middle">
          <Descriptions.Item label={t('settings.dataDir')}>
            <Typography.Text copyable data-testid="settings-data-dir">{i.dataDir}</Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.databasePath')}>{i.databasePath}</Descriptions.Item>
          <Descriptions.Item label={t('settings.schemaVersion')}>
            <span data-testid="settings-schema-version">{i.schemaVersion}</span>
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.appVersion')}>{i.appVersion}</Descriptions.Item>
          <Descriptions.Item label={t('office.verifyPage.sha256')}>
            <VerifyPageHash />
          </Descriptions.Item>
          <Descriptions.Item label={t('settings.deviceId')}>{i.deviceId}</Descriptions.Item>
          <Descriptions.Item label={t('settings.timeZone')}>
            <TimeZoneSetting />
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card title={t('settings.auditHeading')} style={{ marginTop: 16 }}>
        <Space direction="vertical" style={{ width: '100%' }}>
          <Button type="primary" loading={busy} onClick={() => run(() => api('audit.verify'), setAudit)}>
            {t('settings.auditCheck')}
          </Button>
          {audit && <AuditResult result={audit} />}
        </Space>
      </Card>
      <Card title={t('settings.demoHeading')} style={{ marginTop: 16 }}>
        <Typography.Paragraph>{t('settings.demoHint')}</Typography.Paragraph>
        <Popconfirm
          title={t('settings.demoConfirm')}
          onConfirm={() =>
            run(() => api('demo.generate', {}), (s) => {
              void message.success(t('settings.demoDone', { experts: s.experts, nominations: s.nominations }));
              info.reload();
            })
          }
        >
          <Button loading={busy}>{t('settings.demoButton')}</Button>
        </Popconfirm>
      </Card>
    </>
  );
}
