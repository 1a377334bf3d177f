/** Random JSON values with the awkward parts of RFC 8785: key order, index-like keys, escapes, astral text, numbers. */
export function randomValue(rng: () => number, depth: number): unknown {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rng() * xs.length)];
  const keys = ['a', 'B', 'é', '€', '😀', '\ud83d', 'key with space', '', '10', '9', '-1', '01', 'x\n"y', '\u2028', '专家', '0'];
  const kind = depth <= 0 ? pick(['num', 'str', 'lit']) : pick(['num', 'str', 'lit', 'arr', 'obj', 'obj', 'bigarr']);
  switch (kind) {
    case 'num':
      return pick([0, -0, 1, -1, 1e21, 1e-7, 5e-324, 0.1 + 0.2, 2 ** 53, 123456789.125, Math.floor(rng() * 1e9) / 1e3]);
    case 'str':
      return pick(keys) + String(Math.floor(rng() * 100));
    case 'lit':
      return pick([true, false, null]);
    case 'arr':
      return Array.from({ length: Math.floor(rng() * 5) }, () => randomValue(rng, depth - 1));
    case 'bigarr':
      return Array.from({ length: 300 + Math.floor(rng() * 50) }, () => randomValue(rng, depth >= 3 ? 1 : 0));
    default: {
      const o: Record<string, unknown> = {};
      const n = Math.floor(rng() * 6);
      for (let i = 0; i < n; i++) o[pick(keys)] = randomValue(rng, depth - 1);
      return o;
    }
  }
}
