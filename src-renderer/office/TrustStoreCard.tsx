import { Button, Card, Space, Table, Tag, Typography, Upload } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyFilePreview, TrustedKeyView } from '../../src-shared/api/ops/bundle';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { fileBytes } from '../files/download';
import { EnrolKeyModal } from './EnrolKeyModal';
import { RevokeKeyModal } from './RevokeKeyModal';
import { localTime } from '../draw/local-time';

/** The keys this installation trusts: enrol from a key file after comparing fingerprints, revoke with a reason. */
export function TrustStoreCard() {
  const { t } = useTranslation();
  const keys = useApi('keys.list');
  const { run } = useAction();
  const [enrolling, setEnrolling] = useState<{ preview: KeyFilePreview; content: Uint8Array }>();
  const [revoking, setRevoking] = useState<TrustedKeyView>();
  const done = () => {
    setEnrolling(undefined);
    setRevoking(undefined);
    keys.reload();
  };
  return (
    <Card
      title={t('office.trust.heading')}
      extra={
        <Upload
          accept=".json,application/json"
          showUploadList={false}
          beforeUpload={async (file) => {
            const content = await fileBytes(file);
            await run(() => api('keys.preview', { content }), (preview) => setEnrolling({ preview, content }));
            return false;
          }}
        >
          <Button type="primary" data-testid="enrol-key">{t('office.trust.enrol')}</Button>
        </Upload>
      }
    >
      <Typography.Paragraph type="secondary">{t('office.trust.hint')}</Typography.Paragraph>
      {keys.error && <ErrorAlert error={keys.error} />}
      <Table<TrustedKeyView>
        data-testid="trust-table"
        rowKey="keyId"
        size="middle"
        loading={keys.loading}
        dataSource={keys.data ?? []}
        pagination={false}
        locale={{ emptyText: t('office.trust.empty') }}
        columns={[
          { title: t('office.trust.label'), dataIndex: 'label' },
          { title: t('office.trust.role'), dataIndex: 'role', render: (r: TrustedKeyView['role']) => t(`office.trust.roles.${r}`) },
          { title: t('office.trust.keyId'), dataIndex: 'keyId', render: (v: string) => <Typography.Text code>{v}</Typography.Text> },
          { title: t('office.trust.fingerprint'), dataIndex: 'fingerprint', render: (v: string) => <span className="office-hash">{v}</span> },
          { title: t('office.trust.enrolledAt'), dataIndex: 'enrolledAt', render: (v: string) => localTime(v) },
          {
            title: t('office.trust.status'),
            key: 'status',
            render: (_: unknown, k) =>
              k.revokedAt ? (
                <Space direction="vertical" size={0}>
                  <Tag color="red">{t('office.trust.revoked')}</Tag>
                  <Typography.Text type="secondary">{t('office.trust.revokedInfo', { at: localTime(k.revokedAt), reason: k.revokeReason })}</Typography.Text>
                </Space>
              ) : (
                <Space>
                  <Tag color="green">{t('office.trust.active')}</Tag>
                  <Button size="small" danger onClick={() => setRevoking(k)} data-testid={`revoke-${k.keyId}`}>
                    {t('office.trust.revoke')}
                  </Button>
                </Space>
              ),
          },
        ]}
      />
      {enrolling && <EnrolKeyModal {...enrolling} onClose={() => setEnrolling(undefined)} onDone={done} />}
      {revoking && <RevokeKeyModal trusted={revoking} onClose={() => setRevoking(undefined)} onDone={done} />}
    </Card>
  );
}
