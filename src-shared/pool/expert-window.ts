import type { ExpertRow } from '../api/views';
import type { ExpertStatus, Sector, TitleRank, UnitType } from '../domain/vocabulary';
import type { PoolComposition } from './composition';

/**
 * The pool table's list, read a window at a time: what the table asks (a search word, the column filters and the
 * header sorting, as the table's header sets them) and how a line is matched and ordered. Pure, so the back end's
 * index and its tests share one meaning with the page.
 */

/** The table's columns, by the ids its header uses (src-renderer/pool/expert-columns.tsx). */
export const EXPERT_WINDOW_COLUMNS = ['id', 'name', 'unitName', 'unitCode', 'unitType', 'title', 'titleRank', 'sectors', 'specialty', 'status'] as const;
export type ExpertWindowColumn = (typeof EXPERT_WINDOW_COLUMNS)[number];

/** What the rank column shows and filters on while a reviewer has yet to rule on a title. */
export const PENDING_RANK = 'pending';
export type RankOrPending = TitleRank | typeof PENDING_RANK;

/** The columns with a filter select: one code each (a sector filter keeps the experts who cover that sector). */
export interface ExpertWindowFilters {
  unitType?: UnitType;
  titleRank?: RankOrPending;
  sectors?: Sector;
  status?: ExpertStatus;
}

/**
 * The words the page shows for the coded columns, in its language: a search matches them as well as the codes, so
 * "高校" finds what the table shows as 高校.
 */
export interface ExpertWindowLabels {
  unitType?: Partial<Record<UnitType, string>>;
  titleRank?: Partial<Record<RankOrPending, string>>;
  sectors?: Partial<Record<Sector, string>>;
  status?: Partial<Record<ExpertStatus, string>>;
}

export interface ExpertWindowQuery {
  /** Case-insensitive substring of any shown column ('' for none). */
  search: string;
  filters: ExpertWindowFilters;
  /** The header's sorting, first key first; ties keep the pool's order (by id). */
  sort: { id: ExpertWindowColumn; desc: boolean }[];
  labels: ExpertWindowLabels;
}

/** A column's value as the table filters and sorts it (its accessor in the table's column definition). */
export function columnValue(row: ExpertRow, column: ExpertWindowColumn): string {
  switch (column) {
    case 'titleRank':
      return row.titleRank ?? PENDING_RANK;
    case 'sectors':
      return row.sectors.join(' ');
    default:
      return row[column] ?? '';
  }
}

/**
 * The text a search word is looked for in: every shown column's value and, for the coded columns, the words shown
 * for it, lower-cased, one column a line (a word does not match across two columns).
 */
export function searchText(row: ExpertRow, labels: ExpertWindowLabels): string {
  const rank = row.titleRank ?? PENDING_RANK;
  const parts = EXPERT_WINDOW_COLUMNS.map((c) => columnValue(row, c));
  parts.push(
    labels.unitType?.[row.unitType] ?? '',
    labels.titleRank?.[rank] ?? '',
    row.sectors.map((s) => labels.sectors?.[s] ?? '').join('、'),
    labels.status?.[row.status] ?? '',
  );
  return parts.join('\n').toLowerCase();
}

export function matchesFilters(row: ExpertRow, filters: ExpertWindowFilters): boolean {
  return (
    (filters.unitType === undefined || row.unitType === filters.unitType) &&
    (filters.titleRank === undefined || (row.titleRank ?? PENDING_RANK) === filters.titleRank) &&
    (filters.sectors === undefined || row.sectors.includes(filters.sectors)) &&
    (filters.status === undefined || row.status === filters.status)
  );
}

const DIGITS = /([0-9]+)/gm;

/**
 * The table's text order (@tanstack/table-core's `alphanumeric` sorting, which it picks for text with digits, and
 * which equals its `text` sorting for text without): lower-cased, runs of digits compared as numbers.
 */
export function compareAlphanumeric(a: string, b: string): number {
  const as = a.toLowerCase().split(DIGITS).filter(Boolean);
  const bs = b.toLowerCase().split(DIGITS).filter(Boolean);
  const n = Math.min(as.length, bs.length);
  for (let i = 0; i < n; i++) {
    const aa = as[i];
    const bb = bs[i];
    const an = parseInt(aa, 10);
    const bn = parseInt(bb, 10);
    const aNum = !Number.isNaN(an);
    const bNum = !Number.isNaN(bn);
    if (!aNum && !bNum) {
      if (aa > bb) return 1;
      if (bb > aa) return -1;
      continue;
    }
    if (!aNum || !bNum) return aNum ? 1 : -1;
    if (an > bn) return 1;
    if (bn > an) return -1;
  }
  return as.length - bs.length;
}

/** One window of the pool's table, with the figures of the whole pool. */
export interface ExpertWindow {
  /** Experts in the pool. */
  total: number;
  /** Of those, the ones the search and the filters keep: the table's length. */
  matched: number;
  /** The index of `rows[0]` among the matched, in the asked order. */
  offset: number;
  rows: ExpertRow[];
  /** The pool's composition (Art. 6), of the whole pool whatever the search. */
  composition: PoolComposition;
}
