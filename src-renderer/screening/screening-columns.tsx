import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { ScreeningRow } from '../../src-shared/api/views';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import { localized } from '../i18n';
import { OutcomeTag } from './outcome-tag';

const count = (r: ScreeningRow, outcome: string) => r.checks.filter((c) => c.outcome === outcome).length;

export function screeningColumns(t: TFunction): ColumnDef<ScreeningRow, unknown>[] {
  const outcomes = ['qualified', 'not-qualified', 'needs-judgement', 'unscreened'] as const;
  return [
    { id: 'id', accessorFn: (r) => r.nomination.id, header: t('nominations.col.id'), meta: { width: 110 } },
    { id: 'studio', accessorFn: (r) => r.nomination.studioName, header: t('nominations.col.studio'), meta: { width: 250 } },
    { id: 'leader', accessorFn: (r) => r.nomination.leaderName, header: t('nominations.col.leader'), meta: { width: 90 } },
    {
      id: 'sector',
      accessorFn: (r) => localized(SECTOR_LABELS[r.nomination.sector]),
      header: t('nominations.col.sector'),
      meta: { width: 100 },
    },
    {
      id: 'checks',
      accessorFn: (r) => `${count(r, 'pass')}/${count(r, 'fail')}/${count(r, 'review')}`,
      header: t('screening.col.checks'),
      meta: { width: 230 },
    },
    {
      id: 'outcome',
      accessorFn: (r) => r.record?.outcome ?? 'unscreened',
      header: t('screening.col.outcome'),
      cell: (c) => <OutcomeTag outcome={c.row.original.record?.outcome ?? 'unscreened'} exception={c.row.original.record?.exception} />,
      filterFn: 'equalsString',
      meta: { width: 150, filterOptions: outcomes.map((o) => ({ value: o, label: t(`screening.outcome.${o}`) })) },
    },
    { id: 'screener', accessorFn: (r) => r.record?.screenedBy ?? '', header: t('screening.col.screener'), meta: { width: 100 } },
    { id: 'confirmer', accessorFn: (r) => r.record?.confirmedBy ?? '', header: t('screening.col.confirmer'), meta: { width: 100 } },
  ];
}
