import { Alert, Button, Collapse, Form, Input, InputNumber, Select, Space, Switch, Table, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STRATUM_BY, type DrawView, type StratumBy } from '../../src-shared/api/views';
import { api } from '../api/client';
import { useApi } from '../api/use-api';
import { ErrorAlert } from '../app/ErrorAlert';
import { useAction } from '../app/use-action';
import { proposeQuotas } from '../../src-shared/draw/quota-proposal';
import { currentLanguage, localized, stratumName } from '../i18n';
import { bilingualHalf } from '../../src-shared/text/bilingual-half';

/** The panel size a session package of the year sets, when one waits for its draw. */
function usePackagePanel(year: number): { sessionId: string; panelSize: number } | undefined {
  const packages = useApi('package.list', { year });
  const waiting = (packages.data ?? []).filter((p) => !p.inSession);
  return waiting.at(-1);
}

/**
 * Session, configuration and conflicts; the feasibility check runs when the draw is committed. Seats start as a
 * proposal from the panel size (quota-proposal.ts) and stay as the operator types them until the size changes.
 */
/** One expert per sector when no session package says otherwise. */
const DEFAULT_PANEL_SIZE = 5;

export function SetupStep({ year, onCommitted }: { year: number; onCommitted(d: DrawView): void }) {
  const { t } = useTranslation();
  const [stratumBy, setStratumBy] = useState<StratumBy>('sector');
  const [excludeLastYear, setExcludeLastYear] = useState(false);
  const plan = useApi('draw.plan', { year, stratumBy, excludeLastYearPanel: excludeLastYear });
  const packagePanel = usePackagePanel(year);
  const [typedPanelSize, setTypedPanelSize] = useState<number>();
  const [typedQuotas, setTypedQuotas] = useState<Record<string, number>>();
  const [typedAlternates, setTypedAlternates] = useState<Record<string, number>>();
  const [exclusionsOpen, setExclusionsOpen] = useState(false);
  const exclusionsRef = useRef<HTMLDivElement>(null);
  const [form] = Form.useForm();
  const unitCap: number = Form.useWatch('unitCap', form) ?? 2;
  const { busy, run } = useAction();

  if (plan.error) return <ErrorAlert error={plan.error} />;
  const p = plan.data;
  const panelSize = typedPanelSize ?? packagePanel?.panelSize ?? DEFAULT_PANEL_SIZE;
  const proposal = proposeQuotas(p?.strata ?? [], panelSize, unitCap);
  const quotas = typedQuotas ?? proposal.quotas;
  const alternates = typedAlternates ?? proposal.alternates;
  const seats = Object.values(quotas).reduce((a, b) => a + b, 0);
  const repropose = () => {
    setTypedQuotas(undefined);
    setTypedAlternates(undefined);
  };
  const showExclusions = () => {
    setExclusionsOpen(true);
    exclusionsRef.current?.scrollIntoView({ block: 'start' });
  };
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
          onChange={(by) => {
            setStratumBy(by);
            repropose();
          }}
          options={STRATUM_BY.map((s) => ({ value: s, label: t(`draw.by.${s}`) }))}
        />
        <span>{t('draw.excludeLastYear')}</span>
        <Switch checked={excludeLastYear} onChange={setExcludeLastYear} />
      </Space>
      {p && (
        <>
          <Alert
            type="info"
            showIcon
            data-testid="draw-plan-summary"
            title={t('draw.planSummary', { pool: p.poolSize, nominations: p.nominations, exclusions: p.exclusions.length })}
            description={
              <Space orientation="vertical">
                <span>
                  {t('guided.draw.exclusionsExplained', {
                    units: p.exclusions.filter((x) => x.kind === 'unit').length,
                    experts: p.exclusions.filter((x) => x.kind === 'expert').length,
                  })}
                </span>
                <Button onClick={showExclusions} data-testid="show-exclusions">
                  {t('guided.draw.showExclusions')}
                </Button>
              </Space>
            }
          />
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
          <Space wrap size="large" data-testid="draw-panel-size">
            <span>{t('guided.draw.panelSize')}</span>
            <InputNumber
              aria-label={t('guided.draw.panelSize')}
              min={1}
              max={200}
              precision={0}
              value={panelSize}
              onChange={(n) => {
                setTypedPanelSize(n ?? undefined);
                repropose();
              }}
            />
            {packagePanel && <Typography.Text type="secondary">{t('guided.draw.fromPackage', packagePanel)}</Typography.Text>}
            <Button onClick={repropose} disabled={!typedQuotas && !typedAlternates}>
              {t('guided.draw.repropose')}
            </Button>
          </Space>
          <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
            {t('guided.draw.proposalHint')}
          </Typography.Paragraph>
          <Table
            size="middle"
            pagination={false}
            rowKey="stratum"
            dataSource={p.strata}
            data-testid="draw-strata"
            columns={[
              { title: t('draw.stratum'), dataIndex: 'stratum', render: (s: string) => stratumName(s) },
              { title: t('draw.experts'), dataIndex: 'experts' },
              { title: t('draw.eligible'), dataIndex: 'eligible' },
              {
                title: t('draw.seats'),
                render: (_, s) => (
                  <InputNumber aria-label={`${t('draw.seats')} ${s.stratum}`} min={0} max={50} value={quotas[s.stratum] ?? 0} onChange={(n) => setTypedQuotas({ ...quotas, [s.stratum]: n ?? 0 })} />
                ),
              },
              {
                title: t('draw.alternates'),
                render: (_, s) => (
                  <InputNumber aria-label={`${t('draw.alternates')} ${s.stratum}`} min={0} max={50} value={alternates[s.stratum] ?? 0} onChange={(n) => setTypedAlternates({ ...alternates, [s.stratum]: n ?? 0 })} />
                ),
              },
            ]}
          />
          <Typography.Text strong type={seats === panelSize ? undefined : 'warning'} data-testid="draw-seats-total">
            {seats === panelSize ? t('guided.draw.seatsTotal', { seats }) : t('guided.draw.seatsMismatch', { seats, panelSize })}
          </Typography.Text>
          <div ref={exclusionsRef} />
          <Collapse
            activeKey={exclusionsOpen ? ['x'] : []}
            onChange={(keys) => setExclusionsOpen(keys.includes('x'))}
            data-testid="draw-exclusions"
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
                      { title: t('draw.reason'), dataIndex: 'reason', render: (reason: string) => bilingualHalf(reason, currentLanguage()) },
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
