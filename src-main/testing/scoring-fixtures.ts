import type { ScoreCell } from '../../src-shared/scoring/cells';
import type { Rubric } from '../../src-shared/scoring/rubric';
import { parseSessionRules, type SessionRules } from '../../src-shared/scoring/session-rules';

/** Two criteria of 50 points each, so a total T is easy to write as (T/2, T/2). */
export const TEST_RUBRIC: Rubric = {
  criteria: [
    { id: 'innovation-results', zh: '创新成果', en: 'Innovation results', descriptors: { zh: '成果', en: 'results' }, maxPoints: 50, step: 0.5, weight: 1 },
    { id: 'team', zh: '团队', en: 'Team', descriptors: { zh: '团队', en: 'team' }, maxPoints: 50, step: 0.5, weight: 1 },
  ],
};

/** Rules over TEST_RUBRIC; throws on invalid input because a broken fixture is a bug in the test. */
export function testRules(nominationIds: string[], overrides: Record<string, unknown> = {}): SessionRules {
  const r = parseSessionRules({ sessionId: 'S-2025', year: 2025, nominationIds, rubric: TEST_RUBRIC, ...overrides });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}

/** A scored cell with explicit criterion points. */
export function scored(expertId: string, nominationId: string, innovation: number, team: number): ScoreCell {
  return { expertId, nominationId, state: 'scored', criteria: { 'innovation-results': innovation, team } };
}

/** A scored cell whose total is `total`, split evenly over the two criteria. */
export function total(expertId: string, nominationId: string, value: number): ScoreCell {
  return scored(expertId, nominationId, value / 2, value / 2);
}

export function recused(expertId: string, nominationId: string): ScoreCell {
  return { expertId, nominationId, state: 'recused' };
}

/** One nomination's totals from experts E1, E2, … in order (null = recused). */
export function column(nominationId: string, totals: (number | null)[]): ScoreCell[] {
  return totals.map((t, i) => (t === null ? recused(`E${i + 1}`, nominationId) : total(`E${i + 1}`, nominationId, t)));
}

export function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return r.value;
}
