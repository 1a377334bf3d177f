import { z } from 'zod';

/**
 * Strict base64 for everything that travels in signed files and key vaults.
 *
 * `Buffer.from(text, 'base64')` is lenient: it skips junk characters and ignores non-zero padding bits, so
 * many different strings decode to the same bytes. In a file that must not change unnoticed, every field
 * has exactly one accepted spelling: we decode, re-encode, and accept only if the text comes back unchanged.
 */
export function decodeBase64Strict(text: string, expectedLength?: number): Buffer | undefined {
  if (typeof text !== 'string') return undefined;
  const bytes = Buffer.from(text, 'base64');
  if (bytes.toString('base64') !== text) return undefined;
  if (expectedLength !== undefined && bytes.length !== expectedLength) return undefined;
  return bytes;
}

/** A zod string that is canonical base64 of exactly `length` bytes (or of at least one byte). */
export function base64Bytes(length?: number) {
  const what = length === undefined ? 'non-empty bytes' : `${length} bytes`;
  return z.string().refine(
    (text) => {
      const bytes = decodeBase64Strict(text, length);
      return bytes !== undefined && bytes.length > 0;
    },
    { message: `expected canonical base64 of ${what}` },
  );
}
