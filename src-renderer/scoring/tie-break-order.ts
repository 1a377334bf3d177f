import type { Criterion } from '../../src-shared/scoring/rubric';
import type { TieBreakKey } from '../../src-shared/scoring/session-rules';

/**
 * Editing the tie-break chain as a list. The rules the schema enforces (session-rules.ts) are kept by construction
 * so the editor never offers an order that issuing would refuse: no key twice, criteria that exist, and a panel vote
 * only as the last step (a vote settles every tie, nothing after it could decide anything).
 */

/** Keys not yet in the chain, in the order a person would think of them. */
export function unusedTieBreaks(chain: readonly TieBreakKey[], criteria: readonly Criterion[]): TieBreakKey[] {
  const all: TieBreakKey[] = ['median', ...criteria.map((c) => `criterion:${c.id}` as const), 'panel-vote'];
  return all.filter((k) => !chain.includes(k));
}

/** Adds a key; anything but the vote goes before a vote already at the end. */
export function addTieBreak(chain: readonly TieBreakKey[], key: TieBreakKey): TieBreakKey[] {
  const voteAt = chain.indexOf('panel-vote');
  if (key === 'panel-vote' || voteAt < 0) return [...chain, key];
  return [...chain.slice(0, voteAt), key, ...chain.slice(voteAt)];
}

/** Whether the key at `i` may swap with its neighbour in `direction` (the vote stays last). */
export function canMove(chain: readonly TieBreakKey[], i: number, direction: -1 | 1): boolean {
  const j = i + direction;
  if (j < 0 || j >= chain.length) return false;
  return chain[i] !== 'panel-vote' && chain[j] !== 'panel-vote';
}

export function moveTieBreak(chain: readonly TieBreakKey[], i: number, direction: -1 | 1): TieBreakKey[] {
  if (!canMove(chain, i, direction)) return [...chain];
  const next = [...chain];
  [next[i], next[i + direction]] = [next[i + direction], next[i]];
  return next;
}

/** Criteria removed from the rubric leave the chain with them (issuing would refuse a key for a missing one). */
export function forCriteria(chain: readonly TieBreakKey[], criteria: readonly Criterion[]): TieBreakKey[] {
  const ids = new Set(criteria.map((c) => c.id));
  return chain.filter((k) => !k.startsWith('criterion:') || ids.has(k.slice('criterion:'.length)));
}

/**
 * An id for a new criterion. Ids are stored, hashed and used as tie-break keys, but people never see them: the
 * editor makes one that no other criterion of the rubric has.
 */
export function newCriterionId(criteria: readonly Criterion[]): string {
  const taken = new Set(criteria.map((c) => c.id));
  for (let n = criteria.length + 1; ; n++) if (!taken.has(`criterion-${n}`)) return `criterion-${n}`;
}
