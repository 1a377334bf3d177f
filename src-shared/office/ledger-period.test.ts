import { describe, expect, it } from 'vitest';
import { ledgerPeriod } from './ledger-period';
import type { LedgerFacts } from './ledger-rules';

const e = (id: number, kind: LedgerFacts['kind'], date: string, amountFen: number, extra: Partial<LedgerFacts> = {}): LedgerFacts => ({
  id,
  kind,
  date,
  amountFen,
  category: kind === 'expense' ? 'skills' : null,
  reverses: null,
  ...extra,
});

describe('a ledger over a period', () => {
  const entries = [
    e(1, 'grant', '2026-12-10', 3_000_000),
    e(2, 'expense', '2026-12-20', 100_000),
    e(3, 'expense', '2027-03-01', 250_000, { category: 'innovation-projects' }),
    // Recorded later, dated earlier: the report reads by date.
    e(4, 'expense', '2027-02-01', 50_000),
    e(5, 'reversal', '2027-04-01', 50_000, { reverses: 4 }),
    e(6, 'expense', '2028-01-05', 10_000),
  ];

  it('carries the balance into the year and totals the year by use', () => {
    const y = ledgerPeriod(entries, '2027-01-01', '2027-12-31');
    expect(y.openingFen).toBe(2_900_000);
    expect(y.rows.map((r) => [r.entry.id, r.balanceFen])).toEqual([
      [4, 2_850_000],
      [3, 2_600_000],
      [5, 2_650_000],
    ]);
    expect(y.closingFen).toBe(2_650_000);
    expect(y.grantedFen).toBe(0);
    expect(y.spentFen).toBe(250_000);
    expect(y.byCategory.skills).toBe(0);
    expect(y.byCategory['innovation-projects']).toBe(250_000);
  });

  it('without bounds is the whole ledger from zero', () => {
    const all = ledgerPeriod(entries);
    expect(all.openingFen).toBe(0);
    expect(all.rows).toHaveLength(6);
    expect(all.closingFen).toBe(3_000_000 - 100_000 - 250_000 - 10_000);
    expect(all.grantedFen).toBe(3_000_000);
    expect(all.spentFen).toBe(360_000);
  });
});
