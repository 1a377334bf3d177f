import { Alert, Button, Collapse, Form, Input, InputNumber, Select, Space, Switch, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STRATUM_BY, type DrawView, type StratumBy } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { localized } from '../i18n';

/** Session, configuration and conflicts; the feasibility check runs when the draw is committed. */
export function SetupStep({ year, onCommitted }: { year: number; onCommitted(d: DrawView): void }) {
  const { t } = useTranslation();
  const [stratumBy, setStratumBy] = useState<StratumBy>('sector');
  const [excludeLastYear, setExcludeLastYear] = useState(false);
  const plan = useApi('draw.plan', { year, stratumBy, excludeLastYearPanel: excludeLastYear });
  const [quotas, setQuotas] = useState<Record<string, number>>({});
  const [alternates, setAlternates] = useState<Record<string, number>>({});
  const [form] = Form.useForm();
  const { busy, run } = useAction();

  if (plan.error) return <ErrorAlert error={plan.error} />;
  const p = plan.data;
  const commit = async () => {
    const v = form.getFieldsValue(true);
    await run(
      () =>
        api('draw.commit', {
          year,
          drawId: v.drawId ?? p!.suggestedDrawId,
          stratumBy,
          excludeLastYearPanel: excludeLastYear,
          quotas: Object.fromEntries(Object.entries(quotas).filter(([, n]) => n > 0)),
          alternates: Object.fromEntries(Object.entries(alternates).filter(([, n]) => n > 0)),
          unitCap: v.unitCap ?? 2,
          place: v.place ?? '',
          operator: v.operator ?? '',
        }),
      onCommitted,
      { form },
    );
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }} size="large">
      <Space wrap size="large">
        <span>{t('draw.stratumBy')}</span>
        <Select
          style={{ width: 220 }}
          value={stratumBy}
          onChange={setStratumBy}
          options={STRATUM_BY.map((s) => ({ value: s, label: t(`draw.by.${s}`) }))}
        />
        <span>{t('draw.excludeLastYear')}</span>
        <Switch checked={excludeLastYear} onChange={setExcludeLastYear} />
      </Space>
      {p && (
        <>
          <Alert type="info" showIcon title={t('draw.planSummary', { pool: p.poolSize, nominations: p.nominations, exclusions: p.exclusions.length })} />
          <Alert
            type={p.composition.warning ? 'warning' : 'success'}
            showIcon
            data-testid="draw-pool-composition"
            title={
              p.composition.warning
                ? localized(p.composition.warning)
                : t('draw.mainBody', { share: (100 * p.composition.share).toFixed(1), mainBody: p.composition.mainBody, available: p.composition.available })
            }
          />
          <Table
            size="middle"
            pagination={false}
            rowKey="stratum"
            dataSource={p.strata}
            data-testid="draw-strata"
            columns={[
              { title: t('draw.stratum'), dataIndex: 'stratum' },
              { title: t('draw.experts'), dataIndex: 'experts' },
              { title: t('draw.eligible'), dataIndex: 'eligible' },
              {
                title: t('draw.seats'),
                render: (_, s) => (
                  <InputNumber aria-label={`${t('draw.seats')} ${s.stratum}`} min={0} max={50} value={quotas[s.stratum] ?? 0} onChange={(n) => setQuotas((q) => ({ ...q, [s.stratum]: n ?? 0 }))} />
                ),
              },
              {
                title: t('draw.alternates'),
                render: (_, s) => (
                  <InputNumber aria-label={`${t('draw.alternates')} ${s.stratum}`} min={0} max={50} value={alternates[s.stratum] ?? 0} onChange={(n) => setAlternates((a) => ({ ...a, [s.stratum]: n ?? 0 }))} />
                ),
              },
            ]}
          />
          <Collapse
            items={[
              {
                key: 'x',
                label: t('draw.exclusions', { count: p.exclusions.length }),
                children: (
                  <Table
                    size="small"
                    rowKey={(x) => `${x.kind}:${x.code}`}
                    dataSource={p.exclusions}
                    pagination={{ pageSize: 20 }}
                    columns={[
                      { title: t('draw.kind'), render: (_, x) => t(`draw.exclusionKind.${x.kind}`), width: 80 },
                      { title: t('draw.code'), dataIndex: 'code', width: 160 },
                      { title: t('draw.name'), dataIndex: 'label' },
                      { title: t('draw.reason'), dataIndex: 'reason' },
                    ]}
                  />
                ),
              },
            ]}
          />
          <Form form={form} layout="inline" initialValues={{ drawId: p.suggestedDrawId, unitCap: 2 }}>
            <Form.Item name="drawId" label={t('draw.drawId')}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="unitCap" label={t('draw.unitCap')}>
              <InputNumber min={1} max={20} />
            </Form.Item>
            <Form.Item name="place" label={t('draw.place')}>
              <Input style={{ width: 200 }} />
            </Form.Item>
            <Form.Item name="operator" label={t('draw.operator')}>
              <Input style={{ width: 140 }} />
            </Form.Item>
          </Form>
          <Button type="primary" size="large" loading={busy} onClick={commit} data-testid="draw-commit">
            {t('draw.commit')}
          </Button>
        </>
      )}
    </Space>
  );
}
