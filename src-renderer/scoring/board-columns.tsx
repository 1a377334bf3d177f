import { LockOutlined } from '@ant-design/icons';
import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { CellView, NominationView, SessionView } from '../../src-shared/api/views';
import type { ColumnMeta } from '../tables/table-parts';

export interface BoardRow {
  nomination: NominationView;
  /** expert id → that expert's cell, if any. */
  cells: Record<string, CellView | undefined>;
}

export type CellState = 'empty' | CellView['state'];

export const cellState = (cell?: CellView): CellState => cell?.state ?? 'empty';

const SYMBOL: Record<CellState, string> = { scored: '✓', partial: '…', recused: 'R', empty: '—' };

/** Nomination × expert: only the state of each cell (never a score: scoring is blind until everyone has locked). */
export function boardColumns(t: TFunction, session: SessionView): ColumnDef<BoardRow, unknown>[] {
  const locked = new Set(session.experts.filter((e) => e.lockedAt).map((e) => e.expertId));
  const options = (['scored', 'partial', 'recused', 'empty'] as const).map((s) => ({ value: s, label: `${SYMBOL[s]} ${t(`scoring.board.state.${s}`)}` }));
  return [
    { id: 'id', accessorFn: (r) => r.nomination.id, header: t('scoring.col.nomination'), meta: { width: 120 } satisfies ColumnMeta },
    { id: 'studio', accessorFn: (r) => r.nomination.studioName, header: t('scoring.col.studio'), meta: { width: 300 } satisfies ColumnMeta },
    ...session.panel.map(
      (p): ColumnDef<BoardRow, unknown> => ({
        id: `expert-${p.expertId}`,
        accessorFn: (r) => cellState(r.cells[p.expertId]),
        header: () => (
          <span title={p.expertId}>
            {p.name}
            {locked.has(p.expertId) && (
              <>
                {' '}
                <LockOutlined /> {t('scoring.board.locked')}
              </>
            )}
          </span>
        ),
        filterFn: 'equalsString',
        cell: (c) => {
          const s = c.getValue() as CellState;
          return <span className={`board-cell board-${s}`}>{`${SYMBOL[s]} ${t(`scoring.board.state.${s}`)}`}</span>;
        },
        meta: { width: 150, filterOptions: options } satisfies ColumnMeta,
      }),
    ),
  ];
}
