import { describe, expect, it } from 'vitest';
import type { ScreeningOutcome } from './outcome';
import { ANNUAL_CAP, capWarning, summarizeByYear } from './summary';

const rows = (year: number, outcome: ScreeningOutcome, n: number) => Array.from({ length: n }, () => ({ year, outcome }));

describe('summary', () => {
  it.each([
    [0, false],
    [30, false], // 不超过30个: 30 can all be published
    [31, true],
    [45, true],
  ])('capWarning(%i) warns: %s', (count, warns) => {
    const w = capWarning(count);
    expect(w !== undefined).toBe(warns);
    if (w) {
      expect(w.zh).toContain(`合格${count}个`);
      expect(w.zh).toContain('第二条');
      expect(w.en).toContain(`${count} nominations qualified`);
    }
  });

  it('counts outcomes per year, oldest first, and warns only the year over the cap', () => {
    const summary = summarizeByYear([
      ...rows(2026, 'qualified', ANNUAL_CAP + 1),
      ...rows(2025, 'qualified', 20),
      ...rows(2026, 'not-qualified', 5),
      ...rows(2025, 'needs-judgement', 2),
    ]);
    expect(summary).toEqual([
      { year: 2025, total: 22, counts: { qualified: 20, 'not-qualified': 0, 'needs-judgement': 2 } },
      {
        year: 2026,
        total: 36,
        counts: { qualified: 31, 'not-qualified': 5, 'needs-judgement': 0 },
        capWarning: capWarning(31),
      },
    ]);
  });

  it('is empty for no rows', () => {
    expect(summarizeByYear([])).toEqual([]);
  });
});
