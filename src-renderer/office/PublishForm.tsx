import { Alert, Button, Card, Form, Input, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { YearProposals, YearPublication } from '../../src-shared/api/ops/publication';
import { api } from '../api/client';
import { useAction } from '../app/use-action';

interface Fields {
  docNo: string;
  publishedOn: string;
  noticeStart: string;
  noticeEnd: string;
}

/** 文号, date and the optional 公示 period; publishing is refused by the back end while a studio is undecided. */
export function PublishForm({ proposals, onPublished }: { proposals: YearProposals; onPublished: (p: YearPublication) => void }) {
  const { t } = useTranslation();
  const [fields, setFields] = useState<Fields>({ docNo: '', publishedOn: new Date().toISOString().slice(0, 10), noticeStart: '', noticeEnd: '' });
  const { busy, run } = useAction();
  const set = (k: keyof Fields) => (e: { target: { value: string } }) => setFields({ ...fields, [k]: e.target.value });
  const { count, undecided } = proposals;
  const submit = () =>
    run(
      () =>
        api('publication.publish', {
          year: proposals.year,
          docNo: fields.docNo.trim(),
          publishedOn: fields.publishedOn,
          noticeStart: fields.noticeStart || undefined,
          noticeEnd: fields.noticeEnd || undefined,
        }),
      onPublished,
    );
  return (
    <Card title={t('publication.publish.heading')}>
      {undecided > 0 && <Alert style={{ marginBottom: 12 }} type="warning" showIcon title={t('publication.publish.undecided', { n: undecided })} />}
      <Form layout="vertical">
        <Space wrap align="end">
          <Form.Item label={t('publication.publish.docNo')} required>
            <Input data-testid="publish-doc-no" style={{ width: 320 }} placeholder={t('publication.publish.docNoPlaceholder')} value={fields.docNo} onChange={set('docNo')} />
          </Form.Item>
          <Form.Item label={t('publication.publish.date')} required>
            <Input data-testid="publish-date" type="date" value={fields.publishedOn} onChange={set('publishedOn')} />
          </Form.Item>
          <Form.Item label={t('publication.publish.noticeStart')}>
            <Input data-testid="publish-notice-start" type="date" value={fields.noticeStart} onChange={set('noticeStart')} />
          </Form.Item>
          <Form.Item label={t('publication.publish.noticeEnd')}>
            <Input data-testid="publish-notice-end" type="date" value={fields.noticeEnd} onChange={set('noticeEnd')} />
          </Form.Item>
          <Form.Item>
            <Popconfirm title={t('publication.publish.confirm', { n: count.adopted })} onConfirm={() => void submit()}>
              <Button type="primary" data-testid="publish-submit" loading={busy} disabled={undecided > 0 || count.adopted === 0 || !fields.docNo.trim() || !fields.publishedOn}>
                {t('publication.publish.submit')}
              </Button>
            </Popconfirm>
          </Form.Item>
        </Space>
      </Form>
    </Card>
  );
}
