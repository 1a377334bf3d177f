import { Alert, Button, Card, Form, Input, InputNumber, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { StudioLedgerView } from '../../src-shared/api/ops/ledger';
import { formatFen, parseYuan } from '../../src-shared/office/ledger-money';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { saveDownload } from '../files/download';
import { localized } from '../i18n';
import { StudioLedger } from './StudioLedger';

/** The grant amount (Art. 9: 30,000 yuan), shown and changed as the office's setting. */
function GrantSetting() {
  const { t } = useTranslation();
  const setting = useApi('ledger.settings', {});
  const { busy, run } = useAction();
  const [editing, setEditing] = useState(false);
  const [form] = Form.useForm();
  if (!setting.data) return null;
  const save = async () => {
    const v = await form.validateFields();
    const fen = parseYuan(v.amount);
    if (!fen.ok) return;
    await run(
      () => api('ledger.settings', { grantFen: fen.value }),
      () => {
        setEditing(false);
        setting.reload();
      },
      { form, rename: { grantFen: 'amount' } },
    );
  };
  return (
    <Space>
      <span data-testid="grant-setting">{t('ledger.grantSetting', { amount: formatFen(setting.data.grantFen) })}</span>
      <Button size="small" onClick={() => setEditing(true)} data-testid="grant-setting-change">
        {t('ledger.changeGrant')}
      </Button>
      <Modal open={editing} title={t('ledger.changeGrant')} onCancel={() => setEditing(false)} onOk={save} confirmLoading={busy} destroyOnHidden okButtonProps={{ 'data-testid': 'grant-setting-save' } as Record<string, string>}>
        <Form form={form} layout="vertical" initialValues={{ amount: formatFen(setting.data.grantFen) }}>
          <Form.Item
            name="amount"
            label={t('ledger.grantAmount')}
            extra={t('ledger.grantAmountHint')}
            rules={[
              {
                validator: async (_, value: string | undefined) => {
                  const r = parseYuan(value ?? '');
                  if (!r.ok) throw new Error(localized(r.error.message));
                },
              },
            ]}
          >
            <Input data-testid="grant-setting-amount" />
          </Form.Item>
        </Form>
      </Modal>
    </Space>
  );
}

function YearReport() {
  const { t } = useTranslation();
  const [year, setYear] = useState(new Date().getFullYear());
  const { busy, run } = useAction();
  const report = (pick: 'pdf' | 'xlsx') => run(() => api('ledger.report', { year }), (files) => saveDownload(files[pick]));
  return (
    <Space wrap>
      <span>{t('ledger.yearReport')}</span>
      <InputNumber min={2000} max={2100} value={year} onChange={(v) => v && setYear(v)} data-testid="report-year" />
      <Button loading={busy} onClick={() => report('pdf')} data-testid="year-report-pdf">
        {t('ledger.reportPdf')}
      </Button>
      <Button loading={busy} onClick={() => report('xlsx')} data-testid="year-report-xlsx">
        {t('ledger.reportXlsx')}
      </Button>
      <Typography.Text type="secondary">{t('ledger.yearReportHint')}</Typography.Text>
    </Space>
  );
}

/**
 * 办公室 → 补助资金台账 (Art. 9 to 12): the register's studios with their money, and the chosen studio's ledger with
 * the payment and expense forms. Studios come from the register (publication writes them); this page only reads them.
 */
export function LedgerPage() {
  const { t } = useTranslation();
  const studios = useApi('ledger.studios', {});
  const [selected, setSelected] = useState<StudioLedgerView>();
  const { run } = useAction();
  const open = (studioId: string) => run(() => api('ledger.get', { studioId }), setSelected);
  const changed = (view: StudioLedgerView) => {
    setSelected(view);
    studios.reload();
  };
  return (
    <Space direction="vertical" size="large" style={{ width: '100%' }}>
      <div>
        <Typography.Title level={2}>{t('ledger.heading')}</Typography.Title>
        <Typography.Paragraph>{t('ledger.intro')}</Typography.Paragraph>
        <Space direction="vertical">
          <GrantSetting />
          <YearReport />
        </Space>
      </div>
      {studios.error && <ErrorAlert error={studios.error} />}
      <Card title={t('ledger.studios')}>
        {studios.data?.length === 0 && <Alert type="info" showIcon title={t('ledger.noStudios')} />}
        <Table
          size="middle"
          rowKey={(r) => r.studio.id}
          loading={studios.loading && !studios.data}
          dataSource={studios.data ?? []}
          data-testid="ledger-studios"
          pagination={{ pageSize: 30, hideOnSinglePage: true }}
          onRow={(r) => ({ onClick: () => void open(r.studio.id), style: { cursor: 'pointer' } })}
          rowClassName={(r) => (r.studio.id === selected?.studio.id ? 'ant-table-row-selected' : '')}
          columns={[
            { title: t('ledger.id'), render: (_, r) => r.studio.id, width: 150 },
            { title: t('ledger.studioName'), render: (_, r) => r.studio.studioName },
            { title: t('ledger.year'), render: (_, r) => r.studio.year, width: 80 },
            { title: t('ledger.status'), render: (_, r) => <Tag color={r.studio.status === 'revoked' ? 'red' : r.studio.status === 'rectifying' ? 'orange' : 'green'}>{t(`ledger.statuses.${r.studio.status}`)}</Tag>, width: 100 },
            { title: t('ledger.granted'), align: 'right', render: (_, r) => formatFen(r.grantedFen) },
            { title: t('ledger.spent'), align: 'right', render: (_, r) => formatFen(r.spentFen) },
            { title: t('ledger.balance'), align: 'right', render: (_, r) => formatFen(r.balanceFen) },
          ]}
        />
      </Card>
      {selected && <StudioLedger key={selected.studio.id} view={selected} onChange={changed} />}
    </Space>
  );
}
