import canonicalize from 'canonicalize';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { canonicalJson, canonicalJsonPieces } from './canonical-json';

/** Random JSON values with the awkward parts of RFC 8785: key order, index-like keys, escapes, astral text, numbers. */
function randomValue(rng: () => number, depth: number): unknown {
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

const pieces = (value: unknown) => {
  const out: string[] = [];
  canonicalJsonPieces(value, (p) => out.push(p));
  return out;
};

describe('canonicalJson (RFC 8785)', () => {
  it('writes exactly what the canonicalize package writes, on 600 random values', () => {
    const rng = seedrandom('jcs');
    for (let i = 0; i < 600; i++) {
      const value = randomValue(rng, 3);
      expect(canonicalJson(value)).toBe(canonicalize(value));
    }
  });

  it('orders keys by UTF-16 code units, also keys that look like array indexes', () => {
    // U+20AC < U+D83D (the surrogate of 😀) < U+FB00: code units, not code points
    expect(canonicalJson({ b: 1, a: 2, '10': 3, '9': 4, 'ﬀ': 7, '€': 5, '😀': 6 })).toBe('{"10":3,"9":4,"a":2,"b":1,"€":5,"😀":6,"ﬀ":7}');
    expect(canonicalJson({ z: { '2': 'x', '10': 'y', '-1': 'w' } })).toBe('{"z":{"-1":"w","10":"y","2":"x"}}');
  });

  it('leaves out undefined members, writes undefined array items as null, and refuses what JSON cannot hold', () => {
    expect(canonicalJson({ a: undefined, b: [undefined, 1] })).toBe('{"b":[null,1]}');
    expect(() => canonicalJson(Number.NaN)).toThrow();
    expect(() => canonicalJson({ a: Number.POSITIVE_INFINITY })).toThrow();
    expect(() => canonicalJson(undefined)).toThrow();
  });

  it('hands out the same text in pieces, long arrays in runs of items', () => {
    const rng = seedrandom('pieces');
    for (let i = 0; i < 200; i++) {
      const value = randomValue(rng, 3);
      expect(pieces(value).join('')).toBe(canonicalize(value));
    }
    const protocolLike = { result: Array.from({ length: 1000 }, (_, i) => ({ rank: i + 1, id: `E${i}`, skipped: undefined })), seed: 's' };
    const parts = pieces(protocolLike);
    expect(parts.join('')).toBe(canonicalize(protocolLike));
    expect(parts.length).toBeGreaterThanOrEqual(4); // 1,000 rows in runs of 256
    expect(Math.max(...parts.map((p) => p.length))).toBeLessThan(256 * 40);
  });
});
