import { Alert, Button, Card, Descriptions, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerEntryView, StudioLedgerView } from '../../src-shared/api/ops/ledger';
import { formatFen } from '../../src-shared/office/ledger-money';
import { EXPENSE_CATEGORIES, EXPENSE_CATEGORY_LABELS } from '../../src-shared/office/ledger-vocabulary';
import type { AppError } from '../../src-shared/result';
import { api } from '../api/client';
import { ErrorAlert } from '../app/ErrorAlert';
import { showFormProblems } from '../app/form-errors';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { localized } from '../i18n';
import { ExpenseForm, GrantForm } from './LedgerForms';

/** What an entry is about: the account for a grant, the purpose for an expense, the entry and reason for a reversal. */
function useSummary() {
  const { t } = useTranslation();
  return (e: LedgerEntryView) =>
    e.kind === 'grant' ? t('ledger.entry.toAccount', { account: e.accountName, bank: e.bank }) : e.kind === 'expense' ? e.purpose : t('ledger.entry.reverses', { id: e.reverses, reason: e.reason });
}

/** The reversal's reason, asked in a dialog; a refusal (already reversed, an overdraft) stays in the dialog. */
function ReverseModal({ entry, onClose, onDone }: { entry: LedgerEntryView; onClose: () => void; onDone: (v: StudioLedgerView) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const ok = async () => {
    const v = await form.validateFields();
    setBusy(true);
    const r = await api('ledger.reverse', { entryId: entry.id, reason: v.reason });
    setBusy(false);
    if (r.ok) onDone(r.value);
    // A reason the door refuses (too long) goes under the reason; a refusal about the entry stays above the button.
    else setError(showFormProblems({ form }, r.error));
  };
  return (
    <Modal open title={t('ledger.reverseModal.title', { id: entry.id })} onCancel={onClose} onOk={ok} okText={t('ledger.reverseModal.ok')} confirmLoading={busy} destroyOnHidden okButtonProps={{ 'data-testid': 'reverse-ok' } as Record<string, string>}>
      <Typography.Paragraph type="secondary">{t('ledger.reverseModal.hint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('ledger.reverseModal.reason')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={2} data-testid="reverse-reason" />
        </Form.Item>
      </Form>
      {error && <ErrorAlert error={error} />}
    </Modal>
  );
}

/** One studio's ledger: its money at a glance, totals by use, every entry, the forms, and its report. */
export function StudioLedger({ view, onChange }: { view: StudioLedgerView; onChange: (v: StudioLedgerView) => void }) {
  const { t } = useTranslation();
  const summary = useSummary();
  const { busy, run } = useAction();
  const [reversing, setReversing] = useState<LedgerEntryView>();
  const st = view.studio;
  const report = (pick: 'pdf' | 'xlsx') => run(() => api('ledger.report', { studioId: st.id }), (files) => saveDownload(files[pick]));
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }} data-testid="studio-ledger">
      <Card title={`${st.id} ${st.studioName}`} extra={<Tag color={st.status === 'revoked' ? 'red' : st.status === 'rectifying' ? 'orange' : 'green'}>{t(`ledger.statuses.${st.status}`)}</Tag>}>
        <Descriptions column={3} size="small">
          <Descriptions.Item label={t('ledger.granted')}>{t('ledger.yuan', { amount: formatFen(view.grantedFen) })}</Descriptions.Item>
          <Descriptions.Item label={t('ledger.spent')}>{t('ledger.yuan', { amount: formatFen(view.spentFen) })}</Descriptions.Item>
          <Descriptions.Item label={t('ledger.balance')}>
            <strong data-testid="ledger-balance">{t('ledger.yuan', { amount: formatFen(view.balanceFen) })}</strong>
          </Descriptions.Item>
        </Descriptions>
        <Typography.Title level={5}>{t('ledger.byUse')}</Typography.Title>
        <Descriptions column={3} size="small" bordered>
          {EXPENSE_CATEGORIES.map((c) => (
            <Descriptions.Item key={c} label={localized(EXPENSE_CATEGORY_LABELS[c])}>
              {formatFen(view.byCategory[c])}
            </Descriptions.Item>
          ))}
        </Descriptions>
        <Space style={{ marginTop: 16 }}>
          <span>{t('ledger.studioReport')}</span>
          <Button loading={busy} onClick={() => report('pdf')} data-testid="studio-report-pdf">
            {t('ledger.reportPdf')}
          </Button>
          <Button loading={busy} onClick={() => report('xlsx')} data-testid="studio-report-xlsx">
            {t('ledger.reportXlsx')}
          </Button>
        </Space>
      </Card>
      <Card title={t('ledger.entries')}>
        {view.entries.length === 0 && <Alert type="info" title={t('ledger.expenseForm.noGrant')} />}
        <Table
          size="middle"
          rowKey="id"
          dataSource={view.entries}
          data-testid="ledger-entries"
          pagination={{ pageSize: 50, hideOnSinglePage: true }}
          columns={[
            { title: t('ledger.entry.id'), dataIndex: 'id', width: 70 },
            { title: t('ledger.entry.date'), dataIndex: 'date', width: 120 },
            { title: t('ledger.entry.kind'), render: (_, e) => t(`ledger.entry.kinds.${e.kind}`), width: 80 },
            {
              title: t('ledger.entry.summary'),
              render: (_, e) => (
                <>
                  {summary(e)}
                  {e.reversedBy !== null && (
                    <>
                      <br />
                      <Tag>{t('ledger.entry.reversedBy', { id: e.reversedBy })}</Tag>
                    </>
                  )}
                </>
              ),
            },
            { title: t('ledger.entry.category'), render: (_, e) => (e.category ? localized(EXPENSE_CATEGORY_LABELS[e.category]) : '') },
            { title: t('ledger.entry.payee'), dataIndex: 'payee' },
            { title: t('ledger.entry.voucher'), dataIndex: 'voucherNo' },
            { title: t('ledger.entry.amount'), align: 'right', render: (_, e) => formatFen(e.changeFen) },
            { title: t('ledger.entry.balance'), align: 'right', render: (_, e) => formatFen(e.balanceAfterFen) },
            {
              title: '',
              render: (_, e) => (
                <Space>
                  {e.attachment && (
                    <Button size="small" onClick={() => run(() => api('ledger.attachment', { entryId: e.id }), saveDownload)}>
                      {t('ledger.entry.scan')}
                    </Button>
                  )}
                  {e.kind !== 'reversal' && e.reversedBy === null && (
                    <Button size="small" danger onClick={() => setReversing(e)} data-testid={`reverse-${e.id}`}>
                      {t('ledger.entry.reverse')}
                    </Button>
                  )}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <GrantForm view={view} onDone={onChange} />
      <ExpenseForm view={view} onDone={onChange} />
      {reversing && (
        <ReverseModal
          entry={reversing}
          onClose={() => setReversing(undefined)}
          onDone={(v) => {
            setReversing(undefined);
            onChange(v);
          }}
        />
      )}
    </Space>
  );
}
