import { describe, expect, test } from 'vitest';
import { cutStability } from './stability';
import { column, scored, testRules, total, unwrap } from '../../src-main/testing/scoring-fixtures';

describe('cut-line stability', () => {
  /**
   * Cut 1, method mean, minExperts 2.
   *   A: E1 90, E2 80, E3 80 → 250/3 = 83.33 (in)
   *   B: E1 70, E2 88, E3 88 → 246/3 = 82    (out)
   * Leave out E1: A 80, B 88 → B in, A out (flip).  Leave out E2 (or E3): A 85, B 79 → unchanged.
   * trimmed-mean: 3 < 5 experts → the mean → unchanged.  median: A 80, B 88 → flip.
   * z-score: E1 A +1, B −1; E2 and E3 (80 vs 88) A −1, B +1 → A −1/3, B +1/3 → flip.
   */
  const cells = [...column('A', [90, 80, 80]), ...column('B', [70, 88, 88])];
  const rules = testRules(['A', 'B'], { method: 'mean', cut: 1, minExperts: 2 });

  test('leaving E1 out, or using the median or z-score, flips A and B', () => {
    const r = unwrap(cutStability(rules, cells));
    expect(r.stable).toBe(false);
    expect(r.baseline.rows.map((row) => [row.nominationId, row.cutStatus])).toEqual([['A', 'in'], ['B', 'out']]);
    expect(r.scenarios.map((s) => [s.scenario, s.flips.length])).toEqual([
      [{ kind: 'leave-out-expert', expertId: 'E1' }, 2],
      [{ kind: 'leave-out-expert', expertId: 'E2' }, 0],
      [{ kind: 'leave-out-expert', expertId: 'E3' }, 0],
      [{ kind: 'method', method: 'trimmed-mean' }, 0],
      [{ kind: 'method', method: 'median' }, 2],
      [{ kind: 'method', method: 'z-score' }, 2],
    ]);
    const flip = (f: (typeof r.flips)[number]) => [
      f.nominationId,
      f.scenario.kind === 'method' ? f.scenario.method : f.scenario.expertId,
      f.baseline.cutStatus,
      f.changed.cutStatus,
      Number(f.changed.score!.toFixed(6)),
    ];
    expect(r.flips.map(flip)).toEqual([
      ['A', 'E1', 'in', 'out', 80],
      ['B', 'E1', 'out', 'in', 88],
      ['A', 'median', 'in', 'out', 80],
      ['B', 'median', 'out', 'in', 88],
      ['A', 'z-score', 'in', 'out', -0.333333],
      ['B', 'z-score', 'out', 'in', 0.333333],
    ]);
    expect(r.flips[0].baseline.score).toBeCloseTo(83.333333, 5);
  });

  test('a clear winner is stable', () => {
    const clear = [...column('A', [95, 90, 92]), ...column('B', [70, 72, 68])];
    const r = unwrap(cutStability(rules, clear));
    expect(r.stable).toBe(true);
    expect(r.flips).toEqual([]);
    expect(r.scenarios).toHaveLength(6);
  });

  test('falling below minExperts when an expert is left out is reported as a flip', () => {
    // minExperts 3: A scored by E1–E3 (in, 90); B by E1–E4 (out, 80). Leaving out E1 leaves A with 2 → insufficient,
    // so B moves in. (Same for E2 and E3.) Leaving out E4 changes nothing.
    const r3 = testRules(['A', 'B'], { method: 'mean', cut: 1, minExperts: 3 });
    const c = [...column('A', [90, 90, 90]), ...column('B', [80, 80, 80, 80])];
    const r = unwrap(cutStability(r3, c));
    expect(r.scenarios.filter((s) => s.scenario.kind === 'leave-out-expert').map((s) => s.flips.map((f) => [f.nominationId, f.changed.cutStatus, f.changed.score]))).toEqual([
      [['A', 'out', null], ['B', 'in', 80]],
      [['A', 'out', null], ['B', 'in', 80]],
      [['A', 'out', null], ['B', 'in', 80]],
      [],
    ]);
  });

  test('a recorded vote is applied in a scenario only where the same group ties again', () => {
    // A and B: 40+40 from everyone → 80, same median and criterion means: tied for the one seat (cut 1); the panel
    // voted B first. C: 50, 60, 100 → 70, behind.
    const cells2 = [
      ...['E1', 'E2', 'E3'].flatMap((e) => [scored(e, 'A', 40, 40), scored(e, 'B', 40, 40)]),
      total('E1', 'C', 50), total('E2', 'C', 60), total('E3', 'C', 100),
    ];
    const rules2 = testRules(['A', 'B', 'C'], { method: 'mean', cut: 1, minExperts: 2 });
    const vote = { nominationIds: ['A', 'B'], order: ['B', 'A'], record: '表决 4:3' };
    const r = unwrap(cutStability(rules2, cells2, [vote]));
    expect(r.baseline.rows.map((row) => [row.nominationId, row.cutStatus])).toEqual([['B', 'in'], ['A', 'out'], ['C', 'out']]);
    // Leaving out E1 lifts C to (60+100)/2 = 80 (median 80, innovation mean 40): now A, B, C tie, a different group, so the vote does not apply
    // and all three are tied at the cut. Leaving out E2: C (50+100)/2 = 75, the A–B vote holds. E3: C 55.
    // median: C 60 → vote holds; z-score: all experts gave A = B, so A and B tie again → vote holds.
    expect(r.flips.map((f) => [f.nominationId, f.scenario.kind === 'method' ? f.scenario.method : f.scenario.expertId, f.changed.cutStatus])).toEqual([
      ['A', 'E1', 'tied-at-cut'],
      ['B', 'E1', 'tied-at-cut'],
      ['C', 'E1', 'tied-at-cut'],
    ]);
  });

  test('invalid cells or votes → the same errors as aggregate and rank', () => {
    expect(cutStability(rules, [total('E1', 'Z', 80)])).toMatchObject({ ok: false, error: { code: 'cells-invalid' } });
    expect(cutStability(rules, cells, [{ nominationIds: ['A'], order: ['A'], record: 'x' }])).toMatchObject({
      ok: false,
      error: { code: 'panel-votes-invalid' },
    });
  });
});
