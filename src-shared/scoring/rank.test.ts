import { describe, expect, test } from 'vitest';
import { aggregate } from './aggregate';
import { rank, type Ranking } from './rank';
import type { ScoreCell } from './cells';
import { column, scored, testRules, unwrap } from '../../src-main/testing/scoring-fixtures';

/** The same criterion points from experts E1–E3. */
const three = (nominationId: string, innovation: number, team: number): ScoreCell[] =>
  ['E1', 'E2', 'E3'].map((e) => scored(e, nominationId, innovation, team));

const ranking = (ids: string[], cells: ScoreCell[], over: Record<string, unknown> = {}, votes: unknown[] = []): Ranking => {
  const rules = testRules(ids, { method: 'mean', ...over });
  return unwrap(rank(rules, unwrap(aggregate(rules, cells)), votes));
};

const brief = (r: Ranking) => r.rows.map((row) => [row.nominationId, row.rank, row.score, row.cutStatus]);

describe('a tie at the cut', () => {
  // A 90 (45+45 ×3); B and C 80 (40+40 ×3): same mean, same median, same innovation mean. Cut 2.
  const cells = [...three('A', 45, 45), ...three('B', 40, 40), ...three('C', 40, 40)];
  const ids = ['A', 'B', 'C'];

  test('without a vote: listed in needsPanelVote, neither counts as in', () => {
    const r = ranking(ids, cells, { cut: 2 });
    expect(brief(r)).toEqual([
      ['A', 1, 90, 'in'],
      ['B', 2, 80, 'tied-at-cut'],
      ['C', 2, 80, 'tied-at-cut'],
    ]);
    expect(r.rows.map((row) => row.inCut)).toEqual([true, false, false]);
    expect(r.rows[1].tiedWith).toEqual(['C']);
    expect(r.rows[2].tiedWith).toEqual(['B']);
    expect(r.needsPanelVote).toEqual([{ nominationIds: ['B', 'C'], rank: 2, score: 80, from: 2, to: 3, seats: 1 }]);
    expect(r.cutLine).toEqual({ cut: 2, inCount: 1, lastInScore: 90, firstOutScore: 80 });
  });

  test('a recorded vote resolves it', () => {
    const vote = { nominationIds: ['B', 'C'], order: ['C', 'B'], record: '举手表决 5:2' };
    const r = ranking(ids, cells, { cut: 2 }, [vote]);
    expect(brief(r)).toEqual([
      ['A', 1, 90, 'in'],
      ['C', 2, 80, 'in'],
      ['B', 3, 80, 'out'],
    ]);
    expect(r.rows[2].tieBrokenBy).toBe('panel-vote');
    expect(r.rows[1].tiedWith).toBeUndefined();
    expect(r.needsPanelVote).toEqual([]);
    expect(r.appliedPanelVotes).toEqual([vote]);
    expect(r.unusedPanelVotes).toEqual([]);
    expect(r.cutLine).toEqual({ cut: 2, inCount: 2, lastInScore: 80, firstOutScore: 80 });
  });

  test('a vote on a different group is not applied (and is reported unused)', () => {
    const vote = { nominationIds: ['A', 'B'], order: ['B', 'A'], record: 'x' };
    const r = ranking(ids, cells, { cut: 2 }, [vote]);
    expect(r.needsPanelVote).toHaveLength(1);
    expect(r.unusedPanelVotes).toEqual([vote]);
  });

  test('without panel-vote in the rules a vote is never applied; the tie stays listed', () => {
    const vote = { nominationIds: ['B', 'C'], order: ['C', 'B'], record: 'x' };
    const r = ranking(ids, cells, { cut: 2, tieBreak: ['median'] }, [vote]);
    expect(r.needsPanelVote.map((t) => t.nominationIds)).toEqual([['B', 'C']]);
    expect(r.unusedPanelVotes).toEqual([vote]);
  });

  test('three tied for two seats: seats 2', () => {
    const r = ranking(['A', 'B', 'C', 'D'], [...cells, ...three('D', 40, 40)], { cut: 3 });
    expect(r.needsPanelVote).toEqual([{ nominationIds: ['B', 'C', 'D'], rank: 2, score: 80, from: 2, to: 4, seats: 2 }]);
  });

  test.each<[string, unknown]>([
    ['order is not the group', { nominationIds: ['B', 'C'], order: ['B', 'A'], record: 'x' }],
    ['group of one', { nominationIds: ['B'], order: ['B'], record: 'x' }],
    ['no record', { nominationIds: ['B', 'C'], order: ['C', 'B'], record: ' ' }],
    ['unknown nomination', { nominationIds: ['B', 'Z'], order: ['Z', 'B'], record: 'x' }],
  ])('invalid vote (%s) → panel-votes-invalid', (_, vote) => {
    const rules = testRules(ids, { cut: 2 });
    const r = rank(rules, unwrap(aggregate(rules, cells)), [vote]);
    expect(r).toMatchObject({ ok: false, error: { code: 'panel-votes-invalid' } });
  });

  test('two votes for the same group are refused', () => {
    const rules = testRules(ids, { cut: 2 });
    const v = { nominationIds: ['B', 'C'], order: ['C', 'B'], record: 'x' };
    const r = rank(rules, unwrap(aggregate(rules, cells)), [v, { ...v, nominationIds: ['C', 'B'], order: ['B', 'C'] }]);
    expect(r).toMatchObject({ ok: false, error: { code: 'panel-votes-invalid' } });
  });
});

describe('tie-breaks: median, then the innovation criterion; full ties share a rank', () => {
  //   W1, W2: 47.5+47.5 ×3 = 95 each: a full tie, inside the cut → share rank 1, no vote needed
  //   P: 70 80 90 → mean 80, median 80
  //   Q: 75 75 90 → mean 80, median 75                  → P above Q by median
  //   R: 40+35 ×3 = 75, median 75, innovation mean 40
  //   S: 35+40 ×3 = 75, median 75, innovation mean 35    → R above S by the criterion
  //   T, U: 30+30 ×3 = 60 each: a full tie, outside the cut → share rank 7, no vote needed
  const cells = [
    ...three('W1', 47.5, 47.5),
    ...three('W2', 47.5, 47.5),
    scored('E1', 'P', 35, 35), scored('E2', 'P', 40, 40), scored('E3', 'P', 45, 45),
    scored('E1', 'Q', 37.5, 37.5), scored('E2', 'Q', 37.5, 37.5), scored('E3', 'Q', 45, 45),
    ...three('R', 40, 35),
    ...three('S', 35, 40),
    ...three('T', 30, 30),
    ...three('U', 30, 30),
  ];
  const ids = ['U', 'T', 'S', 'R', 'Q', 'P', 'W2', 'W1'];

  test('ranks, cut statuses and which key decided', () => {
    const r = ranking(ids, cells, { cut: 4 });
    expect(brief(r)).toEqual([
      ['W1', 1, 95, 'in'],
      ['W2', 1, 95, 'in'],
      ['P', 3, 80, 'in'],
      ['Q', 4, 80, 'in'],
      ['R', 5, 75, 'out'],
      ['S', 6, 75, 'out'],
      ['T', 7, 60, 'out'],
      ['U', 7, 60, 'out'],
    ]);
    expect(r.rows.map((row) => row.tieBrokenBy ?? null)).toEqual([null, null, null, 'median', null, 'criterion:innovation-results', null, null]);
    expect(r.rows.map((row) => row.tiedWith ?? null)).toEqual([['W2'], ['W1'], null, null, null, null, ['U'], ['T']]);
    expect(r.needsPanelVote).toEqual([]);
    expect(r.cutLine).toEqual({ cut: 4, inCount: 4, lastInScore: 80, firstOutScore: 75 });
  });

  test('with only the criterion as tie-break, P and Q stay tied (criterion means 40 = 40)', () => {
    // P innovation (35+40+45)/3 = 40; Q (37.5+37.5+45)/3 = 40.
    const r = ranking(ids, cells, { cut: 3, tieBreak: ['criterion:innovation-results', 'panel-vote'] });
    expect(r.rows.slice(2, 4).map((row) => [row.nominationId, row.rank, row.cutStatus])).toEqual([
      ['P', 3, 'tied-at-cut'],
      ['Q', 3, 'tied-at-cut'],
    ]);
    expect(r.needsPanelVote.map((t) => [t.nominationIds, t.seats])).toEqual([[['P', 'Q'], 1]]);
  });
});

describe('insufficient nominations', () => {
  test('ranked after all others, never inside the cut, even with the best totals', () => {
    // A 80 ×3, B 70 ×3, X: 99 99 + R (2 < minExperts 3), Y: nobody.
    const cells = [...column('A', [80, 80, 80]), ...column('B', [70, 70, 70]), ...column('X', [99, 99, null])];
    const r = ranking(['X', 'Y', 'A', 'B'], cells, { cut: 30 });
    expect(r.rows.map((row) => [row.nominationId, row.rank, row.position, row.status, row.inCut])).toEqual([
      ['A', 1, 1, 'ranked', true],
      ['B', 2, 2, 'ranked', true],
      ['X', 3, 3, 'insufficient', false],
      ['Y', 3, 4, 'insufficient', false],
    ]);
    expect(r.cutLine).toEqual({ cut: 30, inCount: 2, lastInScore: 70, firstOutScore: null });
  });
});
