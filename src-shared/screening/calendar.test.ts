import { describe, expect, it } from 'vitest';
import { addYears, completedYears, formatIsoDate, parseIsoDate } from './calendar';

const d = (s: string) => {
  const parsed = parseIsoDate(s);
  if (!parsed) throw new Error(`bad date in test: ${s}`);
  return parsed;
};

describe('calendar', () => {
  it.each([
    ['2026-06-30', true],
    ['2024-02-29', true],
    ['2023-02-29', false], // not a leap year
    ['1900-02-29', false], // century, not leap
    ['2000-02-29', true], // 400-year rule
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-6-30', false],
    ['', false],
  ])('parseIsoDate(%s) is valid: %s', (text, valid) => {
    expect(parseIsoDate(text) !== undefined).toBe(valid);
  });

  it.each([
    ['2023-06-30', 3, '2026-06-30'],
    ['2020-02-29', 3, '2023-02-28'], // no Feb 29 in 2023: last day of February (Civil Code Art. 202)
    ['2020-02-29', 4, '2024-02-29'],
    ['2021-02-28', 3, '2024-02-28'],
    ['2019-12-31', 3, '2022-12-31'],
  ])('%s + %i years = %s', (from, years, expected) => {
    expect(formatIsoDate(addYears(d(from), years))).toBe(expected);
  });

  it.each([
    ['2023-06-30', '2026-06-30', 3],
    ['2023-07-01', '2026-06-30', 2],
    ['2020-02-29', '2023-02-28', 3],
    ['2020-02-29', '2023-02-27', 2],
    ['2026-06-30', '2026-06-30', 0],
    ['2026-07-01', '2026-06-30', 0], // after the reference date: no years, not negative
  ])('completedYears(%s, %s) = %i', (from, to, years) => {
    expect(completedYears(d(from), d(to))).toBe(years);
  });
});
