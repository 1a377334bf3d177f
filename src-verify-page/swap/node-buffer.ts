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
  return utf8 && start === undefined && end === undefined ? decoder.decode(this) : (packageToString as (...a: unknown[]) => string).apply(this, args);
} as typeof Buffer.prototype.toString;

export { Buffer };

const strict = new TextDecoder('utf-8', { fatal: true });

/** As Node's `isUtf8`: strict, a byte-order mark allowed. */
export function isUtf8(bytes: Uint8Array): boolean {
  try {
    strict.decode(bytes);
    return true;
  } catch {
    return false;
  }
}
