import { describe, expect, it } from 'vitest';
import { formatFen, parseYuan } from './ledger-money';

const fen = (text: string) => {
  const r = parseYuan(text);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};

describe('money in fen', () => {
  it.each([
    ['30000', 3_000_000],
    ['30,000.00', 3_000_000],
    ['1234.5', 123_450],
    ['1234.50', 123_450],
    ['0.01', 1],
    ['  ￥1,234.56 ', 123_456],
    ['¥ 88', 8_800],
    ['500元', 50_000],
    ['３００００', 3_000_000],
    ['007.10', 710],
  ])('reads %j as %d fen', (text, expected) => {
    expect(fen(text)).toBe(expected);
  });

  it('adds amounts exactly: 0.1 + 0.2 yuan is 0.30, where floats give 0.30000000000000004', () => {
    expect(0.1 + 0.2).not.toBe(0.3);
    expect(formatFen(fen('0.1') + fen('0.2'))).toBe('0.30');
    // 1,000 expenses of 0.10 yuan: exactly 100.00 yuan.
    let total = 0;
    for (let i = 0; i < 1000; i++) total += fen('0.10');
    expect(formatFen(total)).toBe('100.00');
    expect(fen('19.99') * 3).toBe(5997);
  });

  it.each([
    ['12.345', 'amount-decimals'],
    ['0.001', 'amount-decimals'],
    ['1,2345', 'amount-invalid'],
    ['12,34.00', 'amount-invalid'],
    ['-5', 'amount-invalid'],
    ['1e3', 'amount-invalid'],
    ['abc', 'amount-invalid'],
    ['', 'amount-missing'],
    ['0', 'amount-zero'],
    ['0.00', 'amount-zero'],
    ['3万', 'amount-unit'],
    ['123456789', 'amount-too-large'],
  ])('refuses %j (%s)', (text, code) => {
    const r = parseYuan(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.zh).toMatch(/金额|请填写|有效/);
    }
  });

  it('prints fen as yuan with thousands separators and two decimals', () => {
    expect(formatFen(3_000_000)).toBe('30,000.00');
    expect(formatFen(123_450)).toBe('1,234.50');
    expect(formatFen(5)).toBe('0.05');
    expect(formatFen(0)).toBe('0.00');
    expect(formatFen(-123_456_789)).toBe('-1,234,567.89');
    expect(() => formatFen(1.5)).toThrow();
  });
});
