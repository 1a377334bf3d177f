/** Shared inputs for the draw tests (not a test file itself). */
import seedrandom from 'seedrandom';
import type { PoolEntry } from '../../src-shared/draw/pool-snapshot';
import type { WitnessEntry } from '../../src-shared/draw/witnesses';

/** The published vector of docs/draw-spec.md §9. */
export const VECTOR_POOL: PoolEntry[] = [
  ['E001', 'U-ZZU', '高校'], ['E002', 'U-ZZU', '高校'], ['E003', 'U-HNU', '高校'], ['E004', 'U-HNU', '高校'],
  ['E005', 'U-HPU', '高校'], ['E006', 'U-HAUST', '高校'], ['E007', 'H-ZZU1', '医院'], ['E008', 'H-ZZU1', '医院'],
  ['E009', 'H-HNPH', '医院'], ['E010', 'H-HNPH', '医院'], ['E011', 'H-HNCH', '医院'], ['E012', 'H-HNTCM', '医院'],
  ['E013', 'R-HNAS', '科研院所'],
].map(([id, unitCode, stratum]) => ({ id, unitCode, stratum }));

export const VECTOR_CONFIG = {
  drawId: '2025-HN-STUDIO-01',
  quotas: { 高校: 2, 医院: 2 },
  alternates: { 高校: 1, 医院: 1 },
  unitCap: 1,
  excludedUnitCodes: ['H-HNTCM'],
  excludedIds: ['E005'],
  exclusionReasons: { units: { 'H-HNTCM': '与被推荐工作室同单位' }, ids: { E005: '本人为推荐对象成员' } },
};

export const witness = (name: string, digits: string): WitnessEntry => ({ name, first: digits, second: digits });

export const VECTOR_WITNESSES: WitnessEntry[] = [
  witness('张伟', '0123456789'),
  witness('李娜', '9876543210012'),
  witness('王芳', '3141592653'),
];

export type Rng = () => number;
export const rngFor = (seed: string): Rng => seedrandom(seed);
export const int = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));
export const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

export function shuffled<T>(rng: Rng, xs: readonly T[]): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

const STRATA = ['高校', '医院', '科研', 'other'];

/** A random pool and configuration; units mostly belong to one stratum, sometimes span two. */
export function randomCase(rng: Rng, maxExperts = 40) {
  const nUnits = int(rng, 2, 8);
  const units = Array.from({ length: nUnits }, (_, i) => ({ code: `U${i}`, home: pick(rng, STRATA) }));
  const n = int(rng, 3, maxExperts);
  const pool: PoolEntry[] = Array.from({ length: n }, (_, i) => {
    const u = pick(rng, units);
    // Mixed-length and non-ASCII ids exercise the byte-order sort.
    const id = rng() < 0.1 ? `é${i}` : `X${String(i).padStart(int(rng, 1, 3), '0')}-${i}`;
    return { id, unitCode: u.code, stratum: rng() < 0.8 ? u.home : pick(rng, STRATA) };
  });
  const quotas: Record<string, number> = {};
  const alternates: Record<string, number> = {};
  for (const s of STRATA.slice(0, 3)) {
    if (rng() < 0.85) quotas[s] = int(rng, 0, 3);
    if (rng() < 0.7) alternates[s] = int(rng, 0, 2);
  }
  if (Object.values(quotas).every((q) => q === 0)) quotas['高校'] = 1;
  const config = {
    drawId: `prop-${int(rng, 1, 1e9)}`,
    quotas,
    alternates,
    unitCap: int(rng, 1, 3),
    excludedUnitCodes: units.filter(() => rng() < 0.1).map((u) => u.code),
    excludedIds: pool.filter(() => rng() < 0.1).map((e) => e.id),
  };
  const witnesses = Array.from({ length: int(rng, 3, 5) }, (_, i) =>
    witness(`见证人${i}`, Array.from({ length: int(rng, 10, 16) }, () => String(int(rng, 0, 9))).join('')),
  );
  return { pool, config, witnesses };
}
