import canonicalize from 'canonicalize';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { randomValue } from '../tests/helpers/random-json';
import { canonicalJson, canonicalJsonPieces } from './canonical-json';

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
