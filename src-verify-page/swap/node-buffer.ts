import { Buffer } from 'buffer';

/** The verify page's `node:buffer`: the `buffer` package, and `isUtf8` as Node means it (strict, a BOM allowed). */
export { Buffer };

const strict = new TextDecoder('utf-8', { fatal: true });

export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
