import { describe, expect, it } from 'vitest';
import { compareUtf8 } from './hash';

describe('compareUtf8', () => {
  // Astral characters (surrogate pairs in UTF-16) are where JS string order and UTF-8 byte order part.
  const pieces = ['', 'a', 'Z', '0', 'ab', '中', 'é', '\u007f', '\u0080', '\ue000', '\uffff', '😀', '𠀀'];
  it('agrees with UTF-8 byte order on every pair of mixed BMP and astral strings', () => {
    for (const x of pieces) for (const y of pieces) for (const z of pieces) {
      const a = x + z;
      const b = y + x;
      expect([a, b, Math.sign(compareUtf8(a, b))]).toEqual([a, b, Math.sign(Buffer.compare(Buffer.from(a), Buffer.from(b)))]);
    }
  });
});
