import { describe, expect, it } from 'vitest';
import { proposeQuotas } from './quota-proposal';

const sectors = [
  { stratum: '教育', eligible: 40, eligibleUnits: 12 },
  { stratum: '科技', eligible: 20, eligibleUnits: 8 },
  { stratum: '文化', eligible: 10, eligibleUnits: 5 },
  { stratum: '卫生', eligible: 25, eligibleUnits: 9 },
  { stratum: '体育', eligible: 5, eligibleUnits: 3 },
];

describe('proposeQuotas', () => {
  it('splits the panel over the strata in proportion to their eligible experts', () => {
    const p = proposeQuotas(sectors, 10, 1);
    expect(p.quotas).toEqual({ 教育: 4, 科技: 2, 文化: 1, 卫生: 3, 体育: 0 });
    expect(p.seats).toBe(10);
  });

  it('places every seat by largest remainder, the same way every time', () => {
    const p = proposeQuotas(sectors, 5, 1);
    expect(p.quotas).toEqual({ 教育: 2, 科技: 1, 文化: 1, 卫生: 1, 体育: 0 });
    expect(proposeQuotas([...sectors].reverse(), 5, 1).quotas).toEqual(p.quotas);
  });

  it('never asks a stratum for more than its units can seat under the unit cap; the others take the rest', () => {
    const strata = [
      { stratum: 'A', eligible: 30, eligibleUnits: 2 },
      { stratum: 'B', eligible: 10, eligibleUnits: 10 },
    ];
    expect(proposeQuotas(strata, 8, 1).quotas).toEqual({ A: 2, B: 6 });
    expect(proposeQuotas(strata, 8, 2).quotas).toEqual({ A: 4, B: 4 });
  });

  it('proposes one standby per seat where experts are left, and stops at what the pool can seat', () => {
    const strata = [
      { stratum: 'A', eligible: 3, eligibleUnits: 3 },
      { stratum: 'B', eligible: 1, eligibleUnits: 1 },
    ];
    const p = proposeQuotas(strata, 10, 1);
    expect(p.quotas).toEqual({ A: 3, B: 1 });
    expect(p.seats).toBe(4);
    expect(p.alternates).toEqual({ A: 0, B: 0 });
    expect(proposeQuotas(strata, 2, 1).alternates).toEqual({ A: 1, B: 0 });
  });

  it('proposes nothing for an empty pool or a panel of none', () => {
    expect(proposeQuotas([], 5, 1)).toEqual({ quotas: {}, alternates: {}, seats: 0 });
    expect(proposeQuotas(sectors, 0, 1).seats).toBe(0);
  });
});
