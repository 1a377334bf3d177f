import seedrandom from 'seedrandom';

/**
 * A seeded random source. Demo data must be reproducible from (seed, year) alone, so nothing here may touch
 * Math.random or the clock; every caller draws from one of these.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** Favours the first items: lists are ordered most common first. */
  pickFront<T>(items: readonly T[]): T;
  weighted<T>(items: readonly T[], weight: (item: T) => number): T;
  shuffle<T>(items: readonly T[]): T[];
  sample<T>(items: readonly T[], n: number): T[];
  digits(n: number): string;
}

export function createRng(seed: string): Rng {
  const prng = seedrandom(seed);
  const next = () => prng();
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const shuffle = <T>(items: readonly T[]): T[] => {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = int(0, i);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  };
  return {
    next,
    int,
    chance: (p) => next() < p,
    pick: (items) => items[int(0, items.length - 1)],
    pickFront: (items) => items[Math.floor(items.length * next() ** 2)],
    weighted: (items, weight) => {
      const total = items.reduce((sum, item) => sum + weight(item), 0);
      let r = next() * total;
      for (const item of items) {
        r -= weight(item);
        if (r < 0) return item;
      }
      return items[items.length - 1];
    },
    shuffle,
    sample: (items, n) => shuffle(items).slice(0, n),
    digits: (n) => Array.from({ length: n }, () => String(int(0, 9))).join(''),
  };
}

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
