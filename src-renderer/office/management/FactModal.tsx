import { App as AntApp, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { STUDIO_FACT_KINDS, type StudioFactKind } from '../../../src-shared/office/management-vocabulary';
import type { ManagedStudio } from '../../../src-shared/office/management-views';
import type { StudioFactInput } from '../../../src-shared/office/studio-facts';
import { api } from '../../api/client';
import { useAction } from '../../app/use-action';

interface Values {
  kind: StudioFactKind;
  date: string;
  account?: string;
  alliance?: string;
  text?: string;
  title?: string;
  medium?: string;
  link?: string;
}

const filled = (s: string | undefined) => (s && s.trim() !== '' ? s.trim() : undefined);

/** The form's values as the one fact of its kind (only that kind's fields travel). */
function factOf(v: Values): StudioFactInput {
  switch (v.kind) {
    case 'platform-registration':
      return { kind: v.kind, date: v.date, account: v.account ?? '' };
    case 'alliance-membership':
      return { kind: v.kind, date: v.date, alliance: v.alliance ?? '' };
    case 'host-support':
      return { kind: v.kind, date: v.date, text: v.text ?? '' };
    case 'publicity':
      return { kind: v.kind, date: v.date, title: v.title ?? '', medium: v.medium ?? '', link: filled(v.link), text: filled(v.text) };
  }
}

/** One support or service record of a studio (Art. 13 to 16, 18): appended, never edited. */
export function FactModal({ studio, today, onClose, onDone }: { studio: ManagedStudio; today: string; onClose(): void; onDone(): void }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form);
  const { busy, run } = useAction();
  const submit = (v: Values) =>
    run(
      () => api('studio.addFact', { studioId: studio.id, fact: factOf(v) }),
      () => {
        void message.success(t('management.fact.done'));
        onDone();
      },
      { form, under: 'fact' },
    );
  const required = [{ required: true, whitespace: true }];
  const linkOrText = [
    ({ getFieldValue }: { getFieldValue(name: string): unknown }) => ({
      validator: () =>
        filled(getFieldValue('link') as string | undefined) || filled(getFieldValue('text') as string | undefined)
          ? Promise.resolve()
          : Promise.reject(new Error(t('management.fact.linkOrText'))),
    }),
  ];
  return (
    <Modal
      open
      title={`${t('management.fact.modalTitle')} · ${studio.id}`}
      okText={t('management.fact.submit')}
      okButtonProps={{ loading: busy, 'data-testid': 'fact-submit' }}
      onCancel={onClose}
      onOk={() => form.submit()}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'platform-registration', date: today, alliance: t('management.fact.allianceDefault') }}
        onFinish={submit}
      >
        <Form.Item name="kind" label={t('management.fact.kind')}>
          <Select data-testid="fact-kind" options={STUDIO_FACT_KINDS.map((k) => ({ value: k, label: t(`management.fact.kinds.${k}`) }))} />
        </Form.Item>
        <Form.Item name="date" label={t('management.fact.date')} rules={required}>
          <Input type="date" max={today} style={{ width: 200 }} />
        </Form.Item>
        {kind === 'platform-registration' && (
          <Form.Item name="account" label={t('management.fact.account')} rules={required}>
            <Input maxLength={100} />
          </Form.Item>
        )}
        {kind === 'alliance-membership' && (
          <Form.Item name="alliance" label={t('management.fact.alliance')} rules={required}>
            <Input maxLength={200} />
          </Form.Item>
        )}
        {kind === 'publicity' && (
          <>
            <Form.Item name="title" label={t('management.fact.title')} rules={required}>
              <Input maxLength={200} />
            </Form.Item>
            <Form.Item name="medium" label={t('management.fact.medium')} rules={required}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="link" label={t('management.fact.link')} dependencies={['text']} rules={linkOrText}>
              <Input maxLength={500} />
            </Form.Item>
          </>
        )}
        {(kind === 'host-support' || kind === 'publicity') && (
          <Form.Item name="text" label={t('management.fact.text')} rules={kind === 'host-support' ? required : []}>
            <Input.TextArea rows={3} maxLength={kind === 'publicity' ? 5000 : 2000} />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}
