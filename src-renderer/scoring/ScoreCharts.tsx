import { Card, Col, Row, Segmented, Table } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsView, SessionView } from '../../src-shared/api/views';
import { leniencyOption, spreadHeight, spreadOption, spreadRows } from './chart-options';
import { EChart } from './EChart';
import { namesOf } from './names';

const two = (v: number | null) => (v === null ? '—' : v.toFixed(2));

/** The two pictures the panel discusses, each with its numbers one click away. */
export function ScoreCharts({ session, results }: { session: SessionView; results: ResultsView }) {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  const names = useMemo(() => namesOf(session), [session]);
  const maxTotal = session.rules.rubric.criteria.reduce((s, c) => s + c.weight * c.maxPoints, 0);
  const rows = useMemo(() => spreadRows(results, names.studio), [results, names]);
  const spread = useMemo(() => spreadOption(rows, maxTotal, t('scoring.results.cutShort')), [rows, maxTotal, t, i18n.language]);
  const leniency = useMemo(() => leniencyOption(results, names.expert), [results, names]);
  const toggle = (
    <Segmented
      value={view}
      onChange={(v) => setView(v as 'chart' | 'table')}
      data-testid="chart-toggle"
      options={[
        { value: 'chart', label: t('scoring.charts.chart') },
        { value: 'table', label: t('scoring.charts.table') },
      ]}
    />
  );

  return (
    <Row gutter={16}>
      <Col xs={24} xl={15}>
        <Card title={t('scoring.charts.spread')} extra={toggle}>
          {view === 'chart' ? (
            <EChart option={spread} height={spreadHeight(rows.length)} label={t('scoring.charts.spread')} testId="spread-chart" />
          ) : (
            <Table
              size="small"
              pagination={false}
              rowKey="nominationId"
              dataSource={rows}
              data-testid="spread-table"
              columns={[
                { title: t('scoring.col.studio'), dataIndex: 'label' },
                { title: 'n', render: (_, r) => r.totals.length },
                { title: t('scoring.charts.min'), render: (_, r) => two(r.five[0]) },
                { title: t('scoring.results.median'), render: (_, r) => two(r.five[2]) },
                { title: t('scoring.charts.max'), render: (_, r) => two(r.five[4]) },
                { title: t('scoring.charts.totals'), render: (_, r) => r.totals.map((v) => v.toFixed(2)).join('、') },
              ]}
            />
          )}
        </Card>
      </Col>
      <Col xs={24} xl={9}>
        <Card title={t('scoring.charts.leniency')} extra={toggle}>
          {view === 'chart' ? (
            <EChart option={leniency} height={360} label={t('scoring.charts.leniency')} testId="leniency-chart" />
          ) : (
            <Table
              size="small"
              pagination={false}
              rowKey="expertId"
              dataSource={results.aggregation.experts}
              data-testid="leniency-table"
              columns={[
                { title: t('scoring.col.expert'), render: (_, e) => names.expert(e.expertId) },
                { title: t('scoring.charts.scored'), dataIndex: 'scored' },
                { title: t('scoring.charts.recused'), dataIndex: 'recused' },
                { title: t('scoring.charts.meanTotal'), render: (_, e) => two(e.meanTotal) },
                { title: t('scoring.charts.meanPanel'), render: (_, e) => two(e.meanPanelScore) },
                { title: t('scoring.charts.leniencyValue'), render: (_, e) => two(e.leniency) },
              ]}
            />
          )}
          <p style={{ marginTop: 8 }}>{t('scoring.charts.leniencyHint')}</p>
        </Card>
      </Col>
    </Row>
  );
}
