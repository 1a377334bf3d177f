import { Alert, Button, Card, Form, Input, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioLedgerView } from '../../src-shared/api/ops/ledger';
import { formatFen, parseYuan } from '../../src-shared/office/ledger-money';
import { EXPENSE_CATEGORIES, EXPENSE_CATEGORY_LABELS } from '../../src-shared/office/ledger-vocabulary';
import type { AppError, Result } from '../../src-shared/result';
import { api } from '../api/client';
import { ErrorAlert } from '../app/ErrorAlert';
import { showFormProblems, type FormTarget } from '../app/form-errors';
import { fileBytes } from '../files/download';
import { localized } from '../i18n';

/** Today on this computer, as a voucher is dated (YYYY-MM-DD). */
export const localToday = () => new Date().toLocaleDateString('sv-SE');

/** A voucher scan picked from disk, as the API takes it; none when nothing was picked. */
async function scanOf(file: File | undefined) {
  return file ? { fileName: file.name, content: await fileBytes(file) } : undefined;
}

/**
 * One form's submission: the refusal (a forbidden use, an overdraft, a revoked studio) is shown in place, above the
 * button, in the page's language, and the form keeps what was typed so it can be corrected.
 */
function useSubmit(onDone: (view: StudioLedgerView) => void, target: FormTarget) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<AppError>();
  const submit = async (work: () => Promise<Result<StudioLedgerView>>) => {
    setBusy(true);
    setError(undefined);
    try {
      const r = await work();
      if (r.ok) onDone(r.value);
      // Field problems go under their fields; a refusal that is about no field is shown above the button.
      else setError(showFormProblems(target, r.error));
      return r.ok;
    } finally {
      setBusy(false);
    }
  };
  return { busy, error, submit };
}

// No message of its own: the app-wide words (formValidateMessages) are the ones the API's refusals use too.
const required = [{ required: true, whitespace: true }];

export function GrantForm({ view, onDone }: { view: StudioLedgerView; onDone: (v: StudioLedgerView) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [scan, setScan] = useState<File>();
  const [scanKey, setScanKey] = useState(0);
  const { busy, error, submit } = useSubmit(onDone, { form });
  const grant = view.entries.find((e) => e.id === view.grantEntry);
  if (view.studio.status === 'revoked') return <Alert type="warning" showIcon title={t('ledger.grantForm.revoked')} data-testid="grant-revoked" />;
  if (grant) return <Alert type="info" showIcon title={t('ledger.grantForm.paid', { date: grant.date, id: grant.id })} />;
  const save = async () => {
    const v = await form.validateFields();
    const done = await submit(async () => api('ledger.grant', { studioId: view.studio.id, date: v.date, accountName: v.accountName, bank: v.bank, voucherNo: v.voucherNo, attachment: await scanOf(scan) }));
    if (done) {
      form.resetFields();
      setScan(undefined);
      setScanKey((k) => k + 1);
    }
  };
  return (
    <Card title={t('ledger.grantForm.heading')} data-testid="grant-form">
      <Form form={form} layout="vertical" initialValues={{ date: localToday() }} style={{ maxWidth: 560 }}>
        <Form.Item name="accountName" label={t('ledger.grantForm.account')} rules={required}>
          <Input data-testid="grant-account" />
        </Form.Item>
        <Form.Item name="bank" label={t('ledger.grantForm.bank')} rules={required}>
          <Input data-testid="grant-bank" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="date" label={t('ledger.grantForm.date')} rules={required}>
            <Input type="date" data-testid="grant-date" />
          </Form.Item>
          <Form.Item name="voucherNo" label={t('ledger.grantForm.voucher')} rules={required}>
            <Input data-testid="grant-voucher" />
          </Form.Item>
        </Space>
        <Form.Item label={t('ledger.grantForm.scan')}>
          <input key={scanKey} type="file" accept=".pdf,.png,.jpg,.jpeg" data-testid="grant-scan" onChange={(e) => setScan(e.target.files?.[0])} />
        </Form.Item>
        {error && <ErrorAlert error={error} />}
        <Button type="primary" size="large" loading={busy} onClick={save} data-testid="grant-submit" style={{ marginTop: 12 }}>
          {t('ledger.grantForm.submit', { amount: formatFen(view.grantFenSetting) })}
        </Button>
      </Form>
    </Card>
  );
}

export function ExpenseForm({ view, onDone }: { view: StudioLedgerView; onDone: (v: StudioLedgerView) => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm();
  const [scan, setScan] = useState<File>();
  const [scanKey, setScanKey] = useState(0);
  const { busy, error, submit } = useSubmit(onDone, { form, rename: { amountFen: 'amount' } });
  if (view.grantEntry === null) return <Alert type="info" showIcon title={t('ledger.expenseForm.noGrant')} />;
  const save = async () => {
    const v = await form.validateFields();
    const amount = parseYuan(v.amount);
    if (!amount.ok) return;
    const done = await submit(async () =>
      api('ledger.expense', {
        studioId: view.studio.id,
        date: v.date,
        amountFen: amount.value,
        category: v.category,
        purpose: v.purpose,
        payee: v.payee,
        voucherNo: v.voucherNo,
        attachment: await scanOf(scan),
      }),
    );
    if (done) {
      form.resetFields(['amount', 'purpose', 'payee', 'voucherNo']);
      setScan(undefined);
      setScanKey((k) => k + 1);
    }
  };
  return (
    <Card title={t('ledger.expenseForm.heading')} data-testid="expense-form">
      <Form form={form} layout="vertical" initialValues={{ date: localToday() }} style={{ maxWidth: 560 }}>
        <Space wrap>
          <Form.Item name="date" label={t('ledger.expenseForm.date')} rules={required}>
            <Input type="date" data-testid="expense-date" />
          </Form.Item>
          <Form.Item
            name="amount"
            label={t('ledger.expenseForm.amount')}
            rules={[
              {
                validator: async (_, value: string | undefined) => {
                  const r = parseYuan(value ?? '');
                  if (!r.ok) throw new Error(localized(r.error.message));
                },
              },
            ]}
          >
            <Input placeholder={t('ledger.expenseForm.amountPlaceholder')} data-testid="expense-amount" inputMode="decimal" />
          </Form.Item>
        </Space>
        <Form.Item name="category" label={t('ledger.expenseForm.category')} rules={[{ required: true }]}>
          <Select data-testid="expense-category" options={EXPENSE_CATEGORIES.map((c) => ({ value: c, label: localized(EXPENSE_CATEGORY_LABELS[c]) }))} />
        </Form.Item>
        <Form.Item name="purpose" label={t('ledger.expenseForm.purpose')} extra={t('ledger.expenseForm.purposeHint')} rules={required}>
          <Input.TextArea rows={2} data-testid="expense-purpose" />
        </Form.Item>
        <Space wrap>
          <Form.Item name="payee" label={t('ledger.expenseForm.payee')} rules={required}>
            <Input data-testid="expense-payee" />
          </Form.Item>
          <Form.Item name="voucherNo" label={t('ledger.expenseForm.voucher')} rules={required}>
            <Input data-testid="expense-voucher" />
          </Form.Item>
        </Space>
        <Form.Item label={t('ledger.expenseForm.scan')}>
          <input key={scanKey} type="file" accept=".pdf,.png,.jpg,.jpeg" data-testid="expense-scan" onChange={(e) => setScan(e.target.files?.[0])} />
        </Form.Item>
        {error && (
          <div data-testid="expense-refused">
            <ErrorAlert error={error} />
          </div>
        )}
        <Button type="primary" size="large" loading={busy} onClick={save} data-testid="expense-submit" style={{ marginTop: 12 }}>
          {t('ledger.expenseForm.submit')}
        </Button>
      </Form>
    </Card>
  );
}
