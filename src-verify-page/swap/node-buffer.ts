import { Buffer } from 'buffer';

/**
 * The verify page's `node:buffer` (and its global `Buffer`, swap/buffer-global.ts): the `buffer` package, with
 * whole-buffer UTF-8 decoding done by the browser's TextDecoder instead of the package's JavaScript loop (which
 * took most of the page's time on a large bundle). Both replace invalid sequences with U+FFFD, as Node does; the
 * checks refuse invalid UTF-8 before they decode (isUtf8 below) anyway.
 */
// ignoreBOM keeps a byte-order mark in the text, as Node does: the canonical-JSON check must see it to refuse it.
const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
const packageToString = Buffer.prototype.toString;
Buffer.prototype.toString = function toString(this: Buffer, ...args: unknown[]): string {
  const [encoding, start, end] = args;
  const utf8 = encoding === undefined || encoding === 'utf8' || encoding === 'utf-8';
  if (!utf8 || start !== undefined || end !== undefined) return (packageToString as (...a: unknown[]) => string).apply(this, args);
  if (lastChecked?.bytes === this) {
    const { text } = lastChecked;
    lastChecked = undefined;
    return text;
  }
  return decoder.decode(this);
} as typeof Buffer.prototype.toString;

export { Buffer };

const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * The text of the bytes `isUtf8` has just accepted, handed to the `toString` that follows it (the checks decode
 * what they have just checked): a large file is decoded once, not twice. Only the very next decoding of those very
 * bytes takes it.
 */
let lastChecked: { bytes: Uint8Array; text: string } | undefined;

/** As Node's `isUtf8`: strict, a byte-order mark allowed. */
export function isUtf8(bytes: Uint8Array): boolean {
  lastChecked = undefined;
  try {
    lastChecked = { bytes, text: strict.decode(bytes) };
    return true;
  } catch {
    return false;
  }
}
