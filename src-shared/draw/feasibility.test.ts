import { describe, expect, test } from 'vitest';
import { parseDrawConfig, type DrawConfig } from './config';
import { checkFeasibility } from './feasibility';
import type { PoolEntry } from './pool-snapshot';
import { int, pick, rngFor, type Rng } from '../../src-main/testing/draw-fixtures';
import { unfilled, walkInOrder } from './walk';

const cfg = (c: object): DrawConfig => {
  const r = parseDrawConfig({ drawId: 'F', ...c });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};
const pool = (...rows: string[]): PoolEntry[] =>
  rows.map((r) => {
    const [id, unitCode, stratum] = r.split('|');
    return { id, unitCode, stratum };
  });

/** Small pools (≤ 6 experts, so all 720 orders can be tried) with units that often span both strata. */
function smallCase(rng: Rng) {
  const p: PoolEntry[] = Array.from({ length: int(rng, 3, 6) }, (_, i) => ({
    id: `e${i}`,
    unitCode: `U${int(rng, 0, 3)}`,
    stratum: pick(rng, ['A', 'A', 'B', 'C']),
  }));
  const config = {
    drawId: 'F',
    quotas: { A: int(rng, 0, 2), B: int(rng, 0, 2) },
    alternates: { A: int(rng, 0, 1), B: int(rng, 0, 1) },
    unitCap: int(rng, 1, 2),
    excludedIds: rng() < 0.2 ? ['e0'] : [],
    excludedUnitCodes: rng() < 0.1 ? ['U3'] : [],
  };
  return { pool: p, config };
}

function* permutations<T>(xs: T[]): Generator<T[]> {
  if (xs.length <= 1) {
    yield xs;
    return;
  }
  for (let i = 0; i < xs.length; i++) {
    for (const rest of permutations([...xs.slice(0, i), ...xs.slice(i + 1)])) yield [xs[i], ...rest];
  }
}

describe('feasibility', () => {
  test('names each short stratum and how many are lacking', () => {
    const r = checkFeasibility(pool('a|U1|高校', 'b|U1|高校', 'c|U2|医院'), cfg({ quotas: { 高校: 2, 医院: 2 }, unitCap: 1 }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('draw-infeasible');
    expect(r.error.message.zh).toContain('高校 缺 1 人');
    expect(r.error.message.zh).toContain('医院 缺 1 人');
    expect(r.error.message.en).toContain('高校 lacks 1');
    expect(r.error.details?.map((d) => d.path)).toEqual(['quotas.医院', 'quotas.高校']);
  });

  test('excluded experts and units do not count', () => {
    const p = pool('a|U1|S', 'b|U2|S', 'c|U3|S');
    expect(checkFeasibility(p, cfg({ quotas: { S: 3 }, unitCap: 1 })).ok).toBe(true);
    expect(checkFeasibility(p, cfg({ quotas: { S: 3 }, unitCap: 1, excludedIds: ['a'] })).ok).toBe(false);
    expect(checkFeasibility(p, cfg({ quotas: { S: 3 }, unitCap: 1, excludedUnitCodes: ['U2'] })).ok).toBe(false);
  });

  test('alternates need room under the cap too: one unit cannot give a seat and an alternate at cap 1', () => {
    const p = pool('a|U1|S', 'b|U1|S', 'c|U1|S');
    expect(checkFeasibility(p, cfg({ quotas: { S: 1 }, alternates: { S: 1 }, unitCap: 1 })).ok).toBe(false);
    expect(checkFeasibility(p, cfg({ quotas: { S: 1 }, alternates: { S: 1 }, unitCap: 2 })).ok).toBe(true);
  });

  test('a unit spanning two strata: refused at cap 1, accepted at cap 2 (closing it takes a seat of B itself)', () => {
    // If A's expert comes first, U1 is at cap and B's only expert is skipped: B would stay empty.
    const p = pool('a|U1|A', 'b|U1|B', 'c|U2|A');
    expect(checkFeasibility(p, cfg({ quotas: { A: 1, B: 1 }, unitCap: 1 })).ok).toBe(false);
    expect(checkFeasibility(p, cfg({ quotas: { A: 1, B: 1 }, unitCap: 2 })).ok).toBe(true);
  });

  test('safety: whenever the check passes, every order of the pool fills every seat and alternate', () => {
    const rng = rngFor('feasibility-exhaustive');
    let feasible = 0;
    let rejected = 0;
    for (let k = 0; k < 600; k++) {
      const c = smallCase(rng);
      const config = parseDrawConfig(c.config);
      if (!config.ok) continue;
      if (!checkFeasibility(c.pool, config.value).ok) {
        rejected++;
        continue;
      }
      feasible++;
      const tickets = c.pool.map((e) => ({ id: e.id, ticket: '0.5' }));
      for (const order of permutations(tickets)) {
        expect(unfilled(walkInOrder(order, c.pool, config.value), config.value)).toEqual([]);
      }
    }
    expect(feasible).toBeGreaterThan(30);
    expect(rejected).toBeGreaterThan(30);
  });
});
