import { describe, expect, it } from 'vitest';
import { CHECK_ARTICLES, CHECK_IDS } from './check-result';
import { automaticChecks, leaderTitleCheck, sectorCheck } from './checks';
import { REFERENCE_DATE, TEST_TITLES, checksOf, factsFor, nomination } from '../../src-main/testing/screening-fixtures';

const titleCheck = (title: string) => leaderTitleCheck(title, TEST_TITLES.resolve(title));

const check = (id: string, overrides: Parameters<typeof checksOf>[0]) => {
  const found = checksOf(overrides).find((c) => c.id === id);
  if (!found) throw new Error(`no check ${id}`);
  return found;
};

describe('automaticChecks', () => {
  it('returns every check once, in sheet order, with its article and both languages', () => {
    const results = automaticChecks(nomination(), REFERENCE_DATE, factsFor(nomination()));
    expect(results.map((r) => r.id)).toEqual([...CHECK_IDS]);
    for (const r of results) {
      expect(r.article).toBe(CHECK_ARTICLES[r.id]);
      expect(r.outcome, r.id).toBe('pass');
      expect(r.message.zh.length, r.id).toBeGreaterThan(5);
      expect(r.message.en.length, r.id).toBeGreaterThan(5);
    }
  });

  it('is pure: same input, same output', () => {
    const n = nomination();
    expect(automaticChecks(n, REFERENCE_DATE, factsFor(n))).toEqual(automaticChecks(n, REFERENCE_DATE, factsFor(n)));
  });
});

describe('leader-title (Art. 4.1)', () => {
  it.each([
    ['主任医师', 'pass', 'title-associate-senior-or-above'], // 正高级
    ['教授', 'pass', 'title-associate-senior-or-above'],
    ['副主任医师', 'pass', 'title-associate-senior-or-above'], // 副高级: the floor
    ['高级工程师', 'pass', 'title-associate-senior-or-above'],
    ['主治医师', 'fail', 'title-below-associate-senior'], // 中级: just below
    ['讲师', 'fail', 'title-below-associate-senior'],
    ['首席专家', 'review', 'title-unknown'], // not in the dictionary
    ['高级技师', 'review', 'title-skill-grade'], // a skill grade, not a title: a reviewer rules
    ['教授级高级工程师', 'pass', 'title-associate-senior-or-above'], // the old name of 正高级工程师
  ] as const)('%s → %s', (title, outcome, reason) => {
    const r = titleCheck(title);
    expect(r).toMatchObject({ id: 'leader-title', article: '4.1', outcome, reason });
    expect(r.message.zh).toContain(title);
  });

  it('says the rank it found', () => {
    expect(titleCheck('副主任医师').message.zh).toContain('副高级');
    expect(titleCheck('主治医师').message.zh).toContain('中级');
    expect(titleCheck('主治医师').message.en).toContain('intermediate');
  });
});

describe('not-existing-unit (Art. 5)', () => {
  it.each([
    [false, 'pass', 'not-existing-rnd-or-team'],
    [true, 'fail', 'existing-rnd-or-team'],
  ] as const)('isExistingRndOrTeam %s → %s', (flag, outcome, reason) => {
    expect(check('not-existing-unit', { isExistingRndOrTeam: flag })).toMatchObject({ article: '5', outcome, reason });
  });
});

describe('recommending-unit (Art. 5, 一般: the register decides, never a fail)', () => {
  it.each([
    // The kind follows from the office's register, matched by name whatever the form says.
    ['郑州市教科文卫体工会', 'other', 'pass', 'recommending-unit-eligible', '省辖市'],
    ['郑州 教科文卫体工会', null, 'pass', 'recommending-unit-eligible', '郑州市教科文卫体工会'], // an alias, with a space
    ['济源市教科文卫体工会', null, 'pass', 'recommending-unit-eligible', '济源示范区'], // the former name
    ['河南省人民医院工会', 'member-unit', 'pass', 'recommending-unit-eligible', '直属基层工会'],
    // Not in the register: a reviewer judges, whatever kind the form claims.
    ['某某学会', 'other', 'review', 'recommending-unit-unregistered', '某某学会'],
    ['某某学会', 'member-unit', 'review', 'recommending-unit-unregistered', '委员单位'],
    ['某某学会', null, 'review', 'recommending-unit-unregistered', '一般'],
  ] as const)('%s (form: %s) → %s', (name, kind, outcome, reason, words) => {
    const r = check('recommending-unit', { recommendingUnitKind: kind, recommendingUnit: name });
    expect(r).toMatchObject({ article: '5', outcome, reason });
    expect(r.message.zh).toContain(words);
  });
});

describe('sector (Art. 4.6)', () => {
  it.each(['education', 'science', 'culture', 'health', 'sports'] as const)('%s passes', (sector) => {
    expect(check('sector', { sector })).toMatchObject({ article: '4.6', outcome: 'pass', reason: 'sector-listed' });
  });

  it('fails a sector that bypassed the schema', () => {
    expect(sectorCheck('finance')).toMatchObject({ outcome: 'fail', reason: 'sector-not-listed' });
  });
});

describe('origin (Art. 4.6, 一般应: a flag, never a fail)', () => {
  it.each([
    ['provincial-enterprise', 'pass', 'origin-listed'],
    ['municipal-industry', 'pass', 'origin-listed'],
    ['other', 'review', 'origin-other'],
    [null, 'review', 'origin-unstated'], // a recommender's form without the category
  ] as const)('%s → %s', (category, outcome, reason) => {
    expect(check('origin', { workUnitCategory: category })).toMatchObject({ article: '4.6', outcome, reason });
  });
});
