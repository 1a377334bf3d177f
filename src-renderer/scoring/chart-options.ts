import type { ResultsView } from '../../src-shared/api/views';
import type { ChartOption } from './EChart';

/** Linear-interpolation quantile of sorted values (the usual spreadsheet definition). */
export function quantile(sorted: number[], q: number): number {
  const at = (sorted.length - 1) * q;
  const lo = Math.floor(at);
  const hi = Math.ceil(at);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (at - lo);
}

/** [min, Q1, median, Q3, max] of the experts' totals, as a boxplot takes them. */
export function fiveNumbers(values: number[]): [number, number, number, number, number] {
  const s = [...values].sort((a, b) => a - b);
  return [s[0], quantile(s, 0.25), quantile(s, 0.5), quantile(s, 0.75), s[s.length - 1]];
}

const TEXT = { fontSize: 14, color: '#000' };

/** Tooltips are HTML; studio names come from imported spreadsheets and are shown as text. */
const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface SpreadRow {
  label: string;
  nominationId: string;
  totals: number[];
  five: [number, number, number, number, number];
  inCut: boolean;
}

/** Rows for the spread chart and its table: every nomination someone scored, in list order. */
export function spreadRows(results: ResultsView, studio: (id: string) => string): SpreadRow[] {
  const agg = new Map(results.aggregation.nominations.map((a) => [a.nominationId, a]));
  return results.ranking.rows
    .map((r) => ({ r, a: agg.get(r.nominationId)! }))
    .filter(({ a }) => a.totals.length > 0)
    .map(({ r, a }) => ({
      label: `${r.position}. ${studio(r.nominationId)}`,
      nominationId: r.nominationId,
      totals: a.totals.map((x) => x.total),
      five: fiveNumbers(a.totals.map((x) => x.total)),
      inCut: r.inCut,
    }));
}

const GRID = { left: 260, right: 40, top: 20, bottom: 40 };
const ROW = 24;

/** The spread chart's height: one band of {@link ROW} pixels per nomination. */
export function spreadHeight(rows: number): number {
  return Math.max(300, rows * ROW + GRID.top + GRID.bottom);
}

/** One box per nomination (experts' totals), best at the top, the cut drawn after the last one in. */
export function spreadOption(rows: SpreadRow[], maxTotal: number, cutLabel: string): ChartOption {
  const lastIn = rows.findLastIndex((r) => r.inCut);
  const lowest = Math.min(...rows.map((r) => r.five[0]));
  // A category axis puts a mark line through the middle of a band, never between two; the line between the last
  // nomination in and the first one out is placed in pixels instead, from the chart's known height.
  const band = (spreadHeight(rows.length) - GRID.top - GRID.bottom) / Math.max(1, rows.length);
  const cutY = GRID.top + (lastIn + 1) * band;
  return {
    animation: false,
    textStyle: TEXT,
    grid: GRID,
    tooltip: {
      trigger: 'item',
      formatter: (p: unknown) => {
        const { dataIndex } = p as { dataIndex: number };
        const r = rows[dataIndex];
        return `${escapeHtml(r.label)}<br/>${r.totals.map((v) => v.toFixed(2)).join('、')}`;
      },
    },
    // From a round number below the lowest total, so the boxes are wide enough to read.
    xAxis: { type: 'value', min: Number.isFinite(lowest) ? Math.max(0, Math.floor(lowest / 10) * 10 - 10) : 0, max: maxTotal, axisLabel: TEXT },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisLabel: { ...TEXT, width: 240, overflow: 'truncate' } },
    series: [
      {
        type: 'boxplot',
        data: rows.map((r) => ({
          value: r.five,
          itemStyle: r.inCut ? { color: '#d9f7be', borderColor: '#135200', borderWidth: 2 } : { color: '#f0f0f0', borderColor: '#434343', borderWidth: 2 },
        })),
        markLine:
          lastIn >= 0 && lastIn < rows.length - 1
            ? {
                symbol: 'none',
                lineStyle: { color: '#a8071a', width: 3, type: 'solid' },
                label: { formatter: cutLabel, color: '#a8071a', fontSize: 14, fontWeight: 'bold', position: 'insideEndTop' },
                data: [[{ x: GRID.left, y: cutY }, { x: '97%', y: cutY }]],
              }
            : undefined,
      },
    ],
  };
}

/** Each expert's mean total minus the panel's score for the same nominations: above zero is more generous. */
export function leniencyOption(results: ResultsView, expert: (id: string) => string): ChartOption {
  const experts = results.aggregation.experts.filter((e) => e.leniency !== null);
  return {
    animation: false,
    textStyle: TEXT,
    grid: { left: 60, right: 30, top: 20, bottom: 60 },
    tooltip: { trigger: 'axis', valueFormatter: (v) => (typeof v === 'number' ? v.toFixed(2) : String(v)) },
    xAxis: { type: 'category', data: experts.map((e) => expert(e.expertId)), axisLabel: { ...TEXT, interval: 0 } },
    yAxis: { type: 'value', axisLabel: TEXT },
    series: [
      {
        type: 'bar',
        barMaxWidth: 60,
        data: experts.map((e) => ({ value: e.leniency!, itemStyle: { color: e.leniency! >= 0 ? '#237804' : '#a8071a' } })),
        label: { show: true, position: 'top', fontSize: 14, formatter: (p: unknown) => ((p as { value: number }).value).toFixed(2) },
      },
    ],
  };
}
