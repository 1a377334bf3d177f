import type { ServiceContext } from '../../src-main/services/context';
import { call } from '../../src-main/api/dispatch';
import type { DrawView } from '../../src-shared/api/views';
import { expectOk } from './context';

export const WITNESSES = [
  { name: '王监督', first: '0123456789', second: '0123456789' },
  { name: '李见证', first: '9876543210', second: '9876543210' },
  { name: '赵公证', first: '3141592653', second: '3141592653' },
];

/** Commits and runs a demo-year draw by sector: 2 seats and 2 alternates in each of the five sectors, 2 per unit. */
export async function demoDraw(ctx: ServiceContext, drawId = '2026-DRAW-01'): Promise<DrawView> {
  const plan = expectOk(await call(ctx, 'draw.plan', { year: 2026, stratumBy: 'sector' }));
  const quotas = Object.fromEntries(plan.strata.map((s) => [s.stratum, 2]));
  expectOk(
    await call(ctx, 'draw.commit', {
      year: 2026,
      drawId,
      stratumBy: 'sector',
      quotas,
      alternates: quotas,
      unitCap: 2,
      place: '郑州 评审会场',
      operator: '周操作',
    }),
  );
  return expectOk(await call(ctx, 'draw.run', { drawId, witnesses: WITNESSES }));
}
