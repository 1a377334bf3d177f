/**
 * The UTF-8 bytes of a string, written into one reused buffer (valid until the next call). The page hashes about
 * 5 000 audit rows per bundle, each a short string: a TextEncoder call per row, which crosses into the browser and
 * allocates, took longer than hashing the row. A lone surrogate becomes U+FFFD, as TextEncoder and Node write it.
 */
let buf = new Uint8Array(1 << 16);

export function utf8Bytes(s: string): Uint8Array {
  // At most 3 bytes per UTF-16 code unit (a surrogate pair: 2 units, 4 bytes).
  if (buf.length < s.length * 3) buf = new Uint8Array(Math.max(s.length * 3, buf.length * 2));
  const b = buf;
  let p = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      b[p++] = c;
      continue;
    }
    if (c < 0x800) {
      b[p++] = 0xc0 | (c >> 6);
      b[p++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        b[p++] = 0xf0 | (c >> 18);
        b[p++] = 0x80 | ((c >> 12) & 0x3f);
        b[p++] = 0x80 | ((c >> 6) & 0x3f);
        b[p++] = 0x80 | (c & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    b[p++] = 0xe0 | (c >> 12);
    b[p++] = 0x80 | ((c >> 6) & 0x3f);
    b[p++] = 0x80 | (c & 0x3f);
  }
  return b.subarray(0, p);
}
