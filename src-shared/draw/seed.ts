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

/**
 * The commitment as one hash, for paper: SHA-256 of the part of the seed key fixed before any witness writes
 * (`HN-DRAW-1|drawId|poolHash|configHash`). Printed on the commitment page the witnesses sign and on the draw record;
 * the office types its first 8 characters back from the signed page when it takes in a result bundle.
 */
export function commitmentHash(drawId: string, poolHash: string, configHash: string): string {
  return sha256Hex([ALGORITHM, drawId, poolHash, configHash].join('|'));
}
