import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { call } from '../api/dispatch';
import type { ServiceContext } from './context';

let ctx: ServiceContext;
beforeEach(async () => {
  ctx = openTestContext();
  expectOk(await call(ctx, 'demo.generate', { seed: 2026 }));
});
afterEach(() => ctx.store.close());

describe('table lines and the record behind each', () => {
  it('a pool line is the whole record cut to the shown columns, in the same order; opening it gives the record back', async () => {
    const experts = expectOk(await call(ctx, 'experts.list', {}));
    const rows = expectOk(await call(ctx, 'experts.rows', {}));
    expect(rows.map((r) => r.id)).toEqual(experts.map((e) => e.id));
    experts.forEach((e, i) => {
      const { gender, phone, email, avoidUnitCodes, panelYears, nonSeniorReason, ...shown } = e;
      void [gender, phone, email, avoidUnitCodes, panelYears, nonSeniorReason];
      expect(rows[i]).toEqual(shown);
    });
    expect(expectOk(await call(ctx, 'experts.get', { id: experts[3].id }))).toEqual(experts[3]);
    const missing = await call(ctx, 'experts.get', { id: 'NO-SUCH' });
    expect(missing.ok || missing.error.code).toBe('expert-not-found');
  });

  it('a nomination line carries the number of honours, not the honours; opening it gives the record back', async () => {
    const nominations = expectOk(await call(ctx, 'nominations.list', { year: 2026 }));
    const rows = expectOk(await call(ctx, 'nominations.rows', { year: 2026 }));
    expect(rows).toHaveLength(nominations.length);
    nominations.forEach((n, i) =>
      expect(rows[i]).toEqual({
        id: n.id,
        studioName: n.studioName,
        leaderName: n.leaderName,
        leaderTitle: n.leaderTitle,
        leaderTitleRank: n.leaderTitleRank,
        sector: n.sector,
        workUnitName: n.workUnitName,
        recommendingUnit: n.recommendingUnit,
        recommendingUnitKind: n.recommendingUnitKind,
        foundedOn: n.foundedOn,
        honourCount: n.honours.length,
      }),
    );
    expect(rows.some((r) => r.honourCount > 0)).toBe(true);
    expect(expectOk(await call(ctx, 'nominations.rows', { year: 2000 }))).toEqual([]);
    expect(expectOk(await call(ctx, 'nominations.get', { id: nominations[0].id }))).toEqual(nominations[0]);
    const missing = await call(ctx, 'nominations.get', { id: 'NO-SUCH' });
    expect(missing.ok || missing.error.code).toBe('nomination-not-found');
  });
});
