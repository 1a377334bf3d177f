/**
 * The UTF-8 bytes of a string, written by the browser's encoder into one reused buffer (valid until the next call).
 * The page hashes about 5 000 audit rows per bundle, each a short string: a fresh array per row (TextEncoder.encode)
 * cost more than hashing the row. A lone surrogate becomes U+FFFD, as Node writes it.
 */
const encoder = new TextEncoder();
let buf = new Uint8Array(1 << 16);

export function utf8Bytes(s: string): Uint8Array {
  // At most 3 bytes per UTF-16 code unit (a surrogate pair: 2 units, 4 bytes).
  if (buf.length < s.length * 3) buf = new Uint8Array(Math.max(s.length * 3, buf.length * 2));
  const { written } = encoder.encodeInto(s, buf);
  return buf.subarray(0, written);
}
