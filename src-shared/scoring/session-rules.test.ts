import { describe, expect, test } from 'vitest';
import { DEFAULT_RUBRIC } from './rubric';
import { defaultSessionRules, parseSessionRules, rulesHash, sessionRulesSchema } from './session-rules';
import { TEST_RUBRIC } from '../../src-main/testing/scoring-fixtures';

const base = { sessionId: 'S-2025', year: 2025, nominationIds: ['N1', 'N2'], rubric: TEST_RUBRIC };

describe('session rules', () => {
  test('defaults are filled in', () => {
    const r = parseSessionRules(base);
    expect(r).toEqual({
      ok: true,
      value: {
        ...base,
        method: 'trimmed-mean',
        trimThreshold: 5,
        tieBreak: ['median', 'criterion:innovation-results', 'panel-vote'],
        cut: 30,
        minExperts: 3,
        outlierThreshold: 15,
      },
    });
  });

  test('without an innovation-results criterion the default tie-break skips it', () => {
    const rubric = { criteria: [TEST_RUBRIC.criteria[1]] };
    const r = parseSessionRules({ ...base, rubric });
    expect(r.ok && r.value.tieBreak).toEqual(['median', 'panel-vote']);
  });

  test('defaultSessionRules uses the Art. 4 rubric and parses back to itself', () => {
    const rules = defaultSessionRules({ sessionId: 'S', year: 2025, nominationIds: ['A', 'B'] });
    expect(rules.rubric).toBe(DEFAULT_RUBRIC);
    expect(rules.cut).toBe(30);
    expect(rules.tieBreak).toEqual(['median', 'criterion:innovation-results', 'panel-vote']);
    const parsed = parseSessionRules(rules);
    expect(parsed).toEqual({ ok: true, value: rules });
    expect(parsed.ok && rulesHash(parsed.value)).toBe(rulesHash(rules));
  });

  test('the hash does not depend on key order (RFC 8785), but does on every value', () => {
    const a = parseSessionRules({ ...base, cut: 10, method: 'mean' });
    if (!a.ok) throw new Error('fixture');
    // Same rules with every object's keys written in reverse order, at every depth.
    const reverseKeys = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(reverseKeys)
        : v && typeof v === 'object'
          ? Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reverseKeys(x)]))
          : v;
    const b = reverseKeys(a.value) as typeof a.value;
    expect(JSON.stringify(b)).not.toBe(JSON.stringify(a.value));
    expect(rulesHash(a.value)).toMatch(/^[0-9a-f]{64}$/);
    expect(rulesHash(b)).toBe(rulesHash(a.value));
    expect(rulesHash({ ...a.value, cut: 11 })).not.toBe(rulesHash(a.value));
    expect(rulesHash({ ...a.value, nominationIds: ['N2', 'N1'] })).not.toBe(rulesHash(a.value));
  });

  test.each([
    ['no nominations', { nominationIds: [] }, 'nominationIds'],
    ['duplicate nomination', { nominationIds: ['N1', 'N1'] }, 'nominationIds.1'],
    ['blank nomination id', { nominationIds: ['  '] }, 'nominationIds.0'],
    ['cut 0', { cut: 0 }, 'cut'],
    ['cut 31 (Art. 2: at most 30)', { cut: 31 }, 'cut'],
    ['fractional cut', { cut: 2.5 }, 'cut'],
    ['unknown method', { method: 'best-of' }, 'method'],
    ['trimThreshold 2', { trimThreshold: 2 }, 'trimThreshold'],
    ['minExperts 0', { minExperts: 0 }, 'minExperts'],
    ['outlierThreshold 0', { outlierThreshold: 0 }, 'outlierThreshold'],
    ['panel-vote not last', { tieBreak: ['panel-vote', 'median'] }, 'tieBreak.0'],
    ['unknown criterion', { tieBreak: ['criterion:beauty'] }, 'tieBreak.0'],
    ['garbage tie-break', { tieBreak: ['coin-toss'] }, 'tieBreak.0'],
    ['duplicate tie-break', { tieBreak: ['median', 'median'] }, 'tieBreak.1'],
    ['unknown field', { cutt: 3 }, ''],
  ])('%s → rules-invalid at %s', (_, over, path) => {
    const r = parseSessionRules({ ...base, ...over });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('rules-invalid');
    expect(r.error.details?.map((d) => d.path ?? '')).toContain(path);
  });

  test('cross-field refusals are bilingual, also through the bare schema', () => {
    const input = { ...base, tieBreak: ['panel-vote', 'median'] };
    const r = parseSessionRules(input);
    expect(r.ok ? null : r.error.details).toEqual([
      { path: 'tieBreak.0', message: { zh: '专家组表决只能作为最后一条并列处理规则', en: 'panel-vote must be the last tie-break' } },
    ]);
    const bare = sessionRulesSchema.safeParse(input);
    expect(bare.success ? '' : bare.error.issues[0].message).toBe(
      '专家组表决只能作为最后一条并列处理规则 / panel-vote must be the last tie-break',
    );
  });

  test('a tie-break list without panel-vote, or only a criterion, is allowed', () => {
    expect(parseSessionRules({ ...base, tieBreak: ['criterion:team'] }).ok).toBe(true);
    expect(parseSessionRules({ ...base, tieBreak: [] }).ok).toBe(true);
  });

  test('not an object → error, never a throw', () => {
    expect(parseSessionRules(undefined).ok).toBe(false);
    expect(parseSessionRules([]).ok).toBe(false);
  });
});
