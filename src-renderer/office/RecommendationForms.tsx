import { Button, Checkbox, Form, Input, InputNumber, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { RECOMMENDATION_OUTCOME_LABELS, RECOMMENDATION_REASON_LABELS, RECOMMENDATION_REASONS } from '../../src-shared/office/recommendation';
import type { RecommendationView } from '../../src-shared/office/studio';
import { api } from '../api/client';
import { useAction } from '../app/use-action';
import { localized } from '../i18n';

const today = () => new Date().toISOString().slice(0, 10);

/** Art. 8: the three findings as a checklist, the reason in words, the date sent to 河南省总工会. */
export function AddRecommendationForm({ studioId, year, onSaved }: { studioId: string; year: number; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useAction();
  const submit = (v: { year: number; reasons: string[]; reasonText: string; sentOn: string }) =>
    run(() => api('recommendation.add', { studioId, ...v, reasons: v.reasons as RecommendationView['reasons'] }), () => {
      form.resetFields();
      onSaved();
    }, { form });
  return (
    <Form form={form} layout="vertical" onFinish={submit} initialValues={{ year, reasons: [], sentOn: today() }} data-testid="recommendation-form">
      <Space wrap>
        <Form.Item name="year" label={t('officeRegister.rec.year')} rules={[{ required: true }]}>
          <InputNumber min={2000} max={2100} />
        </Form.Item>
        <Form.Item name="sentOn" label={t('officeRegister.rec.sentOn')} rules={[{ required: true }]}>
          <Input type="date" data-testid="recommendation-sent-on" />
        </Form.Item>
      </Space>
      <Form.Item
        name="reasons"
        label={t('officeRegister.rec.reasons')}
        rules={[{ required: true, type: 'array', min: 1, message: t('officeRegister.rec.needReasons') }]}
      >
        <Checkbox.Group options={RECOMMENDATION_REASONS.map((r) => ({ value: r, label: localized(RECOMMENDATION_REASON_LABELS[r]) }))} />
      </Form.Item>
      <Form.Item name="reasonText" label={t('officeRegister.rec.reasonText')} rules={[{ required: true, whitespace: true }]}>
        <Input.TextArea rows={3} maxLength={2000} placeholder={t('officeRegister.rec.reasonTextHint')} data-testid="recommendation-text" />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={busy} data-testid="recommendation-submit">
        {t('officeRegister.rec.submit')}
      </Button>
    </Form>
  );
}

/** The federation's answer once known: awarded or not, its date and a note. */
export function OutcomeForm({ rec, onSaved }: { rec: RecommendationView; onSaved(): void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const { busy, run } = useAction();
  const submit = (v: { outcome: 'awarded' | 'not-awarded'; outcomeOn: string; note?: string }) =>
    run(() => api('recommendation.outcome', { studioId: rec.studioId, year: rec.year, ...v, note: v.note ?? '' }), onSaved, { form });
  return (
    <Form
      form={form}
      layout="inline"
      onFinish={submit}
      initialValues={{ outcome: rec.outcome === 'pending' ? undefined : rec.outcome, outcomeOn: rec.outcomeOn ?? today(), note: rec.outcomeNote }}
      data-testid="outcome-form"
    >
      <Form.Item name="outcome" label={t('officeRegister.rec.outcome')} rules={[{ required: true }]}>
        <Select
          style={{ width: 140 }}
          options={(['awarded', 'not-awarded'] as const).map((o) => ({ value: o, label: localized(RECOMMENDATION_OUTCOME_LABELS[o]) }))}
          data-testid="outcome-select"
        />
      </Form.Item>
      <Form.Item name="outcomeOn" label={t('officeRegister.rec.outcomeOn')} rules={[{ required: true }]}>
        <Input type="date" />
      </Form.Item>
      <Form.Item name="note" label={t('officeRegister.rec.note')}>
        <Input maxLength={500} />
      </Form.Item>
      <Button htmlType="submit" loading={busy} data-testid="outcome-submit">
        {t('officeRegister.rec.saveOutcome')}
      </Button>
    </Form>
  );
}
