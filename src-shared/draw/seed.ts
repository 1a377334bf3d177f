import { sha256Hex } from './hash';
import type { Witness } from './witnesses';

export const ALGORITHM = 'HN-DRAW-1';

/**
 * The seed key binds the draw to the committed pool and configuration and to every witness's digits in entry
 * order; none of the parts may contain `|` (or `=` in a witness name), so the key splits back unambiguously.
 */
export function seedKey(drawId: string, poolHash: string, configHash: string, witnesses: readonly Witness[]): string {
  return [ALGORITHM, drawId, poolHash, configHash, ...witnesses.map((w) => `${w.name}=${w.digits}`)].join('|');
}

export function seedFromKey(key: string): string {
  return sha256Hex(key);
}
