export { sha256Hex } from '../sha256';

export { compareUtf8 } from './utf8-order';

/** NFC + trim: the one normal form for every text field that is hashed. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').trim();
}

/** Control characters (newlines, tabs, …) would break the line-oriented snapshot and the printed record. */
export const CONTROL_CHARS = /\p{Cc}/u;
