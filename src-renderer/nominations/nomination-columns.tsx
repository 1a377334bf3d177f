import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { NominationRow } from '../../src-shared/api/views';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import { RECOMMENDING_UNIT_KIND_LABELS } from '../../src-shared/screening/labels';
import { optionsOf } from '../app/labels';
import { formatDate, localized } from '../i18n';
import { PENDING_RANK, RANK_FILTER_OPTIONS, TitleRankTag } from '../titles/TitleRankTag';

export function nominationColumns(t: TFunction): ColumnDef<NominationRow, unknown>[] {
  return [
    { accessorKey: 'id', header: t('nominations.col.id'), meta: { width: 110 } },
    { accessorKey: 'studioName', header: t('nominations.col.studio'), meta: { width: 240 } },
    { accessorKey: 'leaderName', header: t('nominations.col.leader'), meta: { width: 90 } },
    { accessorKey: 'leaderTitle', header: t('nominations.col.title'), meta: { width: 120 } },
    {
      id: 'leaderTitleRank',
      accessorFn: (n) => n.leaderTitleRank ?? PENDING_RANK,
      header: t('nominations.col.rank'),
      cell: (c) => <TitleRankTag rank={c.row.original.leaderTitleRank} />,
      filterFn: 'equalsString',
      meta: { width: 110, filterOptions: RANK_FILTER_OPTIONS },
    },
    {
      accessorKey: 'sector',
      header: t('nominations.col.sector'),
      cell: (c) => localized(SECTOR_LABELS[c.row.original.sector]),
      filterFn: 'equalsString',
      meta: { width: 110, filterOptions: optionsOf(SECTOR_LABELS) },
    },
    { accessorKey: 'workUnitName', header: t('nominations.col.unit'), meta: { width: 220 } },
    { accessorKey: 'recommendingUnit', header: t('nominations.col.recommender'), meta: { width: 200 } },
    {
      accessorKey: 'recommendingUnitKind',
      header: t('nominations.col.recommenderKind'),
      cell: (c) => {
        const kind = c.row.original.recommendingUnitKind;
        return kind ? localized(RECOMMENDING_UNIT_KIND_LABELS[kind]) : '';
      },
      filterFn: 'equalsString',
      meta: { width: 150, filterOptions: optionsOf(RECOMMENDING_UNIT_KIND_LABELS) },
    },
    {
      accessorKey: 'foundedOn',
      header: t('nominations.col.founded'),
      cell: (c) => formatDate(c.row.original.foundedOn),
      meta: { width: 130 },
    },
    { id: 'honours', accessorFn: (n) => n.honourCount, header: t('nominations.col.honours'), meta: { width: 80 } },
  ];
}
