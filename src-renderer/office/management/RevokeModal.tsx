import { Alert, App as AntApp, Form, Input, Modal } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ManagedStudio } from '../../../src-shared/office/management-views';
import { api } from '../../api/client';
import { useAction } from '../../app/use-action';

interface Values {
  revokedOn: string;
  docNo: string;
  reason: string;
}

/** Revocation asks once, with its document number and reason, and says that it cannot be undone. */
export function RevokeModal({ studio, today, onClose, onDone }: { studio: ManagedStudio; today: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useAction();
  const submit = (v: Values) =>
    run(
      () => api('management.revoke', { studioId: studio.id, revokedOn: v.revokedOn, docNo: v.docNo, reason: v.reason }),
      () => {
        void message.success(t('management.revoke.done'));
        onDone();
      },
      { form },
    );
  const required = [{ required: true, whitespace: true }];
  return (
    <Modal
      open
      title={t('management.revoke.title', { id: studio.id })}
      okText={t('management.revoke.submit')}
      okButtonProps={{ danger: true, loading: busy, 'data-testid': 'revoke-submit' }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <p>
        {studio.studioName} · {studio.leaderName} · {studio.workUnitName}
      </p>
      <Alert type="warning" showIcon title={t('management.revoke.warning')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" initialValues={{ revokedOn: today }} onFinish={submit}>
        <Form.Item name="revokedOn" label={t('management.revoke.date')} rules={required}>
          <Input type="date" max={today} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="docNo" label={t('management.revoke.docNo')} rules={required}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item name="reason" label={t('management.revoke.reason')} rules={required}>
          <Input.TextArea rows={3} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
