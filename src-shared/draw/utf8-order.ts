/**
 * Ids are ordered by their UTF-8 bytes so Python's `sorted(key=str.encode)` and this agree. UTF-8 byte order is
 * code point order; JS's `<` compares UTF-16 units, which differs only where one side is a surrogate (a code
 * point above U+FFFF), so that case is fixed up here without allocating (this runs in every pool sort).
 * Kept apart from hashing so code the renderer runs (the call-log replay) can use it without Node.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    const xs = x >= 0xd800 && x <= 0xdfff;
    const ys = y >= 0xd800 && y <= 0xdfff;
    if (xs === ys) return x < y ? -1 : 1;
    return xs ? 1 : -1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
