import { describe, expect, test } from 'vitest';
import { countFor, parseDrawConfig } from './config';
import { prepareDraw, runDraw } from './index';
import { randomCase, rngFor, shuffled } from '../../src-main/testing/draw-fixtures';
import { walkDraw, type ResultRow } from './walk';

const CASES = 300;

/** Random cases that pass the feasibility check, with their prepared (normalized) inputs. */
function* feasibleCases(label: string) {
  const rng = rngFor(label);
  let produced = 0;
  for (let k = 0; k < CASES * 20 && produced < CASES; k++) {
    const c = randomCase(rng);
    const prepared = prepareDraw(c);
    if (!prepared.ok) continue;
    produced++;
    yield { ...c, prepared: prepared.value, rng };
  }
  expect(produced).toBe(CASES);
}

const ofStatus = (rows: ResultRow[], status: ResultRow['status']) =>
  rows.filter((r) => r.status === status).map((r) => `${r.stratum}#${r.order}=${r.id}`);

describe('walk properties (seedrandom, deterministic)', () => {
  test('same inputs → same record; shuffled pool rows → same record', () => {
    for (const c of feasibleCases('same-and-shuffled')) {
      const a = runDraw(c);
      const b = runDraw(c);
      const shuffledPool = runDraw({ ...c, pool: shuffled(c.rng, c.pool) });
      expect(a.ok).toBe(true);
      expect(b).toEqual(a);
      expect(shuffledPool).toEqual(a);
    }
  });

  test('every expert gets exactly one row; quotas, alternates and the unit cap hold; excluded never chosen', () => {
    for (const c of feasibleCases('invariants')) {
      const r = runDraw(c);
      if (!r.ok) throw new Error(r.error.message.en);
      const { result, config } = r.value;
      expect(result.map((x) => x.rank)).toEqual(result.map((_, i) => i + 1));
      expect(new Set(result.map((x) => x.id)).size).toBe(c.pool.length);
      const perUnit = new Map<string, number>();
      for (const s of new Set(result.map((x) => x.stratum))) {
        const sel = result.filter((x) => x.stratum === s && x.status === 'selected');
        const alt = result.filter((x) => x.stratum === s && x.status === 'alternate');
        expect(sel.length).toBe(countFor(config.quotas, s));
        expect(alt.length).toBe(countFor(config.alternates, s));
        expect(sel.map((x) => x.order)).toEqual(sel.map((_, i) => i + 1));
        expect(alt.map((x) => x.order)).toEqual(alt.map((_, i) => i + 1));
      }
      for (const x of result) {
        if (x.status === 'skipped') expect(x.reason).toBeDefined();
        else expect(x.reason).toBeUndefined();
        if (x.status === 'selected') perUnit.set(x.unitCode, (perUnit.get(x.unitCode) ?? 0) + 1);
        if (x.status !== 'skipped') {
          expect(config.excludedIds).not.toContain(x.id);
          expect(config.excludedUnitCodes).not.toContain(x.unitCode);
        }
      }
      for (const n of perUnit.values()) expect(n).toBeLessThanOrEqual(config.unitCap);
    }
  });

  test('more alternates extend the walk: same selected, earlier alternates keep their place', () => {
    const rng = rngFor('more-alternates');
    for (let k = 0; k < CASES; k++) {
      const c = randomCase(rng);
      const base = parseDrawConfig(c.config);
      if (!base.ok) continue;
      const more = { ...base.value, alternates: { ...base.value.alternates } };
      for (const s of Object.keys(base.value.quotas)) more.alternates[s] = countFor(base.value.alternates, s) + 1 + (k % 3);
      const seed = `seed-${k}`;
      const a = walkDraw(c.pool, base.value, seed);
      const b = walkDraw(c.pool, more, seed);
      expect(ofStatus(b, 'selected')).toEqual(ofStatus(a, 'selected'));
      const altB = new Set(ofStatus(b, 'alternate'));
      for (const alt of ofStatus(a, 'alternate')) expect(altB.has(alt)).toBe(true);
    }
  });
});

describe('walk reasons', () => {
  test('the reason codes in walk order', () => {
    const pool = [
      { id: 'a', unitCode: 'U1', stratum: 'S' },
      { id: 'b', unitCode: 'U1', stratum: 'S' },
      { id: 'c', unitCode: 'U2', stratum: 'S' },
      { id: 'd', unitCode: 'U3', stratum: 'S' },
      { id: 'e', unitCode: 'U4', stratum: 'S' },
      { id: 'x', unitCode: 'U5', stratum: 'T' },
      { id: 'y', unitCode: 'BAD', stratum: 'S' },
      { id: 'z', unitCode: 'U6', stratum: 'S' },
    ];
    const config = parseDrawConfig({ drawId: 'R', quotas: { S: 2 }, alternates: { S: 1 }, unitCap: 1, excludedUnitCodes: ['BAD'], excludedIds: ['z'] });
    if (!config.ok) throw new Error('config');
    const rows = walkDraw(pool, config.value, 'fixed');
    const outcome = Object.fromEntries(rows.map((r) => [r.id, r.reason ?? `${r.status}${r.order}`]));
    expect(outcome.x).toBe('no-quota');
    expect(outcome.y).toBe('excluded-unit');
    expect(outcome.z).toBe('excluded-id');
    // a and b share U1 and cap 1: whichever comes second is capped (before the stratum is full) or standing by/full.
    expect(rows.filter((r) => r.status === 'selected')).toHaveLength(2);
    expect(rows.filter((r) => r.status === 'alternate')).toHaveLength(1);
    const after = rows.slice(rows.findIndex((r) => r.status === 'alternate') + 1).filter((r) => r.stratum === 'S' && !r.reason?.startsWith('excluded'));
    for (const r of after) expect(r.reason).toBe('stratum-full');
  });
});
