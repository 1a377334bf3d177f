import { describe, expect, test } from 'vitest';
import { MAX_CUT } from './session-rules';
import { checkYearCap, YEAR_CAP, yearCapacity, yearCapMessage, type YearCapRecord } from './year-cap';

const signed = (sessionId: string, proposed: number, year = 2026): YearCapRecord => ({ kind: 'session', sessionId, year, phase: 'signed', cut: 30, proposed });
const open = (sessionId: string, phase: string, cut: number, year = 2026): YearCapRecord => ({ kind: 'session', sessionId, year, phase, cut });
const bundle = (sessionId: string, proposed: number, year = 2026): YearCapRecord => ({ kind: 'bundle', sessionId, year, proposed });

describe('year cap (Art. 2 over the whole year)', () => {
  test('the cap is 30 and no single cut may exceed it', () => {
    expect(YEAR_CAP).toBe(30);
    expect(MAX_CUT).toBe(YEAR_CAP);
  });

  test('an empty year leaves the whole cap', () => {
    expect(yearCapacity({ year: 2026, records: [] })).toEqual({ year: 2026, cap: 30, used: 0, proposed: 0, reserved: 0, remaining: 30, counted: [] });
  });

  test('a signed session counts by its proposed list: 24 proposed leaves 6', () => {
    const c = yearCapacity({ year: 2026, sessionId: 'B', records: [signed('A', 24), open('B', 'draft', 30)] });
    expect(c).toMatchObject({ used: 24, proposed: 24, reserved: 0, remaining: 6 });
    expect(checkYearCap(c, 6)).toEqual({ ok: true, value: undefined });
    const refused = checkYearCap(c, 10);
    expect(refused).toMatchObject({ ok: false, error: { code: 'year-cap-exceeded' } });
    if (refused.ok) return;
    expect(refused.error.message.zh).toBe('本年度（2026）已有其他评审会建议 24 个，全年上限 30 个（第二条：每年发布不超过30个），本次评审会最多还可建议 6 个（本次为 10 个）。');
    expect(refused.error.message.en).toBe("Other review sessions of 2026 have already proposed 24; the year's cap is 30 (Art. 2: at most 30 a year), so this session may propose at most 6 (this session asks for 10).");
    expect(refused.error.details).toEqual([{ path: 'A', message: { zh: '已签字，建议名单 24 个', en: 'signed off, proposed list of 24' } }]);
  });

  test('a signed list shorter than its cut counts by the list, not the cut', () => {
    expect(yearCapacity({ year: 2026, records: [{ kind: 'session', sessionId: 'A', year: 2026, phase: 'signed', cut: 30, proposed: 12 }] }).remaining).toBe(18);
  });

  test('a signed session whose list size is unknown counts by its cut', () => {
    expect(yearCapacity({ year: 2026, records: [{ kind: 'session', sessionId: 'A', year: 2026, phase: 'signed', cut: 20 }] }).used).toBe(20);
  });

  test('frozen sessions not yet signed off reserve their cut; drafts and other phases count nothing', () => {
    const c = yearCapacity({ year: 2026, records: [open('S', 'scoring', 10), open('D', 'discussion', 5), open('R', 'draft', 30), open('X', 'aborted', 30)] });
    expect(c).toMatchObject({ used: 15, proposed: 0, reserved: 15, remaining: 15 });
    expect(c.counted.map((x) => [x.sessionId, x.basis, x.count])).toEqual([
      ['D', 'reserved', 5],
      ['S', 'reserved', 10],
    ]);
    expect(yearCapMessage(c, 16)?.zh).toBe(
      '本年度（2026）已有 2 个规则已冻结、尚未签字的评审会预留 15 个，全年上限 30 个（第二条：每年发布不超过30个），本次评审会最多还可建议 15 个（本次为 16 个）。',
    );
    expect(yearCapMessage(c, 16)?.en).toBe(
      "In 2026, 2 sessions with frozen rules, not yet signed off, reserve 15; the year's cap is 30 (Art. 2: at most 30 a year), so this session may propose at most 15 (this session asks for 16).",
    );
    const mixed = yearCapacity({ year: 2026, records: [signed('A', 20), open('S', 'scoring', 6)] });
    expect(yearCapMessage(mixed, 5)?.zh).toBe(
      '本年度（2026）已有其他评审会建议 20 个，另有 1 个规则已冻结、尚未签字的评审会预留 6 个，全年上限 30 个（第二条：每年发布不超过30个），本次评审会最多还可建议 4 个（本次为 5 个）。',
    );
    expect(yearCapMessage(mixed, 5)?.en).toContain('proposed 20, and 1 session with frozen rules, not yet signed off, reserves 6;');
  });

  test('another year is not counted', () => {
    const c = yearCapacity({ year: 2027, records: [signed('A', 24, 2026), bundle('Z', 30, 2026), signed('C', 4, 2027)] });
    expect(c).toMatchObject({ year: 2027, used: 4, remaining: 26 });
  });

  test('imported bundles count, and a session both run here and taken in as a bundle counts once', () => {
    const c = yearCapacity({ year: 2026, records: [signed('A', 24), bundle('A', 24), bundle('B', 4)] });
    expect(c).toMatchObject({ used: 28, remaining: 2 });
    expect(c.counted.map((x) => [x.sessionId, x.source, x.count])).toEqual([
      ['A', 'session', 24],
      ['B', 'bundle', 4],
    ]);
  });

  test("a bundle's signed list replaces the reservation of the same session", () => {
    const c = yearCapacity({ year: 2026, records: [open('A', 'discussion', 30), bundle('A', 20)] });
    expect(c).toMatchObject({ used: 20, proposed: 20, reserved: 0, remaining: 10 });
  });

  test('the session being checked is never counted against itself, neither its record nor its bundle', () => {
    const c = yearCapacity({ year: 2026, sessionId: 'A', records: [open('A', 'scoring', 30), bundle('A', 30), signed('B', 5)] });
    expect(c).toMatchObject({ used: 5, remaining: 25 });
  });

  test('a full year leaves nothing, and says so', () => {
    const c = yearCapacity({ year: 2026, records: [signed('A', 24), bundle('B', 10)] });
    expect(c).toMatchObject({ used: 34, remaining: 0 });
    const m = yearCapMessage(c, 1)!;
    expect(m.zh).toContain('本年度名额已满，本次评审会不能再建议');
    expect(m.en).toContain('the year is full and this session may propose none');
  });

  test('exactly what is left is accepted; a custom cap is honoured', () => {
    const c = yearCapacity({ year: 2026, records: [signed('A', 24)] });
    expect(yearCapMessage(c, 6)).toBeUndefined();
    expect(yearCapMessage(c, 7)).toBeDefined();
    expect(yearCapacity({ year: 2026, cap: 40, records: [signed('A', 24)] }).remaining).toBe(16);
  });
});
