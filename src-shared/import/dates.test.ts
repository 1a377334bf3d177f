import { describe, expect, test } from 'vitest';
import { excelSerialToIso, isoToExcelSerial, parseDate, parseYearOf } from './dates';

describe('parseDate accepts', () => {
  test.each<[string | number | Date, string]>([
    ['2019-03-05', '2019-03-05'],
    ['2019/3/5', '2019-03-05'],
    ['2019.3.5', '2019-03-05'],
    ['2019年3月5日', '2019-03-05'],
    ['2019 年 3 月 5 日', '2019-03-05'],
    ['2019年3月5号', '2019-03-05'],
    ['20190305', '2019-03-05'],
    ['２０１９－０３－０５', '2019-03-05'],
    ['２０１９年３月５日', '2019-03-05'],
    ['2019-03-05 00:00:00', '2019-03-05'],
    ['2019-03-05T08:30', '2019-03-05'],
    ['2020-02-29', '2020-02-29'],
    ['43529', '2019-03-05'],
    [43529, '2019-03-05'],
    [43529.75, '2019-03-05'],
    [1, '1900-01-01'],
    [59, '1900-02-28'],
    [61, '1900-03-01'],
    [new Date(Date.UTC(2019, 2, 5)), '2019-03-05'],
  ])('%j → %s', (input, expected) => {
    const r = parseDate(input);
    expect(r.ok && r.value).toBe(expected);
  });
});

describe('parseDate rejects with a reason', () => {
  test.each<[string | number | Date, RegExp]>([
    ['2019-02-30', /没有30日/],
    ['2019-02-29', /没有29日/],
    ['2019-13-01', /月份无效/],
    ['2019年3月', /缺少日/],
    ['2019-03', /缺少日/],
    ['201903', /缺少日/],
    ['2019', /缺少月和日/],
    ['2019年', /缺少月和日/],
    [2019, /缺少月和日/],
    [60, /1900年2月29日不存在/],
    [0, /Excel 日期序号/],
    [70000, /Excel 日期序号/],
    ['3/5/2019', /无法识别/],
    ['19-3-5', /无法识别/],
    ['去年春天', /无法识别/],
    ['', /为空/],
    ['1899-12-31', /年份超出范围/],
    [new Date(Number.NaN), /日期无效/],
  ])('%j', (input, reason) => {
    const r = parseDate(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.message.zh).toMatch(reason);
      expect(r.error.message.en.length).toBeGreaterThan(0);
    }
  });
});

test('serials and ISO dates convert both ways across the 1900 leap-year bug', () => {
  for (const iso of ['1900-01-01', '1900-02-28', '1900-03-01', '1970-01-01', '2019-03-05', '2064-04-08']) {
    const r = excelSerialToIso(isoToExcelSerial(iso));
    expect(r.ok && r.value).toBe(iso);
  }
  expect(isoToExcelSerial('2019-03-05')).toBe(43529);
});

describe('parseYearOf', () => {
  test.each<[string | number | Date, number]>([
    [1975, 1975],
    ['1975', 1975],
    ['1975年', 1975],
    ['1975-03', 1975],
    ['1975年3月', 1975],
    ['1975.03', 1975],
    ['197503', 1975],
    ['1975-03-08', 1975],
    ['１９７５年３月', 1975],
    [new Date(Date.UTC(1975, 2, 8)), 1975],
    [27461, 1975], // a date serial in 1975
  ])('%j → %i', (input, year) => {
    const r = parseYearOf(input);
    expect(r.ok && r.value).toBe(year);
  });
  test.each(['一九七五年', '1975-13', '75', ''])('%j is rejected', (input) => expect(parseYearOf(input).ok).toBe(false));
});
