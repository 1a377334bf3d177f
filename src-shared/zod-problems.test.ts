import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { validateInput } from './api/validate';
import { expertSchema } from './domain/expert';
import { bilingualIssue } from './scoring/problems';
import { zodProblems } from './zod-problems';

const messages = (schema: z.ZodType, input: unknown) =>
  Object.fromEntries(zodProblems(schema, input).map((p) => [p.path ?? '', p.message]));

const SCHEMA_WORDS = /期望|接收|无效输入|expected|received|invalid input|string|undefined|"/i;

describe('zodProblems: one human message per zod issue kind, with the field path', () => {
  const schema = z.object({
    name: z.string().trim().min(1).max(5),
    code: z.string().min(3),
    kind: z.enum(['university', 'hospital']),
    count: z.number().int().min(1).max(9),
    step: z.number().multipleOf(5),
    tags: z.array(z.string()).min(1).max(2),
    day: z.iso.date(),
    email: z.union([z.literal(''), z.email()]),
    flag: z.boolean(),
  });
  const valid = { name: 'a', code: 'abc', kind: 'hospital', count: 1, step: 5, tags: ['x'], day: '2026-01-31', email: '', flag: true };

  it('says a missing or blank value is required, whatever rule it broke', () => {
    const m = messages(schema, { ...valid, name: '   ', kind: undefined, day: '', count: null });
    expect(m.name).toEqual({ zh: '请填写此项', en: 'Please fill in this field' });
    expect(m.kind.zh).toBe('请填写此项');
    expect(m.day.zh).toBe('请填写此项');
    expect(m.count.zh).toBe('请填写此项');
  });

  it('names wrong type, not an option, too short/long, out of range and bad format in words', () => {
    const m = messages(schema, {
      ...valid,
      name: 'abcdefg',
      code: 'ab',
      kind: 'school',
      count: 1.5,
      step: 7,
      tags: [],
      day: '31/01/2026',
      email: 'nobody',
      flag: 'yes',
    });
    expect(m.name).toEqual({ zh: '最多填写 5 个字', en: 'Enter at most 5 characters' });
    expect(m.code).toEqual({ zh: '至少填写 3 个字', en: 'Enter at least 3 characters' });
    expect(m.kind).toEqual({ zh: '请从列表中选择', en: 'Choose one of the listed options' });
    expect(m.count.zh).toBe('请填写整数');
    expect(m.step.zh).toBe('必须是 5 的整数倍');
    expect(m.tags).toEqual({ zh: '请至少选择一项', en: 'Choose at least one' });
    expect(m.day.zh).toBe('请按“2026-01-31”的格式填写日期');
    expect(m.email.zh).toBe('请填写有效的电子邮箱地址');
    expect(m.flag.zh).toBe('请选择是或否');
    expect(messages(schema, { ...valid, count: 0 }).count).toEqual({ zh: '不能小于 1', en: 'Must be at least 1' });
    expect(messages(schema, { ...valid, count: 10 }).count).toEqual({ zh: '不能大于 9', en: 'Must be at most 9' });
    expect(messages(schema, { ...valid, count: 'x' }).count.zh).toBe('请填写数字');
    expect(messages(schema, { ...valid, tags: ['a', 'b', 'c'] }).tags.zh).toBe('最多选择 2 项');
  });

  it('never shows schema text: no "expected string", no option list, no English in Chinese', () => {
    for (const p of zodProblems(expertSchema, { unitType: 'farm', sectors: ['x'], email: 'no', panelYears: ['a'] })) {
      expect(p.path).toBeTruthy();
      expect(p.message.zh).not.toMatch(SCHEMA_WORDS);
      expect(p.message.zh).not.toMatch(/[A-Za-z]{3,}/);
    }
  });

  it("keeps a schema's own bilingual words: bilingualIssue params, or 中文 / English messages", () => {
    const own = z
      .object({ a: z.string(), id: z.string().regex(/^\d+$/, '只能填数字 / digits only') })
      .superRefine((_, ctx) => ctx.addIssue(bilingualIssue(['a'], '甲不对', 'a is wrong')));
    const m = messages(own, { a: 'x', id: 'x1' });
    expect(m.a).toEqual({ zh: '甲不对', en: 'a is wrong' });
    expect(m.id).toEqual({ zh: '只能填数字', en: 'digits only' });
    const englishOnly = messages(z.object({ n: z.number().refine(() => false, 'at most 1000 experts') }), { n: 1 });
    expect(englishOnly.n).toEqual({ zh: '填写的内容不正确，请检查', en: 'at most 1000 experts' });
  });
});

describe('validateInput: a refusal names no operation and points at the field', () => {
  it('screening.record with 不通过 and no reason', () => {
    const r = validateInput('screening.record', {
      nominationId: 'N1',
      manual: [],
      decision: { outcome: 'not-qualified', reason: '' },
      screener: '张三',
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.zh).not.toContain('screening.record');
    expect(r.error.message.en).not.toContain('screening.record');
    expect(r.error.details).toEqual([
      { path: 'decision.reason', message: { zh: '请填写此项', en: 'Please fill in this field' }, problem: { kind: 'required' } },
    ]);
  });
});
