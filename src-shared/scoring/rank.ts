import { compareUtf8 } from '../draw/hash';
import { ok, type Result } from '../result';
import type { Aggregation, NominationAggregate } from './aggregate';
import { groupKey, validatePanelVotes, type PanelVote } from './panel-vote';
import type { SessionRules, TieBreakKey } from './session-rules';
import { compareDesc, scoreKey } from './stats';

/** Where a nomination stands against the cut: `tied-at-cut` = in a tie that straddles the cut, awaiting a vote. */
export type CutStatus = 'in' | 'out' | 'tied-at-cut';

export interface RankedRow {
  nominationId: string;
  /** Competition ranking (1, 2, 2, 4): nominations still tied after every tie-break share a rank. */
  rank: number;
  /** 1-based place in the printed list (tied rows are listed by id). */
  position: number;
  score: number | null;
  status: NominationAggregate['status'];
  /** True only when certainly on the proposed list; false for a tie at the cut that has no vote yet. */
  inCut: boolean;
  cutStatus: CutStatus;
  /** The other nominations sharing this rank. */
  tiedWith?: string[];
  /** Set when this row has the same score as the row above: the tie-break that put it below. */
  tieBrokenBy?: TieBreakKey;
}

export interface CutTie {
  /** The tied nominations, in list order. */
  nominationIds: string[];
  rank: number;
  score: number;
  /** Positions the group occupies, e.g. 29–31 for three nominations tied at rank 29 with a cut of 30. */
  from: number;
  to: number;
  /** How many of the group fit inside the cut (cut − from + 1). */
  seats: number;
}

export interface CutLine {
  cut: number;
  /** Nominations certainly on the list (≤ cut; fewer when a tie at the cut awaits a vote or too few were ranked). */
  inCount: number;
  lastInScore: number | null;
  firstOutScore: number | null;
}

export interface Ranking {
  rows: RankedRow[];
  cutLine: CutLine;
  /**
   * Ties straddling the cut with no recorded vote: the list cannot be closed until the panel votes on each. Listed
   * also when the rules have no `panel-vote` step (then the rules themselves must be revisited).
   */
  needsPanelVote: CutTie[];
  appliedPanelVotes: PanelVote[];
  /** Recorded votes that match no current tie group (e.g. scores were corrected after the vote), or none allowed. */
  unusedPanelVotes: PanelVote[];
}

type Ranked = NominationAggregate & { score: number };

/**
 * Ranks by score (descending), then by `rules.tieBreak` in order. Nominations still equal after every key before
 * `panel-vote` form a tie group; a recorded vote for exactly that group orders it, otherwise the group shares one
 * rank. Such a shared rank only matters where the group straddles the cut: it is then listed in `needsPanelVote`
 * and none of its members counts as in. Insufficient nominations (too few experts) come after every ranked one,
 * share the last rank and are never inside the cut.
 */
export function rank(rules: SessionRules, aggregation: Aggregation, panelVotes: readonly unknown[] = []): Result<Ranking> {
  const votes = validatePanelVotes(rules, panelVotes);
  if (!votes.ok) return votes;
  return ok(rankValid(rules, aggregation, votes.value));
}

/** {@link rank} with already validated votes (the stability report re-runs this on every scenario). */
export function rankValid(rules: SessionRules, aggregation: Aggregation, votes: readonly PanelVote[]): Ranking {
  const keys = rules.tieBreak.filter((k) => k !== 'panel-vote');
  const votingAllowed = rules.tieBreak.includes('panel-vote');
  const voteByGroup = new Map(votes.map((v) => [groupKey(v.nominationIds), v]));
  const applied = new Set<PanelVote>();

  const value = (a: NominationAggregate, key: TieBreakKey): number =>
    key === 'median' ? a.median! : a.criterionMeans[key.slice('criterion:'.length)];
  /** The first tie-break key on which a and b differ, or null when they are equal on every one. */
  const decidingKey = (a: Ranked, b: Ranked): TieBreakKey | null => keys.find((k) => compareDesc(value(a, k), value(b, k)) !== 0) ?? null;
  const compare = (a: Ranked, b: Ranked): number => {
    const byScore = compareDesc(a.score, b.score);
    if (byScore !== 0) return byScore;
    const k = decidingKey(a, b);
    return k ? compareDesc(value(a, k), value(b, k)) : compareUtf8(a.nominationId, b.nominationId);
  };

  const ranked = aggregation.nominations.filter((a): a is Ranked => a.status === 'ranked').sort(compare);

  // Consecutive runs equal on score and every non-vote key; a matching vote reorders its run.
  const groups: { members: Ranked[]; voted: boolean }[] = [];
  for (const a of ranked) {
    const last = groups.at(-1);
    const head = last?.members[0];
    if (head && compareDesc(head.score, a.score) === 0 && decidingKey(head, a) === null) last.members.push(a);
    else groups.push({ members: [a], voted: false });
  }
  for (const g of groups) {
    if (g.members.length < 2 || !votingAllowed) continue;
    const vote = voteByGroup.get(groupKey(g.members.map((m) => m.nominationId)));
    if (!vote) continue;
    const at = new Map(vote.order.map((id, i) => [id, i]));
    g.members.sort((a, b) => at.get(a.nominationId)! - at.get(b.nominationId)!);
    g.voted = true;
    applied.add(vote);
  }

  const rows: RankedRow[] = [];
  const needsPanelVote: CutTie[] = [];
  let position = 0;
  let previous: Ranked | null = null;
  for (const g of groups) {
    const from = position + 1;
    const to = position + g.members.length;
    const shared = g.members.length > 1 && !g.voted;
    const straddles = shared && from <= rules.cut && to > rules.cut;
    if (straddles) {
      needsPanelVote.push({
        nominationIds: g.members.map((m) => m.nominationId),
        rank: from,
        score: g.members[0].score,
        from,
        to,
        seats: rules.cut - from + 1,
      });
    }
    for (const m of g.members) {
      position++;
      const cutStatus: CutStatus = straddles ? 'tied-at-cut' : position <= rules.cut ? 'in' : 'out';
      const row: RankedRow = {
        nominationId: m.nominationId,
        rank: shared ? from : position,
        position,
        score: m.score,
        status: m.status,
        inCut: cutStatus === 'in',
        cutStatus,
      };
      if (shared) row.tiedWith = g.members.filter((o) => o !== m).map((o) => o.nominationId);
      else if (previous && scoreKey(previous.score) === scoreKey(m.score)) {
        row.tieBrokenBy = decidingKey(previous, m) ?? 'panel-vote';
      }
      rows.push(row);
      previous = m;
    }
  }

  const lastRank = position + 1;
  const insufficient = aggregation.nominations
    .filter((a) => a.status !== 'ranked')
    .sort((a, b) => compareUtf8(a.nominationId, b.nominationId));
  for (const a of insufficient) {
    position++;
    rows.push({ nominationId: a.nominationId, rank: lastRank, position, score: null, status: a.status, inCut: false, cutStatus: 'out' });
  }

  const inRows = rows.filter((r) => r.inCut);
  const firstOut = rows.find((r) => !r.inCut && r.status === 'ranked');
  return {
    rows,
    cutLine: {
      cut: rules.cut,
      inCount: inRows.length,
      lastInScore: inRows.at(-1)?.score ?? null,
      firstOutScore: firstOut?.score ?? null,
    },
    needsPanelVote,
    appliedPanelVotes: votes.filter((v) => applied.has(v)),
    unusedPanelVotes: votes.filter((v) => !applied.has(v)),
  };
}
