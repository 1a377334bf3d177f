import { describe, expect, test } from 'vitest';
import { aggregate, type Aggregation, type NominationAggregate } from './aggregate';
import type { ScoringMethod } from './session-rules';
import { column, recused, scored, testRules, total, unwrap } from '../../src-main/testing/scoring-fixtures';

const byId = (a: Aggregation, id: string): NominationAggregate => a.nominations.find((n) => n.nominationId === id)!;

/**
 * Five experts, two nominations.
 *   N1: E1 80, E2 82, E3 87, E4 60, E5 91 → sorted 60 80 82 87 91
 *       mean 400/5 = 80; median 82; trimmed (80+82+87)/3 = 83
 *   N2: E1 60, E2 75, E3 78, E4 81, E5 100 → sorted 60 75 78 81 100
 *       mean 394/5 = 78.8; median 78; trimmed (75+78+81)/3 = 78
 *   z-score: every expert scored two nominations, so z = +1 for their higher total and −1 for the lower.
 *       E1 +1/−1, E2 +1/−1, E3 +1/−1, E4 −1/+1, E5 −1/+1 → N1 (1+1+1−1−1)/5 = 0.2, N2 −0.2
 */
const MATRIX = [...column('N1', [80, 82, 87, 60, 91]), ...column('N2', [60, 75, 78, 81, 100])];

describe('aggregate: the four methods on one matrix', () => {
  test.each<[ScoringMethod, number, number]>([
    ['mean', 80, 78.8],
    ['median', 82, 78],
    ['trimmed-mean', 83, 78],
    ['z-score', 0.2, -0.2],
  ])('%s → N1 %s, N2 %s', (method, n1, n2) => {
    const a = unwrap(aggregate(testRules(['N1', 'N2'], { method }), MATRIX));
    expect(byId(a, 'N1').score).toBeCloseTo(n1, 12);
    expect(byId(a, 'N2').score).toBeCloseTo(n2, 12);
    expect(a.method).toBe(method);
  });

  test('statistics that do not depend on the method', () => {
    const n1 = byId(unwrap(aggregate(testRules(['N1', 'N2'], { method: 'mean' }), MATRIX)), 'N1');
    expect(n1.n).toBe(5);
    expect(n1.recused).toBe(0);
    expect(n1.status).toBe('ranked');
    expect(n1.median).toBe(82);
    expect(n1.trimmedMean).toBe(83);
    expect(n1.totals.map((t) => [t.expertId, t.total])).toEqual([['E1', 80], ['E2', 82], ['E3', 87], ['E4', 60], ['E5', 91]]);
    // range 91 − 60; sd = √((0² + 2² + 7² + 20² + 11²) / 5) = √(574/5) = √114.8
    expect(n1.spread?.range).toBe(31);
    expect(n1.spread?.sd).toBeCloseTo(10.714476188783, 9);
    // criterion means: every total was split evenly, so each is half the mean 80
    expect(n1.criterionMeans).toEqual({ 'innovation-results': 40, team: 40 });
  });

  test('outliers: more than 15 points from the trimmed mean (exactly 15 is not)', () => {
    const a = unwrap(aggregate(testRules(['N1', 'N2']), MATRIX));
    // N1: trimmed mean 83; E4 60 is −23 away.
    expect(byId(a, 'N1').outliers).toEqual([{ expertId: 'E4', total: 60, deviation: -23 }]);
    // N2: trimmed mean 78; E1 60 is −18, E5 100 is +22.
    expect(byId(a, 'N2').outliers).toEqual([
      { expertId: 'E1', total: 60, deviation: -18 },
      { expertId: 'E5', total: 100, deviation: 22 },
    ]);
    // 70 85 85 85 100 → trimmed (85+85+85)/3 = 85; 70 and 100 are exactly 15 away.
    const edge = unwrap(aggregate(testRules(['N']), column('N', [70, 85, 85, 85, 100])));
    expect(byId(edge, 'N').outliers).toEqual([]);
  });
});

describe('trimmed mean: exactly one highest and one lowest are dropped', () => {
  test.each<[string, number[], number]>([
    // drop 95 (one of two) and 70: (95+84+82)/3 = 87
    ['tie at the maximum', [95, 95, 84, 82, 70], 87],
    // drop 90 and 70 (one of two): (87+80+70)/3 = 79
    ['tie at the minimum', [90, 87, 80, 70, 70], 79],
    // drop one 90 and one 70: (90+80+70)/3 = 80
    ['ties at both ends', [90, 90, 80, 70, 70], 80],
    ['all equal', [80, 80, 80, 80, 80], 80],
    // six experts: drop one 100 and one 60: (100+90+80+60)/4 = 82.5
    ['six experts, ties at both ends', [100, 100, 90, 80, 60, 60], 82.5],
    // four experts (< 5): plain mean (60+80+90+100)/4 = 82.5, not (80+90)/2 = 85
    ['four experts → plain mean', [60, 80, 90, 100], 82.5],
    // three experts: (70+80+99)/3 = 83
    ['three experts → plain mean', [70, 80, 99], 83],
  ])('%s: %j → %s', (_, totals, expected) => {
    const a = unwrap(aggregate(testRules(['N']), column('N', totals)));
    expect(byId(a, 'N').score).toBeCloseTo(expected, 12);
  });

  test('a lower trimThreshold trims four experts: (80+90)/2 = 85', () => {
    const a = unwrap(aggregate(testRules(['N'], { trimThreshold: 4 }), column('N', [60, 80, 90, 100])));
    expect(byId(a, 'N').score).toBe(85);
  });
});

describe('recusals', () => {
  test('R is left out, never a 0: four scores and one R → plain mean of four', () => {
    // 80 84 90 70 + R → n 4 (< 5, no trimming) → (80+84+90+70)/4 = 81.
    // Counted as 0 it would have been five totals, trimmed (70+80+84)/3 = 78, or mean 64.8.
    const a = unwrap(aggregate(testRules(['N']), column('N', [80, 84, 90, 70, null])));
    const n = byId(a, 'N');
    expect(n.n).toBe(4);
    expect(n.recused).toBe(1);
    expect(n.score).toBe(81);
    expect(n.median).toBe(82);
    expect(n.totals.map((t) => t.expertId)).toEqual(['E1', 'E2', 'E3', 'E4']);
  });

  test('fewer than minExperts scored → insufficient, no score', () => {
    const a = unwrap(aggregate(testRules(['N']), column('N', [99, 99, null, null])));
    expect(byId(a, 'N')).toMatchObject({ n: 2, recused: 2, status: 'insufficient', score: null, median: 99 });
  });

  test('nobody scored it → insufficient with empty statistics', () => {
    const a = unwrap(aggregate(testRules(['N', 'M']), column('N', [80, 80, 80])));
    expect(byId(a, 'M')).toEqual({
      nominationId: 'M',
      totals: [],
      n: 0,
      recused: 0,
      status: 'insufficient',
      score: null,
      median: null,
      trimmedMean: null,
      criterionMeans: {},
      spread: null,
      outliers: [],
    });
  });

  test('minExperts 2 ranks a nomination that two experts scored', () => {
    const a = unwrap(aggregate(testRules(['N'], { minExperts: 2 }), column('N', [90, 80, null])));
    expect(byId(a, 'N')).toMatchObject({ status: 'ranked', score: 85 });
  });
});

/**
 * 3 experts × 3 nominations, z-score by hand (population sd).
 *   X: A 80, B 70, C 90 → mean 80, sd √(200/3); z = 0, −√1.5, +√1.5 (√1.5 = 1.224744871391589)
 *   Y: A 60, B 60, C 90 → mean 70, sd √200;    z = −√0.5, −√0.5, +√2 (0.7071067811865476, 1.4142135623730951)
 *   Z: A 85, B 85, C 85 → sd 0 → z = 0 everywhere
 *   A = (0 − 0.70710678 + 0)/3 = −0.23570226
 *   B = (−1.22474487 − 0.70710678 + 0)/3 = −0.64395055
 *   C = (1.22474487 + 1.41421356 + 0)/3 = 0.87965281
 */
const THREE = [
  total('X', 'A', 80), total('X', 'B', 70), total('X', 'C', 90),
  total('Y', 'A', 60), total('Y', 'B', 60), total('Y', 'C', 90),
  total('Z', 'A', 85), total('Z', 'B', 85), total('Z', 'C', 85),
];

describe('z-score', () => {
  test('3 × 3 by hand', () => {
    const a = unwrap(aggregate(testRules(['A', 'B', 'C'], { method: 'z-score' }), THREE));
    expect(byId(a, 'A').score).toBeCloseTo(-0.2357022604, 9);
    expect(byId(a, 'B').score).toBeCloseTo(-0.6439505509, 9);
    expect(byId(a, 'C').score).toBeCloseTo(0.8796528113, 9);
    const zOf = (id: string) => byId(a, id).totals.map((t) => [t.expertId, Number(t.z!.toFixed(9))]);
    expect(zOf('A')).toEqual([['X', 0], ['Y', -0.707106781], ['Z', 0]]);
    expect(zOf('B')).toEqual([['X', -1.224744871], ['Y', -0.707106781], ['Z', 0]]);
    expect(zOf('C')).toEqual([['X', 1.224744871], ['Y', 1.414213562], ['Z', 0]]);
  });

  test('a recusal leaves the nomination out of that expert\'s standardization', () => {
    // X scored A 80 and C 90 only (B recused) → mean 85, sd 5 → A −1, C +1.
    const cells = [total('X', 'A', 80), recused('X', 'B'), total('X', 'C', 90)];
    const a = unwrap(aggregate(testRules(['A', 'B', 'C'], { method: 'z-score', minExperts: 1 }), cells));
    expect(byId(a, 'A').score).toBe(-1);
    expect(byId(a, 'B').status).toBe('insufficient');
    expect(byId(a, 'C').score).toBe(1);
  });

  test('no z when the method is not z-score', () => {
    const a = unwrap(aggregate(testRules(['A', 'B', 'C'], { method: 'mean' }), THREE));
    expect(byId(a, 'A').totals[0]).toEqual({ expertId: 'X', total: 80 });
  });
});

describe('leniency: expert mean total − mean panel score of the nominations they scored', () => {
  // Panel (mean): A (80+60+85)/3 = 75, B (70+60+85)/3 = 215/3, C (90+90+85)/3 = 265/3; their mean = 705/9 = 78.333…
  //   X 80 − 78.333 = +5/3, Y 70 − 78.333 = −25/3, Z 85 − 78.333 = +20/3.
  // Under z-score the panel's points are the trimmed means, here (n = 3) the same means.
  test.each<[ScoringMethod]>([['mean'], ['z-score'], ['trimmed-mean']])('%s', (method) => {
    const a = unwrap(aggregate(testRules(['A', 'B', 'C'], { method }), THREE));
    expect(a.experts.map((e) => [e.expertId, e.scored, e.compared, Number(e.leniency!.toFixed(9))])).toEqual([
      ['X', 3, 3, 1.666666667],
      ['Y', 3, 3, -8.333333333],
      ['Z', 3, 3, 6.666666667],
    ]);
    expect(a.experts[0].meanTotal).toBe(80);
    expect(a.experts[0].meanPanelScore).toBeCloseTo(78.333333333, 8);
  });

  test('median method, and insufficient nominations left out of both sides', () => {
    // Panel (median): A 80, B 70, C 90. D scored by X alone (insufficient) does not count.
    // X: scored A 80, B 70, C 90, D 50 → compared on A, B, C: mean 80 − mean(80, 70, 90) = 0.
    // Y: A 60, B 60 → 60 − (80 + 70)/2 = −15 (Y recused C).
    const cells = [
      total('X', 'A', 80), total('X', 'B', 70), total('X', 'C', 90), total('X', 'D', 50),
      total('Y', 'A', 60), total('Y', 'B', 60), recused('Y', 'C'),
      total('Z', 'A', 85), total('Z', 'B', 85), total('Z', 'C', 85),
      total('W', 'A', 90), total('W', 'B', 75), total('W', 'C', 90),
    ];
    const a = unwrap(aggregate(testRules(['A', 'B', 'C', 'D'], { method: 'median' }), cells));
    // A: 60 80 85 90 → (80+85)/2 = 82.5; B: 60 70 75 85 → 72.5; C: 85 90 90 → 90.
    expect([byId(a, 'A').score, byId(a, 'B').score, byId(a, 'C').score, byId(a, 'D').score]).toEqual([82.5, 72.5, 90, null]);
    const lenient = Object.fromEntries(a.experts.map((e) => [e.expertId, [e.scored, e.recused, e.compared, e.leniency]]));
    // X: (80+70+90)/3 − (82.5+72.5+90)/3 = 80 − 81.666… = −1.666…
    expect(lenient.X[0]).toBe(4);
    expect(lenient.X[2]).toBe(3);
    expect(lenient.X[3]).toBeCloseTo(-1.666666667, 8);
    // Y: (60+60)/2 − (82.5+72.5)/2 = 60 − 77.5 = −17.5
    expect(lenient.Y).toEqual([2, 1, 2, -17.5]);
  });
});

describe('invalid cells are refused as a Result', () => {
  const rules = testRules(['N1', 'N2']);
  test.each<[string, unknown[], string]>([
    ['unknown nomination', [total('E1', 'N9', 80)], 'cells[0].nominationId'],
    ['two cells for one pair', [total('E1', 'N1', 80), recused('E1', 'N1')], 'cells[1]'],
    ['recused with scores', [{ ...total('E1', 'N1', 80), state: 'recused' }], 'cells[0].criteria'],
    ['scored without criteria', [{ expertId: 'E1', nominationId: 'N1', state: 'scored' }], 'cells[0].criteria.innovation-results'],
    ['a criterion missing', [{ expertId: 'E1', nominationId: 'N1', state: 'scored', criteria: { team: 40 } }], 'cells[0].criteria.innovation-results'],
    ['off-step points', [scored('E1', 'N1', 40.3, 40)], 'cells[0].criteria.innovation-results'],
    ['points above the maximum', [scored('E1', 'N1', 40, 50.5)], 'cells[0].criteria.team'],
    ['unknown state', [{ expertId: 'E1', nominationId: 'N1', state: 'absent' }], 'cells[0].state'],
    ['not an object', [null], 'cells[0]'],
  ])('%s', (_, cells, path) => {
    const r = aggregate(rules, cells);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('cells-invalid');
    expect(r.error.details?.map((d) => d.path)).toContain(path);
  });
});
