import { Alert, Button, Card, Form, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { publicationOperations, type YearProposals, type YearPublication } from '../../src-shared/api/ops/publication';
import type { AppError } from '../../src-shared/result';
import { api } from '../api/client';
import { ErrorAlert } from '../app/ErrorAlert';
import { checkInput } from '../app/form-errors';
import { useAction } from '../app/use-action';
import { localToday } from './LedgerForms';

interface Fields {
  docNo?: string;
  publishedOn?: string;
  noticeStart?: string;
  noticeEnd?: string;
}

const schema = publicationOperations['publication.publish'].input;

/**
 * 文号, date and the optional 公示 period; publishing is refused by the back end while a studio is undecided. The
 * fields are checked with the API's schema before the confirmation, so a missing 文号 or half a 公示 period is
 * named under its field, not after the office has said "yes, publish".
 */
export function PublishForm({ proposals, onPublished }: { proposals: YearProposals; onPublished: (p: YearPublication) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Fields>();
  const [confirming, setConfirming] = useState(false);
  const [rest, setRest] = useState<AppError>();
  const { busy, run } = useAction();
  const { count, undecided } = proposals;
  const input = () => {
    const v = form.getFieldsValue(true) as Fields;
    return { year: proposals.year, docNo: v.docNo ?? '', publishedOn: v.publishedOn ?? '', noticeStart: v.noticeStart || undefined, noticeEnd: v.noticeEnd || undefined };
  };
  const check = () => {
    const checked = checkInput({ form }, schema, input());
    setRest(checked.ok ? undefined : checked.rest);
    setConfirming(checked.ok);
  };
  const submit = () => {
    setConfirming(false);
    // The door trims the 文号 itself.
    void run(() => api('publication.publish', input()), onPublished, { form });
  };
  return (
    <Card title={t('publication.publish.heading')}>
      {undecided > 0 && <Alert style={{ marginBottom: 12 }} type="warning" showIcon title={t('publication.publish.undecided', { n: undecided })} />}
      <Form form={form} layout="vertical" initialValues={{ publishedOn: localToday() }}>
        <Space wrap align="start">
          <Form.Item name="docNo" label={t('publication.publish.docNo')} required>
            <Input data-testid="publish-doc-no" style={{ width: 320 }} placeholder={t('publication.publish.docNoPlaceholder')} />
          </Form.Item>
          <Form.Item name="publishedOn" label={t('publication.publish.date')} required>
            <Input data-testid="publish-date" type="date" />
          </Form.Item>
          <Form.Item name="noticeStart" label={t('publication.publish.noticeStart')}>
            <Input data-testid="publish-notice-start" type="date" />
          </Form.Item>
          <Form.Item name="noticeEnd" label={t('publication.publish.noticeEnd')}>
            <Input data-testid="publish-notice-end" type="date" />
          </Form.Item>
          <Form.Item label=" " colon={false}>
            <Popconfirm
              open={confirming}
              onOpenChange={(open) => (open ? check() : setConfirming(false))}
              title={t('publication.publish.confirm', { n: count.adopted })}
              onConfirm={submit}
            >
              <Button type="primary" data-testid="publish-submit" loading={busy} disabled={undecided > 0 || count.adopted === 0}>
                {t('publication.publish.submit')}
              </Button>
            </Popconfirm>
          </Form.Item>
        </Space>
      </Form>
      {rest && <ErrorAlert error={rest} />}
    </Card>
  );
}
