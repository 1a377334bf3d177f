import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ExpertRow } from '../../src-shared/api/views';
import {
  EXPERT_STATUSES,
  SECTOR_LABELS,
  UNIT_TYPE_LABELS,
  type ExpertStatus,
} from '../../src-shared/domain/vocabulary';
import { optionsOf } from '../app/labels';
import { localized } from '../i18n';
import { PENDING_RANK, RANK_FILTER_OPTIONS, TitleRankTag } from '../titles/TitleRankTag';

export function statusLabel(t: TFunction, s: ExpertStatus): string {
  return t(`pool.status.${s}`);
}

export function expertColumns(t: TFunction): ColumnDef<ExpertRow, unknown>[] {
  // Translated once per language, not once per cell: a scrolled frame draws dozens of cells.
  const statusLabels = Object.fromEntries(EXPERT_STATUSES.map((s) => [s, statusLabel(t, s)])) as Record<ExpertStatus, string>;
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
          {localized(UNIT_TYPE_LABELS[c.row.original.unitType])}
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
      cell: (c) => c.row.original.sectors.map((s) => localized(SECTOR_LABELS[s])).join('、'),
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
