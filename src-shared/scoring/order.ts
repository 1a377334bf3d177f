import seedrandom from 'seedrandom';
import { compareUtf8 } from '../draw/hash';

/**
 * The order in which one expert is shown the nominations. Everyone seeing the same order would favour (or tire
 * on) the same nominations; a per-expert shuffle spreads that order bias. It is a pure function of the draw
 * seed, the expert and the set of nominations, so the order can be re-derived for the record: the ids are sorted
 * (UTF-8 byte order) first, so the caller's order does not matter, then shuffled by Fisher–Yates (from the last
 * index down, j = ⌊rng() × (i + 1)⌋) with seedrandom's default ARC4 generator seeded by `${drawSeed}|${expertId}`.
 * The plain `|` join means ("a|b", "c") and ("a", "b|c") share an order; ids with `|` should not occur.
 */
export function nominationOrder(drawSeed: string, expertId: string, nominationIds: readonly string[]): string[] {
  const rng = seedrandom(`${drawSeed}|${expertId}`);
  const out = [...nominationIds].sort(compareUtf8);
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
