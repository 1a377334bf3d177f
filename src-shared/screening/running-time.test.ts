import { describe, expect, it } from 'vitest';
import { runningTimeCheck } from './running-time';

describe('running-time (Art. 4.2)', () => {
  it.each([
    // founded, reference, outcome, reason
    ['2023-06-30', '2026-06-30', 'pass', 'running-3-years-or-more'], // exactly 3 years: 以上 includes it
    ['2023-07-01', '2026-06-30', 'fail', 'running-under-3-years'], // one day short
    ['2010-01-01', '2026-06-30', 'pass', 'running-3-years-or-more'],
    ['2026-06-30', '2026-06-30', 'fail', 'running-under-3-years'], // founded on the day: 0 years
    ['2026-07-01', '2026-06-30', 'fail', 'founded-after-reference-date'],
    // Feb 29: the 3-year day of 2020-02-29 is 2023-02-28 (see calendar.ts).
    ['2020-02-29', '2023-02-28', 'pass', 'running-3-years-or-more'],
    ['2020-02-29', '2023-02-27', 'fail', 'running-under-3-years'],
    ['2020-03-01', '2023-02-28', 'fail', 'running-under-3-years'],
    // Reference date on Feb 29: 2021-02-28 + 3 = 2024-02-28, already reached.
    ['2021-02-28', '2024-02-29', 'pass', 'running-3-years-or-more'],
    ['2021-03-01', '2024-02-29', 'fail', 'running-under-3-years'],
  ] as const)('founded %s, reference %s → %s (%s)', (founded, reference, outcome, reason) => {
    const r = runningTimeCheck(founded, reference);
    expect(r).toMatchObject({ id: 'running-time', article: '4.2', outcome, reason });
  });

  it('names the founding date, the years run and the 3-year day', () => {
    const pass = runningTimeCheck('2023-06-30', '2026-06-30');
    expect(pass.message.zh).toContain('2023-06-30');
    expect(pass.message.zh).toContain('已运行满3年');
    expect(pass.message.en).toContain('3 full years');
    const fail = runningTimeCheck('2023-07-01', '2026-06-30');
    expect(fail.message.zh).toContain('仅运行满2年');
    expect(fail.message.zh).toContain('2026-07-01');
    expect(fail.message.en).toContain('reached on 2026-07-01');
  });

  it('sends an unreadable founding date to a screener, and throws on a bad reference date (a bug)', () => {
    expect(runningTimeCheck('2023-02-29', '2026-06-30')).toMatchObject({
      outcome: 'review',
      reason: 'founded-date-invalid',
    });
    expect(() => runningTimeCheck('2020-01-01', '2026-02-30')).toThrow(RangeError);
  });
});
