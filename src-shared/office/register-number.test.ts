import { describe, expect, it } from 'vitest';
import { numberStudios, registerNumber } from './register-number';

describe('register numbers', () => {
  it('are the year, JKWWT and the place on the list, in two digits', () => {
    expect(registerNumber(2026, 1)).toBe('2026-JKWWT-01');
    expect(registerNumber(2026, 30)).toBe('2026-JKWWT-30');
    expect(registerNumber(2019, 112)).toBe('2019-JKWWT-112');
  });

  it('follow the published list: by sector (教育, 科技, 文化, 卫生, 体育), then session and its order, after the numbers the year already holds', () => {
    const studios = [
      { nominationId: 'H1', sector: 'health' as const, sessionId: 'S1', position: 1 },
      { nominationId: 'E2', sector: 'education' as const, sessionId: 'S2', position: 1 },
      { nominationId: 'E1', sector: 'education' as const, sessionId: 'S1', position: 3 },
      { nominationId: 'C1', sector: 'science' as const, sessionId: 'S1', position: 2 },
    ];
    expect(numberStudios(2026, studios, []).map((s) => [s.nominationId, s.registerNumber])).toEqual([
      ['E1', '2026-JKWWT-01'],
      ['E2', '2026-JKWWT-02'],
      ['C1', '2026-JKWWT-03'],
      ['H1', '2026-JKWWT-04'],
    ]);
    expect(numberStudios(2026, studios, [1, 2, 7]).map((s) => s.seq)).toEqual([8, 9, 10, 11]);
    // The same studios in another order get the same numbers.
    expect(numberStudios(2026, [...studios].reverse(), [])).toEqual(numberStudios(2026, studios, []));
  });
});
