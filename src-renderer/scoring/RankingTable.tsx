import { Empty, Tag, Typography } from 'antd';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { ResultsView, SessionView } from '../../src-shared/api/views';
import type { NominationAggregate } from '../../src-shared/scoring/aggregate';
import type { RankedRow } from '../../src-shared/scoring/rank';
import { namesOf, type Names } from './names';

/** Scores are unrounded in the data; two decimals here are for reading only. */
const two = (v: number | null | undefined) => (v === null || v === undefined ? '—' : v.toFixed(2));

const STATUS_COLOR = { in: 'green', out: 'default', 'tied-at-cut': 'orange' } as const;

/** Column widths in px; the studio and the outliers take the rest. */
const WIDTHS = [70, undefined, 90, 90, 140, 150, undefined, 130, 170];

/**
 * The ranking in list order, with a visible line after the last nomination inside the cut. A plain table, not antd's:
 * antd's Table measures the scrollbar as it mounts, which forces the layout of the whole results tab inside that task
 * (50–120 ms traced); these 9 columns and a few dozen rows need neither its scrolling nor its sorting.
 */
export function RankingTable({ session, results }: { session: SessionView; results: ResultsView }) {
  const { t } = useTranslation();
  const names = namesOf(session);
  const agg = new Map(results.aggregation.nominations.map((a) => [a.nominationId, a]));
  const { rows, cutLine } = results.ranking;
  const lastIn = rows.findLastIndex((r) => r.inCut);
  const headings = ['rank', 'studio', 'score', 'median', 'spread', 'experts', 'outliers', 'status', 'tieBrokenBy'].map((k) =>
    t(k === 'studio' ? 'scoring.col.studio' : `scoring.results.${k}`),
  );

  return (
    <table className="ranking-table" data-testid="ranking-table">
      <colgroup>
        {WIDTHS.map((w, i) => (
          <col key={i} style={w ? { width: w } : undefined} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {headings.map((h) => (
            <th key={h} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.length === 0 && (
          <tr>
            <td colSpan={WIDTHS.length}>
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('guide.empty.default')} />
            </td>
          </tr>
        )}
        {rows.map((row, i) => (
          <Fragment key={row.nominationId}>
            <RankingRow row={row} agg={agg.get(row.nominationId)!} names={names} />
            {i === lastIn && (
              <tr className="cut-line-row">
                <td colSpan={WIDTHS.length}>
                  <div className="cut-line" data-testid="cut-line">
                    {t('scoring.results.cutLine', { cut: cutLine.cut, inCount: cutLine.inCount })}
                  </div>
                </td>
              </tr>
            )}
          </Fragment>
        ))}
      </tbody>
    </table>
  );
}

function RankingRow({ row, agg, names }: { row: RankedRow; agg: NominationAggregate; names: Names }) {
  const { t } = useTranslation();
  return (
    <tr className={row.inCut ? 'in-cut' : undefined}>
      <td>
        <strong>{row.rank}</strong>
      </td>
      <td>
        <span className="nowrap">{names.studio(row.nominationId)}</span> <Typography.Text type="secondary" className="nowrap">
          {row.nominationId}
        </Typography.Text>
      </td>
      <td>
        <strong>{two(row.score)}</strong>
      </td>
      <td>{two(agg.median)}</td>
      <td>{agg.spread ? `${two(agg.spread.range)}（σ ${two(agg.spread.sd)}）` : '—'}</td>
      <td className="nowrap">{t('scoring.results.nRecused', { n: agg.n, r: agg.recused })}</td>
      <td>
        {agg.outliers.map((o) => (
          <Tag color="volcano" key={o.expertId}>
            ⚑ {names.expert(o.expertId)} {o.deviation > 0 ? '+' : ''}
            {two(o.deviation)}
          </Tag>
        ))}
      </td>
      <td>
        {row.status === 'insufficient' ? (
          <Tag>{t('scoring.results.insufficient')}</Tag>
        ) : (
          <Tag color={STATUS_COLOR[row.cutStatus]}>{t(`scoring.results.cut.${row.cutStatus}`)}</Tag>
        )}
      </td>
      <td>{row.tieBrokenBy ? names.tieBreak(row.tieBrokenBy) : row.tiedWith ? t('scoring.results.tied') : ''}</td>
    </tr>
  );
}
