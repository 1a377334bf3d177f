import { describe, expect, test } from 'vitest';
import { checkScore, DEFAULT_RUBRIC, maxTotal, parseRubric, RUBRIC_AUTHORITY, totalOf, wholeSteps, type Criterion } from './rubric';

const twenty: Criterion = {
  id: 'leader-role',
  zh: '领衔人作用',
  en: "Leader's role",
  descriptors: { zh: '高分', en: 'high' },
  maxPoints: 20,
  step: 0.5,
  weight: 1,
};

const criterion = (over: Partial<Criterion> & Record<string, unknown>) => ({ ...twenty, ...over });

describe('default rubric (Art. 4)', () => {
  test('is valid, worth 100 points in steps of 0.5, weight 1', () => {
    expect(parseRubric(DEFAULT_RUBRIC)).toEqual({ ok: true, value: DEFAULT_RUBRIC });
    expect(maxTotal(DEFAULT_RUBRIC)).toBe(100);
    expect(DEFAULT_RUBRIC.criteria.map((c) => [c.id, c.zh, c.maxPoints, c.step, c.weight])).toEqual([
      ['leader-role', '领衔人作用', 20, 0.5, 1],
      ['team-operation', '团队建设与运行管理', 20, 0.5, 1],
      ['innovation-results', '创新成果', 25, 0.5, 1],
      ['economic-social-benefit', '经济社会效益', 20, 0.5, 1],
      ['skills-passing-on', '传承技能与带动作用', 15, 0.5, 1],
    ]);
  });

  test('every criterion cites the article only as the source of its content, at the end, never next to the points', () => {
    for (const c of DEFAULT_RUBRIC.criteria) {
      expect(c.descriptors.zh).toMatch(/^高分：/);
      expect(c.descriptors.zh).toMatch(/。内容依据：第四条[^。]*。$/);
      expect(c.descriptors.en).toMatch(/^High: /);
      expect(c.descriptors.en).toMatch(/\. Content source: Art\. 4.*\.$/);
      // The article sits in the source line alone: no bare (第…条) / (Art. …) tag the points could be read against.
      expect(c.descriptors.zh).not.toMatch(/（第[一二三四五六七八九十]+条/);
      expect(c.descriptors.en).not.toMatch(/\(Art\./);
    }
  });

  test("says the rubric is the office's own", () => {
    expect(RUBRIC_AUTHORITY.zh).toBe('本评分细则由省教科文卫体工会评审办公室制定');
    expect(RUBRIC_AUTHORITY.en).toBe('This scoring rubric is set by the review office of the provincial education, science, culture, health and sports trade union');
  });
});

describe('checkScore (max 20, step 0.5)', () => {
  test.each([
    [17.5, true, null],
    [0, true, null],
    [20, true, null],
    [0.5, true, null],
    [17.3, false, 'score-off-step'],
    [17.25, false, 'score-off-step'],
    [20.5, false, 'score-out-of-range'],
    [-1, false, 'score-out-of-range'],
    [-0.5, false, 'score-out-of-range'],
    [Number.NaN, false, 'score-not-number'],
    [Number.POSITIVE_INFINITY, false, 'score-not-number'],
  ])('%s → ok %s (%s)', (value, okay, code) => {
    const r = checkScore(twenty, value);
    expect(r.ok).toBe(okay);
    if (!r.ok) {
      expect(r.error.code).toBe(code);
      expect(r.error.message.zh).toContain('领衔人作用');
      expect(r.error.message.en).toContain("Leader's role");
    }
  });

  test('steps of 0.1 are checked without float noise (0.3 / 0.1 = 2.9999…)', () => {
    const tenth = criterion({ maxPoints: 1, step: 0.1 });
    expect(checkScore(tenth, 0.3).ok).toBe(true);
    expect(checkScore(tenth, 0.7).ok).toBe(true);
    expect(checkScore(tenth, 0.35).ok).toBe(false);
    expect(wholeSteps(0.3, 0.1)).toBe(3);
  });
});

describe('rubric schema', () => {
  test.each([
    ['duplicate ids', { criteria: [twenty, twenty] }, 'criteria.1.id'],
    ['step does not divide max (20 / 0.3)', { criteria: [criterion({ step: 0.3 })] }, 'criteria.0.step'],
    ['max 0', { criteria: [criterion({ maxPoints: 0 })] }, 'criteria.0.maxPoints'],
    ['step 0', { criteria: [criterion({ step: 0 })] }, 'criteria.0.step'],
    ['weight 0', { criteria: [criterion({ weight: 0 })] }, 'criteria.0.weight'],
    ['negative weight', { criteria: [criterion({ weight: -1 })] }, 'criteria.0.weight'],
    ['no criteria', { criteria: [] }, 'criteria'],
    ['id with a colon', { criteria: [criterion({ id: 'a:b' })] }, 'criteria.0.id'],
    ['unknown field', { criteria: [criterion({ points: 3 })] }, 'criteria.0'],
  ])('%s → rubric-invalid at %s', (_, input, path) => {
    const r = parseRubric(input);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('rubric-invalid');
    expect(r.error.details?.map((d) => d.path)).toContain(path);
  });

  test('our own checks read in both languages', () => {
    const r = parseRubric({ criteria: [twenty, twenty] });
    expect(r.ok ? null : r.error.details).toEqual([
      { path: 'criteria.1.id', message: { zh: '评分项编号重复：leader-role', en: 'duplicate criterion id: leader-role' } },
    ]);
  });

  test('weight defaults to 1', () => {
    const { weight: _, ...noWeight } = twenty;
    const r = parseRubric({ criteria: [noWeight] });
    expect(r.ok && r.value.criteria[0].weight).toBe(1);
  });

  test('not an object → error, never a throw', () => {
    expect(parseRubric(null).ok).toBe(false);
    expect(parseRubric('x').ok).toBe(false);
  });
});

describe('totalOf', () => {
  const weighted = {
    criteria: [criterion({ id: 'a', weight: 2 }), criterion({ id: 'b', maxPoints: 10, weight: 1 })],
  };

  test.each([
    // 2 × 10 + 1 × 5.5 = 25.5
    [{ a: 10, b: 5.5 }, 25.5],
    // 2 × 17.5 + 1 × 0 = 35
    [{ a: 17.5, b: 0 }, 35],
    // 2 × 20 + 10 = 50 (the maximum)
    [{ a: 20, b: 10 }, 50],
  ])('%o → %s', (scores, expected) => {
    expect(totalOf(weighted, scores)).toEqual({ ok: true, value: expected });
  });

  test('the default rubric adds up unweighted: 18 + 17.5 + 22 + 16.5 + 12 = 86', () => {
    const r = totalOf(DEFAULT_RUBRIC, {
      'leader-role': 18,
      'team-operation': 17.5,
      'innovation-results': 22,
      'economic-social-benefit': 16.5,
      'skills-passing-on': 12,
    });
    expect(r).toEqual({ ok: true, value: 86 });
  });

  test.each([
    ['a criterion missing', { a: 10 }, ['b']],
    ['an unknown criterion', { a: 10, b: 5, c: 1 }, ['c']],
    ['off-step and out-of-range points', { a: 10.2, b: 11 }, ['a', 'b']],
    ['nothing at all', {}, ['a', 'b']],
  ])('%s → scores-invalid', (_, scores, paths) => {
    const r = totalOf(weighted, scores);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('scores-invalid');
    expect(r.error.details?.map((d) => d.path)).toEqual(paths);
  });

  test('"constructor" is not mistaken for a score', () => {
    const r = totalOf({ criteria: [criterion({ id: 'constructor' })] }, {});
    expect(r.ok).toBe(false);
  });
});
