import { entryEffects, totalsOf, type EntryEffect, type LedgerFacts } from './ledger-rules';
import type { ExpenseCategory } from './ledger-vocabulary';

/**
 * One studio's ledger over a period, as the report prints it for the superior union and auditors (Art. 12): the
 * balance brought forward, the period's entries by date with the running balance, the balance carried forward, and
 * the period's totals by use. No bounds: the whole ledger, from a zero opening balance.
 */
export interface PeriodRow<T> {
  entry: T;
  effect: EntryEffect;
  balanceFen: number;
}

export interface LedgerPeriod<T> {
  openingFen: number;
  rows: PeriodRow<T>[];
  closingFen: number;
  grantedFen: number;
  spentFen: number;
  byCategory: Record<ExpenseCategory, number>;
}

export function ledgerPeriod<T extends LedgerFacts>(entries: readonly T[], from?: string, to?: string): LedgerPeriod<T> {
  const effects = entryEffects(entries);
  const before = (e: T) => from !== undefined && e.date < from;
  const within = (e: T) => !before(e) && (to === undefined || e.date <= to);
  let openingFen = 0;
  for (const e of entries) if (before(e)) openingFen += effects.get(e.id)!.changeFen;
  let balanceFen = openingFen;
  const rows = entries
    .filter(within)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id - b.id))
    .map((entry) => {
      const effect = effects.get(entry.id)!;
      balanceFen += effect.changeFen;
      return { entry, effect, balanceFen };
    });
  return { openingFen, rows, closingFen: balanceFen, ...totalsOf(rows.map((r) => r.effect)) };
}
