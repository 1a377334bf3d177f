import { describe, expect, test } from 'vitest';
import { witness } from '../../src-main/testing/draw-fixtures';
import { validateWitnesses } from './witnesses';

const three = [witness('甲', '0000000001'), witness('乙', '1234567890'), witness('丙', '5555555555')];

describe('witnesses', () => {
  test('digits stay strings, leading zeros included; surrounding spaces are trimmed', () => {
    const r = validateWitnesses([{ name: ' 甲 ', first: ' 0000000001', second: '0000000001 ' }, ...three.slice(1)]);
    expect(r).toEqual({
      ok: true,
      value: [
        { name: '甲', digits: '0000000001' },
        { name: '乙', digits: '1234567890' },
        { name: '丙', digits: '5555555555' },
      ],
    });
  });

  test.each([
    ['too-few-witnesses', three.slice(0, 2)],
    ['witness-mismatch', [{ name: '甲', first: '0123456789', second: '0123456780' }, ...three.slice(1)]],
    ['witness-not-digits', [witness('甲', '01234567a9'), ...three.slice(1)]],
    ['witness-not-digits', [witness('甲', '０１２３４５６７８９'), ...three.slice(1)]],
    ['witness-too-short', [witness('甲', '012345678'), ...three.slice(1)]],
    ['witness-duplicate-name', [...three, witness('甲', '9999999999')]],
    ['witness-bad-name', [witness('甲=1', '0123456789'), ...three.slice(1)]],
    ['witness-bad-name', [witness('甲|乙', '0123456789'), ...three.slice(1)]],
    ['witness-bad-name', [witness(' ', '0123456789'), ...three.slice(1)]],
  ])('%s', (code, entries) => {
    expect(validateWitnesses(entries)).toMatchObject({ ok: false, error: { code } });
  });

  test('every problem is listed, with its witness', () => {
    const r = validateWitnesses([witness('甲', 'abc'), { name: '乙', first: '1234567890', second: '1' }, witness('丙', '1')]);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('witness-not-digits');
    expect(r.error.details?.map((d) => d.path)).toEqual(['witnesses[0]', 'witnesses[1]', 'witnesses[2]']);
  });
});
