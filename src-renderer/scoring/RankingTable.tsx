import { Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ResultsView, SessionView } from '../../src-shared/api/views';
import type { NominationAggregate } from '../../src-shared/scoring/aggregate';
import type { RankedRow } from '../../src-shared/scoring/rank';
import { namesOf } from './names';

type Row = { kind: 'row'; row: RankedRow; agg: NominationAggregate } | { kind: 'cut' };

/** Scores are unrounded in the data; two decimals here are for reading only. */
const two = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(2));

const STATUS_COLOR = { in: 'green', out: 'default', 'tied-at-cut': 'orange' } as const;

/** The ranking in list order, with a visible line after the last nomination inside the cut. */
export function RankingTable({ session, results }: { session: SessionView; results: ResultsView }) {
  const { t } = useTranslation();
  const names = namesOf(session);
  const agg = new Map(results.aggregation.nominations.map((a) => [a.nominationId, a]));
  const rows: Row[] = [];
  const lastIn = results.ranking.rows.findLastIndex((r) => r.inCut);
  results.ranking.rows.forEach((row, i) => {
    rows.push({ kind: 'row', row, agg: agg.get(row.nominationId)! });
    if (i === lastIn) rows.push({ kind: 'cut' });
  });
  const span = (r: Row) => (r.kind === 'cut' ? { colSpan: 0 } : {});

  return (
    <Table<Row>
      size="middle"
      pagination={false}
      data-testid="ranking-table"
      rowKey={(r) => (r.kind === 'cut' ? 'cut-line' : r.row.nominationId)}
      rowClassName={(r) => (r.kind === 'cut' ? 'cut-line-row' : r.row.inCut ? 'in-cut' : '')}
      dataSource={rows}
      columns={[
        {
          title: t('scoring.results.rank'),
          width: 70,
          onCell: (r) => (r.kind === 'cut' ? { colSpan: 9 } : {}),
          render: (_, r) =>
            r.kind === 'cut' ? (
              <div className="cut-line" data-testid="cut-line">
                {t('scoring.results.cutLine', { cut: results.ranking.cutLine.cut, inCount: results.ranking.cutLine.inCount })}
              </div>
            ) : (
              <strong>{r.row.rank}</strong>
            ),
        },
        {
          title: t('scoring.col.studio'),
          onCell: span,
          render: (_, r) =>
            r.kind === 'row' && (
              <>
                {names.studio(r.row.nominationId)} <Typography.Text type="secondary">{r.row.nominationId}</Typography.Text>
              </>
            ),
        },
        { title: t('scoring.results.score'), width: 90, onCell: span, render: (_, r) => r.kind === 'row' && <strong>{two(r.row.score)}</strong> },
        { title: t('scoring.results.median'), width: 90, onCell: span, render: (_, r) => r.kind === 'row' && two(r.agg.median) },
        {
          title: t('scoring.results.spread'),
          width: 140,
          onCell: span,
          render: (_, r) => r.kind === 'row' && (r.agg.spread ? `${two(r.agg.spread.range)}（σ ${two(r.agg.spread.sd)}）` : '—'),
        },
        { title: t('scoring.results.experts'), width: 150, onCell: (r) => (r.kind === 'cut' ? { colSpan: 0 } : { style: { whiteSpace: 'nowrap' } }), render: (_, r) => r.kind === 'row' && t('scoring.results.nRecused', { n: r.agg.n, r: r.agg.recused }) },
        {
          title: t('scoring.results.outliers'),
          onCell: span,
          render: (_, r) =>
            r.kind === 'row' &&
            r.agg.outliers.map((o) => (
              <Tag color="volcano" key={o.expertId}>
                ⚑ {names.expert(o.expertId)} {o.deviation > 0 ? '+' : ''}
                {two(o.deviation)}
              </Tag>
            )),
        },
        {
          title: t('scoring.results.status'),
          width: 130,
          onCell: span,
          render: (_, r) =>
            r.kind === 'row' &&
            (r.row.status === 'insufficient' ? (
              <Tag>{t('scoring.results.insufficient')}</Tag>
            ) : (
              <Tag color={STATUS_COLOR[r.row.cutStatus]}>{t(`scoring.results.cut.${r.row.cutStatus}`)}</Tag>
            )),
        },
        {
          title: t('scoring.results.tieBrokenBy'),
          width: 170,
          onCell: span,
          render: (_, r) => r.kind === 'row' && (r.row.tieBrokenBy ? names.tieBreak(r.row.tieBrokenBy) : r.row.tiedWith ? t('scoring.results.tied') : ''),
        },
      ]}
    />
  );
}
