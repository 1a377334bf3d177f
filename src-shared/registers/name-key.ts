import { toHalfWidth } from '../import/normalize';

/**
 * The key a unit or recommender is matched by: what people change when they retype a name (full-width forms,
 * spaces, letter case) does not matter; the characters do.
 */
export function nameKey(name: string): string {
  return toHalfWidth(name.normalize('NFC')).replace(/[\s\u200b]+/g, '').toLowerCase();
}
