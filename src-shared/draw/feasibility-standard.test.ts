import { describe, expect, test } from 'vitest';
import { countFor, parseDrawConfig, type DrawConfig } from './config';
import { analyzeFeasibility, checkFeasibility, leastFavourableOrder, SEARCH_LIMIT } from './feasibility';
import { runDraw } from './index';
import type { PoolEntry } from './pool-snapshot';
import { int, pick, randomCase, rngFor, witness } from '../../src-main/testing/draw-fixtures';
import { unfilled, walkInOrder } from './walk';

const SECTORS = ['教育', '科技', '文化', '卫生', '体育'];
const cfg = (c: object): DrawConfig => {
  const r = parseDrawConfig({ drawId: 'STD', ...c });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};
const perSector = (n: number) => Object.fromEntries(SECTORS.map((s) => [s, n]));
const witnessesFor = (k: number) => [witness('甲', `01234567${String(k).padStart(4, '0')}`), witness('乙', '9876543210'), witness('丙', '3141592653')];

/**
 * 90 experts in 22 units, every unit in one or two sectors, the two sectors with seats sharing most units:
 * universities with a medical school (教育 + 卫生), teaching hospitals (卫生 + 教育), and institutes in other sectors.
 * The rule before issue 11 refused this with "only 0 guaranteed".
 */
function pool90(): PoolEntry[] {
  const units: [string, [string, number][]][] = [
    ...Array.from({ length: 10 }, (_, i): [string, [string, number][]] => [`UNIV-${i + 1}`, [['教育', 3], ['卫生', 1]]]),
    ...Array.from({ length: 8 }, (_, i): [string, [string, number][]] => [`HOSP-${i + 1}`, [['卫生', 3], ['教育', 1]]]),
    ['INST-1', [['科技', 4]]],
    ['INST-2', [['科技', 2], ['文化', 2]]],
    ['MUSEUM', [['文化', 5]]],
    ['SPORT', [['体育', 3], ['教育', 2]]],
  ];
  const pool: PoolEntry[] = [];
  for (const [unitCode, parts] of units) {
    for (const [stratum, n] of parts) for (let i = 0; i < n; i++) pool.push({ id: `E${String(pool.length + 1).padStart(3, '0')}`, unitCode, stratum });
  }
  return pool;
}

/** `units` units of about equal size, each with a home sector (in turn) and, in half of them, a second sector. */
function bigPool(size: number, units: number, label: string): PoolEntry[] {
  const rng = rngFor(label);
  const homes = Array.from({ length: units }, (_, u) => [SECTORS[u % SECTORS.length], pick(rng, SECTORS)] as const);
  return Array.from({ length: size }, (_, i) => {
    const u = i % units;
    const [home, second] = homes[u];
    return { id: `E${String(i).padStart(6, '0')}`, unitCode: `U${u}`, stratum: u % 2 === 0 && rng() < 0.3 ? second : home };
  });
}

describe('standard configurations (单位上限 1 must simply work)', () => {
  test('90 experts in 22 units, 教育 3 + 2, 卫生 2 + 2, unit cap 1: accepted, and 200 draws all fill', () => {
    const pool = pool90();
    expect(pool).toHaveLength(90);
    expect(new Set(pool.map((e) => e.unitCode)).size).toBe(22);
    const config = { drawId: 'STD-90', quotas: { 教育: 3, 卫生: 2 }, alternates: { 教育: 2, 卫生: 2 }, unitCap: 1 };
    const r = checkFeasibility(pool, cfg(config));
    expect(r).toEqual({
      ok: true,
      value: [
        { stratum: '卫生', needed: 4, guaranteed: 4, eligible: 34 },
        { stratum: '教育', needed: 5, guaranteed: 5, eligible: 40 },
      ],
    });
    for (let k = 0; k < 200; k++) {
      const d = runDraw({ pool, config, witnesses: witnessesFor(k) });
      if (!d.ok) throw new Error(d.error.message.en);
      expect(d.value.result.filter((x) => x.status === 'selected')).toHaveLength(5);
      expect(d.value.result.filter((x) => x.status === 'alternate')).toHaveLength(4);
    }
  });

  test('the same pool: refused only where some order really leaves a place empty, and that order is shown', () => {
    const pool = pool90();
    // 卫生 8 + 8 = 16 places: the 18 units with 卫生 experts can be closed by 教育's 3 seats and 卫生's own 8.
    const config = cfg({ quotas: { 教育: 3, 卫生: 8 }, alternates: { 教育: 2, 卫生: 8 }, unitCap: 1 });
    const r = checkFeasibility(pool, config);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const detail = r.error.details?.find((d) => d.path === 'quotas.卫生');
    expect(detail?.message.en).toMatch(/least favourable ticket order fills only \d+/);
    const a = analyzeFeasibility(pool, config).find((x) => x.stratum === '卫生')!;
    const order = leastFavourableOrder(pool, config, '卫生')!;
    const rows = walkInOrder(order.map((id) => ({ id, ticket: '0.5' })), pool, config);
    expect(rows.filter((x) => x.stratum === '卫生' && x.status !== 'skipped')).toHaveLength(a.guaranteed);
  });

  test('100,000 experts in 5,000 units, 3 + 3 per sector, unit cap 1: accepted by the quick count, and drawn', () => {
    const pool = bigPool(100_000, 5_000, 'std-100k');
    const config = { drawId: 'STD-100K', quotas: perSector(3), alternates: perSector(3), unitCap: 1 };
    const a = analyzeFeasibility(pool, cfg(config));
    expect(a.map((x) => [x.stratum, x.guaranteed, x.needed, x.method])).toEqual(
      [...SECTORS].sort().map((s) => expect.arrayContaining([s, 6, 6, 'count'])),
    );
    const d = runDraw({ pool, config, witnesses: witnessesFor(1) });
    if (!d.ok) throw new Error(d.error.message.en);
    const selected = d.value.result.filter((x) => x.status === 'selected');
    expect(selected).toHaveLength(15);
    expect(new Set(selected.map((x) => x.unitCode)).size).toBe(15);
    expect(d.value.result.filter((x) => x.status === 'alternate')).toHaveLength(15);
  });

  test('unit cap 3 over 1,200 experts in 60 units, 3 + 3 per sector: accepted, and 50 draws all fill', () => {
    const pool = bigPool(1_200, 60, 'std-1200');
    const config = { drawId: 'STD-1200', quotas: perSector(3), alternates: perSector(3), unitCap: 3 };
    expect(checkFeasibility(pool, cfg(config)).ok).toBe(true);
    for (let k = 0; k < 50; k++) {
      const d = runDraw({ pool, config, witnesses: witnessesFor(k) });
      if (!d.ok) throw new Error(d.error.message.en);
    }
  });

  test('unit cap 1 with 2 or 3 seats and 2 or 3 standby places per sector over pools of 90 to 5,000 experts', () => {
    const rng = rngFor('std-range');
    for (let k = 0; k < 40; k++) {
      // Five sectors need at least 6 units each under cap 1 (3 seats close 3 units; 3 standby from 3 more).
      const units = int(rng, 40, 400);
      const pool = bigPool(int(rng, Math.max(90, units * 2), 5_000), units, `std-range-${k}`);
      const config = cfg({ quotas: perSector(int(rng, 2, 3)), alternates: perSector(int(rng, 2, 3)), unitCap: 1 });
      expect(checkFeasibility(pool, config).ok).toBe(true);
    }
  });
});

describe('the exact search and its limit', () => {
  test('the search accepts what the quick count cannot prove: cap 2, closing a unit needs two seats', () => {
    // U0 and U1: one A and two B each; U2: one A. Closing U0 against A takes both B seats (A has one expert there,
    // and a closed unit needs 2 selected); after that U1 can only be closed with B seats, none are left.
    const pool = ['U0|A', 'U0|B', 'U0|B', 'U1|A', 'U1|B', 'U1|B', 'U2|A'].map((x, i) => {
      const [unitCode, stratum] = x.split('|');
      return { id: `e${i}`, unitCode, stratum };
    });
    const config = cfg({ quotas: { A: 2, B: 2 }, unitCap: 2 });
    expect(analyzeFeasibility(pool, config)).toEqual([
      { stratum: 'A', needed: 2, guaranteed: 2, eligible: 3, method: 'search' },
      { stratum: 'B', needed: 2, guaranteed: 2, eligible: 4, method: 'count' },
    ]);
    const perms = (xs: string[]): string[][] => (xs.length <= 1 ? [xs] : xs.flatMap((x, i) => perms([...xs.slice(0, i), ...xs.slice(i + 1)]).map((r) => [x, ...r])));
    for (const order of perms(pool.map((e) => e.id))) {
      expect(unfilled(walkInOrder(order.map((id) => ({ id, ticket: '0.5' })), pool, config), config)).toEqual([]);
    }
  });

  test('a configuration too large to search exactly is refused only if the quick count cannot prove it, and says so', () => {
    const strata = ['A', 'B', 'C', 'D', 'E', 'F'];
    // 40 units with one expert of each stratum, 30 seats per stratum: 31^6 states, far beyond the search limit.
    const pool = Array.from({ length: 40 }, (_, u) => strata.map((s) => ({ id: `${s}${u}`, unitCode: `U${u}`, stratum: s }))).flat();
    const config = cfg({ quotas: Object.fromEntries(strata.map((s) => [s, 30])), unitCap: 1 });
    expect(31 ** 6).toBeGreaterThan(SEARCH_LIMIT);
    const a = analyzeFeasibility(pool, config);
    expect(a.every((x) => x.method === 'bound')).toBe(true);
    const r = checkFeasibility(pool, config);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.details?.[0].message.en).toContain('too large to search exactly');
    // The same shape with few seats is settled by the quick count.
    expect(analyzeFeasibility(pool, cfg({ quotas: Object.fromEntries(strata.map((s) => [s, 2])), alternates: Object.fromEntries(strata.map((s) => [s, 2])), unitCap: 1 })).every((x) => x.method === 'count')).toBe(true);
  });

  test('every stratum with places is reported, needed = seats + alternates', () => {
    const rng = rngFor('feasibility-report');
    for (let k = 0; k < 100; k++) {
      const c = randomCase(rng, 20);
      const parsed = parseDrawConfig(c.config);
      if (!parsed.ok) continue;
      for (const a of analyzeFeasibility(c.pool, parsed.value)) {
        expect(a.needed).toBe(countFor(parsed.value.quotas, a.stratum) + countFor(parsed.value.alternates, a.stratum));
        expect(a.guaranteed).toBeLessThanOrEqual(a.needed);
        expect(a.guaranteed).toBeGreaterThanOrEqual(0);
      }
    }
  });
});
