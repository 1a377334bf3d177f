import { describe, expect, test } from 'vitest';
import { countFor, parseDrawConfig, type DrawConfig } from './config';
import { analyzeFeasibility, checkFeasibility, leastFavourableOrder } from './feasibility';
import type { PoolEntry } from './pool-snapshot';
import { int, pick, randomCase, rngFor, shuffled, type Rng } from '../../src-main/testing/draw-fixtures';
import type { Ticketed } from './tickets';
import { unfilled, walkInOrder } from './walk';

/**
 * Sharpness, measured rather than claimed (docs/draw-spec.md §3.5): for random pools of up to 8 experts, the real
 * walk is run over every ticket order, and the rule must accept exactly the configurations that every order fills,
 * reporting for each stratum exactly the fewest places any order fills.
 *
 * "Every order" up to two symmetries that cannot change what the walk fills: experts the walk always skips
 * (excluded, or of a stratum with no seats and no standby places) change no counter wherever they stand, so they go
 * last; and two eligible experts of the same unit and stratum are interchangeable, so only distinct sequences of
 * (unit, stratum) are tried. The permutation test in feasibility.test.ts tries literally every order of ≤ 6 experts.
 */

function smallCase(rng: Rng) {
  const nUnits = int(rng, 1, 5);
  const strata = pick(rng, [['A', 'B'], ['A', 'B', 'C'], ['A', 'A', 'B', 'C']]);
  const pool: PoolEntry[] = Array.from({ length: pick(rng, [3, 4, 5, 6, 6, 7, 7, 8, 8, 8]) }, (_, i) => ({
    id: `e${i}`,
    unitCode: `U${int(rng, 0, nUnits - 1)}`,
    stratum: pick(rng, strata),
  }));
  const quotas: Record<string, number> = { A: int(rng, 0, 2), B: int(rng, 0, 2) };
  if (rng() < 0.4) quotas.C = int(rng, 0, 1);
  if (Object.values(quotas).every((q) => q === 0)) quotas.A = 1;
  const alternates: Record<string, number> = { A: int(rng, 0, 1), B: int(rng, 0, 1) };
  if (rng() < 0.2) alternates.C = int(rng, 0, 1);
  const config = {
    drawId: 'S',
    quotas,
    alternates,
    unitCap: pick(rng, [1, 1, 1, 2, 2, 3]),
    excludedIds: rng() < 0.15 ? ['e1'] : [],
    excludedUnitCodes: rng() < 0.1 ? ['U1'] : [],
  };
  return { pool, config };
}

/** Distinct orders of the relevant experts (see above), each followed by the experts the walk always skips. */
function* distinctOrders(pool: readonly PoolEntry[], config: DrawConfig): Generator<Ticketed[]> {
  const inert = (e: PoolEntry) =>
    config.excludedIds.includes(e.id) ||
    config.excludedUnitCodes.includes(e.unitCode) ||
    countFor(config.quotas, e.stratum) + countFor(config.alternates, e.stratum) === 0;
  const groups = new Map<string, string[]>();
  for (const e of pool) {
    if (inert(e)) continue;
    const k = `${e.unitCode}|${e.stratum}`;
    groups.set(k, [...(groups.get(k) ?? []), e.id]);
  }
  const kinds = [...groups.values()];
  const left = kinds.map((ids) => ids.length);
  const tail = pool.filter(inert).map((e) => ({ id: e.id, ticket: '0.9' }));
  const total = left.reduce((a, b) => a + b, 0);
  const seq: Ticketed[] = [];
  function* rec(): Generator<Ticketed[]> {
    if (seq.length === total) {
      yield [...seq, ...tail];
      return;
    }
    for (let i = 0; i < kinds.length; i++) {
      if (left[i] === 0) continue;
      seq.push({ id: kinds[i][kinds[i].length - left[i]], ticket: '0.5' });
      left[i]--;
      yield* rec();
      left[i]++;
      seq.pop();
    }
  }
  yield* rec();
}

/** The fewest places (selected + alternate) of each stratum over all orders. */
function worstByBruteForce(pool: readonly PoolEntry[], config: DrawConfig): { worst: Map<string, number>; orders: number } {
  const worst = new Map<string, number>();
  let orders = 0;
  for (const order of distinctOrders(pool, config)) {
    orders++;
    const filled = new Map<string, number>();
    for (const r of walkInOrder(order, pool, config)) {
      if (r.status !== 'skipped') filled.set(r.stratum, (filled.get(r.stratum) ?? 0) + 1);
    }
    for (const s of new Set([...Object.keys(config.quotas), ...Object.keys(config.alternates)])) {
      const f = filled.get(s) ?? 0;
      if (f < (worst.get(s) ?? Infinity)) worst.set(s, f);
    }
  }
  return { worst, orders };
}

/** The rule this one replaces (spec before issue 11), kept here only to measure what changed. */
function legacyAccepts(pool: readonly PoolEntry[], config: DrawConfig): boolean {
  const byUnit = new Map<string, Map<string, number>>();
  for (const e of pool) {
    if (config.excludedIds.includes(e.id) || config.excludedUnitCodes.includes(e.unitCode)) continue;
    const m = byUnit.get(e.unitCode) ?? new Map<string, number>();
    m.set(e.stratum, (m.get(e.stratum) ?? 0) + 1);
    byUnit.set(e.unitCode, m);
  }
  const strata = new Set([...Object.keys(config.quotas), ...Object.keys(config.alternates)]);
  return [...strata].every((s) => {
    let g = 0;
    for (const m of byUnit.values()) {
      const n = m.get(s) ?? 0;
      let others = 0;
      for (const [t, nt] of m) if (t !== s) others += Math.min(nt, countFor(config.quotas, t));
      g += Math.min(n, Math.max(0, config.unitCap - others));
    }
    return g >= countFor(config.quotas, s) + countFor(config.alternates, s);
  });
}

describe('feasibility sharpness (brute force over every ticket order, pools of up to 8 experts)', () => {
  test('the rule accepts exactly the configurations every order fills, and reports the exact worst case', () => {
    const rng = rngFor('feasibility-sharpness');
    const tally = { configs: 0, alwaysFill: 0, accepted: 0, falseRefusals: 0, unsafeAccepts: 0, legacyAccepted: 0, settledByCount: 0, bySearch: 0, byBound: 0, orders: 0, eight: 0 };
    for (let k = 0; k < 2000; k++) {
      const c = smallCase(rng);
      const parsed = parseDrawConfig(c.config);
      if (!parsed.ok) continue;
      const config = parsed.value;
      tally.configs++;
      if (c.pool.length === 8) tally.eight++;
      const { worst, orders } = worstByBruteForce(c.pool, config);
      tally.orders += orders;
      const analysis = analyzeFeasibility(c.pool, config);
      for (const a of analysis) {
        if (a.method === 'search') tally.bySearch++;
        if (a.method === 'bound') tally.byBound++;
        // Exact: the reported figure is the fewest places the least favourable order fills.
        expect({ config: c.config, pool: c.pool, stratum: a.stratum, guaranteed: a.guaranteed }).toEqual({
          config: c.config,
          pool: c.pool,
          stratum: a.stratum,
          guaranteed: Math.min(a.needed, worst.get(a.stratum) ?? 0),
        });
      }
      const fills = analysis.every((a) => (worst.get(a.stratum) ?? 0) >= a.needed);
      const accepted = checkFeasibility(c.pool, config).ok;
      if (fills) tally.alwaysFill++;
      if (fills && analysis.every((a) => a.method === 'count')) tally.settledByCount++;
      if (accepted) tally.accepted++;
      if (fills && !accepted) tally.falseRefusals++;
      if (!fills && accepted) tally.unsafeAccepts++;
      if (legacyAccepts(c.pool, config)) tally.legacyAccepted++;
    }
    console.log(`feasibility sharpness: ${JSON.stringify(tally)}`);
    expect(tally.falseRefusals).toBe(0);
    expect(tally.unsafeAccepts).toBe(0);
    expect(tally.byBound).toBe(0);
    // The sample is meaningful: both outcomes occur often, the exact search is exercised, pools of 8 are tried.
    expect(tally.alwaysFill).toBeGreaterThan(300);
    expect(tally.configs - tally.alwaysFill).toBeGreaterThan(300);
    expect(tally.bySearch).toBeGreaterThan(300);
    expect(tally.eight).toBeGreaterThan(100);
  });
});

describe('the exact search against brute force (pools of 6 to 8 experts where the quick count is not enough)', () => {
  test('wherever the search decides, it agrees with every ticket order, accepting and refusing', () => {
    const rng = rngFor('feasibility-search');
    const tally = { tried: 0, searchAccepted: 0, searchRefused: 0 };
    for (let k = 0; k < 60_000 && (tally.searchAccepted < 40 || tally.searchRefused < 300); k++) {
      const strata = pick(rng, [['A', 'B'], ['A', 'B', 'C']]);
      const nUnits = int(rng, 2, 4);
      const pool: PoolEntry[] = Array.from({ length: int(rng, 6, 8) }, (_, i) => ({ id: `e${i}`, unitCode: `U${int(rng, 0, nUnits - 1)}`, stratum: pick(rng, strata) }));
      const quotas = Object.fromEntries(strata.map((s) => [s, int(rng, 0, 3)]));
      if (Object.values(quotas).every((q) => q === 0)) continue;
      const parsed = parseDrawConfig({ drawId: 'X', quotas, alternates: Object.fromEntries(strata.map((s) => [s, int(rng, 0, 1)])), unitCap: pick(rng, [2, 3]) });
      if (!parsed.ok) continue;
      const config = parsed.value;
      tally.tried++;
      const analysis = analyzeFeasibility(pool, config);
      const searched = analysis.filter((a) => a.method === 'search');
      if (!searched.length) continue;
      const accepted = searched.filter((a) => a.guaranteed >= a.needed);
      if (accepted.length) tally.searchAccepted++;
      else if (tally.searchRefused >= 300) continue;
      else tally.searchRefused++;
      const { worst } = worstByBruteForce(pool, config);
      for (const a of searched) expect([a.stratum, a.guaranteed]).toEqual([a.stratum, Math.min(a.needed, worst.get(a.stratum) ?? 0)]);
    }
    console.log(`exact search vs brute force: ${JSON.stringify(tally)}`);
    expect(tally.searchAccepted).toBeGreaterThanOrEqual(40);
    expect(tally.searchRefused).toBe(300);
  });
});

/** Pools of 10 to 120 experts: half from randomCase, half with 2–4 strata over 3–30 units, each unit in two strata. */
function mediumCase(rng: Rng) {
  if (rng() < 0.5) return randomCase(rng, 120);
  const strata = ['A', 'B', 'C', 'D'].slice(0, int(rng, 2, 4));
  const nUnits = int(rng, 3, 30);
  const homes = Array.from({ length: nUnits }, () => [pick(rng, strata), pick(rng, strata)]);
  const pool: PoolEntry[] = Array.from({ length: int(rng, 10, 120) }, (_, i) => {
    const u = int(rng, 0, nUnits - 1);
    return { id: `e${i}`, unitCode: `U${u}`, stratum: homes[u][rng() < 0.6 ? 0 : 1] };
  });
  const quotas = Object.fromEntries(strata.map((s) => [s, int(rng, 0, 5)]));
  if (Object.values(quotas).every((q) => q === 0)) quotas.A = 1;
  const config = { drawId: 'M', quotas, alternates: Object.fromEntries(strata.map((s) => [s, int(rng, 0, 4)])), unitCap: pick(rng, [1, 1, 2, 3]) };
  return { pool, config };
}

describe('feasibility beyond brute force (pools of 10 to 120 experts)', () => {
  test('every refusal comes with an order that fills exactly the reported places; every acceptance survives 50 random orders', () => {
    const rng = rngFor('feasibility-medium');
    const tally = { configs: 0, accepted: 0, settledByCount: 0, bySearch: 0, legacyAccepted: 0, byBound: 0 };
    for (let k = 0; k < 2000; k++) {
      const c = mediumCase(rng);
      const parsed = parseDrawConfig(c.config);
      if (!parsed.ok) continue;
      const config = parsed.value;
      tally.configs++;
      if (legacyAccepts(c.pool, config)) tally.legacyAccepted++;
      const analysis = analyzeFeasibility(c.pool, config);
      if (analysis.some((a) => a.method === 'bound')) tally.byBound++;
      const short = analysis.filter((a) => a.guaranteed < a.needed);
      for (const a of short) {
        // The constructive half of the theorem (spec §3.2), run through the real walk.
        const order = leastFavourableOrder(c.pool, config, a.stratum)!;
        expect(new Set(order)).toEqual(new Set(c.pool.map((e) => e.id)));
        const rows = walkInOrder(order.map((id) => ({ id, ticket: '0.5' })), c.pool, config);
        expect(rows.filter((x) => x.stratum === a.stratum && x.status !== 'skipped')).toHaveLength(a.guaranteed);
      }
      if (short.length) continue;
      tally.accepted++;
      if (analysis.every((a) => a.method === 'count')) tally.settledByCount++;
      else tally.bySearch++;
      for (let i = 0; i < 50; i++) {
        const order = shuffled(rng, c.pool).map((e) => ({ id: e.id, ticket: '0.5' }));
        expect(unfilled(walkInOrder(order, c.pool, config), config)).toEqual([]);
      }
    }
    console.log(`feasibility on larger pools: ${JSON.stringify(tally)}`);
    expect(tally.byBound).toBe(0);
    expect(tally.accepted).toBeGreaterThan(500);
    expect(tally.configs - tally.accepted).toBeGreaterThan(500);
    expect(tally.bySearch).toBeGreaterThan(0);
  });
});
