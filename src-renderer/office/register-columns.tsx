import type { ColumnDef } from '@tanstack/react-table';
import { Tag } from 'antd';
import type { TFunction } from 'i18next';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import { STUDIO_SOURCE_LABELS, STUDIO_STATUS_LABELS } from '../../src-shared/office/register-labels';
import type { StudioRow } from '../../src-shared/office/studio';
import type { StudioStatus } from '../../src-shared/office/vocabulary';
import { optionsOf } from '../app/labels';
import { formatDate, localized } from '../i18n';

const STATUS_COLOURS: Record<StudioStatus, string> = { active: 'green', rectifying: 'orange', revoked: 'red' };

export function StudioStatusTag({ status }: { status: StudioStatus }) {
  return (
    <Tag color={STATUS_COLOURS[status]} data-testid={`status-${status}`}>
      {localized(STUDIO_STATUS_LABELS[status])}
    </Tag>
  );
}

export function registerColumns(t: TFunction, years: number[]): ColumnDef<StudioRow, unknown>[] {
  return [
    { accessorKey: 'id', header: t('officeRegister.col.id'), meta: { width: 140 } },
    {
      id: 'year',
      accessorFn: (s) => String(s.year),
      header: t('officeRegister.col.year'),
      filterFn: 'equalsString',
      meta: { width: 100, filterOptions: years.map((y) => ({ value: String(y), label: String(y) })) },
    },
    { accessorKey: 'studioName', header: t('officeRegister.col.studio'), meta: { width: 240 } },
    { accessorKey: 'leaderName', header: t('officeRegister.col.leader'), meta: { width: 90 } },
    { accessorKey: 'workUnitName', header: t('officeRegister.col.unit'), meta: { width: 220 } },
    {
      accessorKey: 'sector',
      header: t('officeRegister.col.sector'),
      cell: (c) => localized(SECTOR_LABELS[c.row.original.sector]),
      filterFn: 'equalsString',
      meta: { width: 110, filterOptions: optionsOf(SECTOR_LABELS) },
    },
    { accessorKey: 'recommendingUnit', header: t('officeRegister.col.recommender'), meta: { width: 200 } },
    {
      accessorKey: 'status',
      header: t('officeRegister.col.status'),
      cell: (c) => <StudioStatusTag status={c.row.original.status} />,
      filterFn: 'equalsString',
      meta: { width: 110, filterOptions: optionsOf(STUDIO_STATUS_LABELS) },
    },
    { accessorKey: 'docNo', header: t('officeRegister.col.docNo'), meta: { width: 220 } },
    { accessorKey: 'publishedOn', header: t('officeRegister.col.publishedOn'), cell: (c) => formatDate(c.row.original.publishedOn), meta: { width: 140 } },
    {
      accessorKey: 'source',
      header: t('officeRegister.col.source'),
      cell: (c) => localized(STUDIO_SOURCE_LABELS[c.row.original.source]),
      filterFn: 'equalsString',
      meta: { width: 140, filterOptions: optionsOf(STUDIO_SOURCE_LABELS) },
    },
    { accessorKey: 'recommendations', header: t('officeRegister.col.recommendations'), meta: { width: 100 } },
  ];
}
