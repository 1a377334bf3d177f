import { describe, expect, test } from 'vitest';
import { rfc3797Digest, rfc3797Key, rfc3797Select } from './rfc3797';

const RFC_SOURCES = ['9319', [2, 5, 12, 8, 10], [9, 18, 26, 34, 41, 45]];
const RFC_KEY = '9319./2.5.8.10.12./9.18.26.34.41.45./';

describe('RFC 3797', () => {
  test('key of the RFC §6 example', () => {
    expect(rfc3797Key(RFC_SOURCES)).toEqual({ ok: true, value: RFC_KEY });
  });

  test('digests of the RFC §6 example', () => {
    expect(rfc3797Digest(RFC_KEY, 0)).toBe('990dd0a5692a029a98b5e01aa28f3459');
    expect(rfc3797Digest(RFC_KEY, 1)).toBe('3691e55cb63fcc37914430b2f70b5ec6');
    expect(rfc3797Digest(RFC_KEY, 2)).toBe('fe814edf564c190ac1d25753979990fa');
  });

  test('pool 25, select 11 → 17, 7, 2, 16, 25, 23, 8, 24, 19, 13, 22', () => {
    const r = rfc3797Select(RFC_KEY, 25, 11);
    expect(r.ok && r.value.map((s) => s.selected)).toEqual([17, 7, 2, 16, 25, 23, 8, 24, 19, 13, 22]);
    expect(r.ok && r.value.map((s) => s.remaining)).toEqual([25, 24, 23, 22, 21, 20, 19, 18, 17, 16, 15]);
  });

  test('fractions keep the point as decimal point; integers end with a period; leading/trailing zeros go', () => {
    expect(rfc3797Key([1.25, [5, 3], 8])).toEqual({ ok: true, value: '1.25/3.5./8./' });
    // Sorted numerically: 7 < 10.05 < 10.5. The RFC writes a fraction without a terminating period, so fractions
    // run together; integer sources avoid that (docs/draw-spec.md §10).
    expect(rfc3797Key([['0010.500', '07', '10.05']])).toEqual({ ok: true, value: '7.10.0510.5/' });
    expect(rfc3797Key(['0', '3.000'])).toEqual({ ok: true, value: '0./3./' });
  });

  test('bad inputs are errors, not exceptions', () => {
    expect(rfc3797Key([]).ok).toBe(false);
    expect(rfc3797Key(['-3'])).toMatchObject({ ok: false, error: { code: 'rfc3797-bad-value' } });
    expect(rfc3797Key([[1, 'x']])).toMatchObject({ ok: false, error: { code: 'rfc3797-bad-value' } });
    expect(rfc3797Key([1e21])).toMatchObject({ ok: false, error: { code: 'rfc3797-bad-value' } });
    expect(rfc3797Select(RFC_KEY, 5, 6)).toMatchObject({ ok: false, error: { code: 'rfc3797-bad-size' } });
  });
});
