import { Alert, App as AntApp, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { RECHECK_OUTCOMES, type RecheckOutcome } from '../../../src-shared/office/management-vocabulary';
import type { OpenRectification } from '../../../src-shared/office/management-views';
import { api } from '../../api/client';
import { useAction } from '../../app/use-action';
import { splitNames } from './names';

interface Values {
  recheckedOn: string;
  outcome: RecheckOutcome;
  notes: string;
  checkers: string;
}

/** The re-check that closes a rectification, as rectified or not rectified. */
export function RecheckModal({ rectification: r, today, onClose, onDone }: { rectification: OpenRectification; today: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const { busy, run } = useAction();
  const submit = (v: Values) =>
    run(
      () => api('management.recheck', { studioId: r.studio.id, recheckedOn: v.recheckedOn, outcome: v.outcome, notes: v.notes, checkers: splitNames(v.checkers) }),
      () => {
        void message.success(t('management.recheck.done'));
        onDone();
      },
      { form },
    );
  const required = [{ required: true, whitespace: true }];
  return (
    <Modal
      open
      width={640}
      title={t('management.recheck.title', { id: r.studio.id, deadline: r.deadline })}
      okText={t('management.recheck.submit')}
      okButtonProps={{ loading: busy, 'data-testid': 'recheck-submit' }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <p>{r.requirements}</p>
      <Alert type="info" showIcon title={t('management.recheck.hint')} style={{ marginBottom: 12 }} />
      <Form form={form} layout="vertical" initialValues={{ recheckedOn: today }} onFinish={submit}>
        <Form.Item name="recheckedOn" label={t('management.recheck.date')} rules={required}>
          <Input type="date" max={today} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="outcome" label={t('management.recheck.outcome')} rules={[{ required: true }]}>
          <Radio.Group>
            {RECHECK_OUTCOMES.map((o) => (
              <Radio key={o} value={o} data-testid={`outcome-${o}`}>
                {t(`management.outcome.${o}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="notes" label={t('management.recheck.notes')} rules={required}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
        <Form.Item name="checkers" label={t('management.recheck.checkers')} rules={required}>
          <Input maxLength={400} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
