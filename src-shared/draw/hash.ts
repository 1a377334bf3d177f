export { sha256Hex } from '../sha256';

/** Ids are ordered by their UTF-8 bytes so Python's `sorted(key=str.encode)` and this agree; JS string order is UTF-16. */
export function compareUtf8(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** NFC + trim: the one normal form for every text field that is hashed. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').trim();
}

/** Control characters (newlines, tabs, …) would break the line-oriented snapshot and the printed record. */
export const CONTROL_CHARS = /\p{Cc}/u;
