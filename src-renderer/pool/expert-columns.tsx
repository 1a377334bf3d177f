import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ExpertRow } from '../../src-shared/api/views';
import {
  EXPERT_STATUSES,
  SECTOR_LABELS,
  SECTORS,
  TITLE_RANK_LABELS,
  TITLE_RANKS,
  UNIT_TYPE_LABELS,
  UNIT_TYPES,
  type ExpertStatus,
} from '../../src-shared/domain/vocabulary';
import type { ExpertWindowLabels } from '../../src-shared/pool/expert-window';
import { optionsOf } from '../app/labels';
import { localized } from '../i18n';
import { PENDING_LABEL, PENDING_RANK, RANK_FILTER_OPTIONS, TitleRankTag } from '../titles/TitleRankTag';

export function statusLabel(t: TFunction, s: ExpertStatus): string {
  return t(`pool.status.${s}`);
}

const table = <K extends string>(codes: readonly K[], label: (code: K) => string) =>
  Object.fromEntries(codes.map((c) => [c, label(c)])) as Record<K, string>;

/** The words the table shows for the coded columns, in the language in use: the back end's search matches them. */
export function expertLabels(t: TFunction): { [K in keyof ExpertWindowLabels]-?: Required<NonNullable<ExpertWindowLabels[K]>> } {
  return {
    unitType: table(UNIT_TYPES, (u) => localized(UNIT_TYPE_LABELS[u])),
    titleRank: { ...table(TITLE_RANKS, (r) => localized(TITLE_RANK_LABELS[r])), [PENDING_RANK]: localized(PENDING_LABEL) },
    sectors: table(SECTORS, (s) => localized(SECTOR_LABELS[s])),
    status: table(EXPERT_STATUSES, (s) => statusLabel(t, s)),
  };
}

export function expertColumns(t: TFunction): ColumnDef<ExpertRow, unknown>[] {
  // Translated once per language, not once per cell: a scrolled frame draws dozens of cells.
  const labels = expertLabels(t);
  const statusLabels: Record<ExpertStatus, string> = labels.status;
  const inferred = t('pool.inferred');
  return [
    { accessorKey: 'id', header: t('pool.col.id'), meta: { width: 90 } },
    { accessorKey: 'name', header: t('pool.col.name'), meta: { width: 90 } },
    {
      accessorKey: 'unitName',
      header: t('pool.col.unit'),
      meta: { width: 220 },
    },
    { accessorKey: 'unitCode', header: t('pool.col.unitCode'), meta: { width: 120 } },
    {
      accessorKey: 'unitType',
      header: t('pool.col.unitType'),
      cell: (c) => (
        <>
          {labels.unitType[c.row.original.unitType]}
          {c.row.original.unitTypeInferred && <span className="data-table-tag after">{inferred}</span>}
        </>
      ),
      filterFn: 'equalsString',
      meta: { width: 120, filterOptions: optionsOf(UNIT_TYPE_LABELS) },
    },
    { accessorKey: 'title', header: t('pool.col.title'), meta: { width: 120 } },
    {
      id: 'titleRank',
      accessorFn: (e) => e.titleRank ?? PENDING_RANK,
      header: t('pool.col.rank'),
      cell: (c) => <TitleRankTag rank={c.row.original.titleRank} />,
      filterFn: 'equalsString',
      meta: { width: 120, filterOptions: RANK_FILTER_OPTIONS },
    },
    {
      id: 'sectors',
      accessorFn: (e) => e.sectors.join(' '),
      header: t('pool.col.sectors'),
      cell: (c) => c.row.original.sectors.map((s) => labels.sectors[s]).join('、'),
      filterFn: 'includesString',
      meta: { width: 130, filterOptions: optionsOf(SECTOR_LABELS) },
    },
    { accessorKey: 'specialty', header: t('pool.col.specialty'), meta: { width: 160 } },
    {
      accessorKey: 'status',
      header: t('pool.col.status'),
      cell: (c) => statusLabels[c.row.original.status],
      filterFn: 'equalsString',
      meta: { width: 110, filterOptions: EXPERT_STATUSES.map((s) => ({ value: s, label: statusLabels[s] })) },
    },
  ];
}
