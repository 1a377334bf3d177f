import { Alert, App as AntApp, Form, Input, Modal, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { CHECK_FINDINGS, type CheckFinding } from '../../../src-shared/office/management-vocabulary';
import type { ManagedStudio } from '../../../src-shared/office/management-views';
import { api } from '../../api/client';
import { useAction } from '../../app/use-action';
import { splitNames } from './names';

interface Values {
  checkedOn: string;
  activities: string;
  results: string;
  useOfFunds: string;
  finding: CheckFinding;
  checkers: string;
  deadline?: string;
  requirements?: string;
}

/** The annual check form: what the studio did, what came of it, how it used its funds, and the finding. */
export function CheckModal({ studio, year, today, onClose, onDone }: { studio: ManagedStudio; year: number; today: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const finding = Form.useWatch('finding', form);
  const { busy, run } = useAction();
  const submit = (v: Values) =>
    run(
      () =>
        api('management.check', {
          studioId: studio.id,
          year,
          checkedOn: v.checkedOn,
          activities: v.activities,
          results: v.results,
          useOfFunds: v.useOfFunds,
          finding: v.finding,
          checkers: splitNames(v.checkers),
          rectification: v.finding === 'not-evident' ? { deadline: v.deadline!, requirements: v.requirements! } : null,
        }),
      () => {
        void message.success(t('management.check.done'));
        onDone();
      },
      { form, rename: { rectification: '' } },
    );
  const required = [{ required: true, whitespace: true }];
  return (
    <Modal
      open
      width={720}
      title={t('management.check.title', { id: studio.id, year })}
      okText={t('management.check.submit')}
      okButtonProps={{ loading: busy, 'data-testid': 'check-submit' }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <p>
        {studio.studioName} · {studio.leaderName} · {studio.workUnitName}
      </p>
      <Form form={form} layout="vertical" initialValues={{ checkedOn: today }} onFinish={submit}>
        <Form.Item name="checkedOn" label={t('management.check.date')} rules={required}>
          <Input type="date" max={today} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="activities" label={t('management.check.activities')} rules={required}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item name="results" label={t('management.check.results')} rules={required}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item name="useOfFunds" label={t('management.check.useOfFunds')} rules={required}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item name="finding" label={t('management.check.finding')} rules={[{ required: true }]}>
          <Radio.Group>
            {CHECK_FINDINGS.map((f) => (
              <Radio key={f} value={f} data-testid={`finding-${f}`}>
                {t(`management.finding.${f}`)}
              </Radio>
            ))}
          </Radio.Group>
        </Form.Item>
        <Form.Item name="checkers" label={t('management.check.checkers')} rules={required}>
          <Input maxLength={400} />
        </Form.Item>
        {finding === 'not-evident' && (
          <>
            <Alert type="warning" showIcon title={t('management.check.rectificationHint')} style={{ marginBottom: 12 }} />
            <Form.Item name="deadline" label={t('management.check.deadline')} rules={required}>
              <Input type="date" style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="requirements" label={t('management.check.requirements')} rules={required}>
              <Input.TextArea rows={3} maxLength={5000} />
            </Form.Item>
          </>
        )}
      </Form>
    </Modal>
  );
}
