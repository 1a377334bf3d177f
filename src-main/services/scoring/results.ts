import type { CellView, ResultsView } from '../../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { aggregate } from '../../../src-shared/scoring/aggregate';
import type { ScoreCell } from '../../../src-shared/scoring/cells';
import { validatePanelVotes, type PanelVote } from '../../../src-shared/scoring/panel-vote';
import { rank } from '../../../src-shared/scoring/rank';
import { cutStability } from '../../../src-shared/scoring/stability';
import { readJson } from '../../store/json-columns';
import type { ServiceContext } from '../context';
import { requirePhase, rulesOf, sessionCells, sessionRow } from './session-store';
import { auditSubject } from '../../../src-shared/audit/subjects';


/** Only complete cells count: a half-scored nomination (partial) is not a score yet. */
export function scoreCells(cells: CellView[]): ScoreCell[] {
  return cells
    .filter((c) => c.state !== 'partial')
    .map((c) => (c.state === 'recused' ? { expertId: c.expertId, nominationId: c.nominationId, state: 'recused' as const } : { expertId: c.expertId, nominationId: c.nominationId, state: 'scored' as const, criteria: c.criteria }));
}

export function panelVotes(ctx: ServiceContext, sessionId: string): (PanelVote & { at: string })[] {
  return ctx.store
    .all(ctx.store.q.selectFrom('panel_votes').selectAll().where('session_id', '=', sessionId).orderBy('id'))
    .map((v) => ({ nominationIds: readJson('panel_votes.nomination_ids', v.nomination_ids), order: readJson('panel_votes.vote_order', v.vote_order), record: v.record, at: v.at }));
}

/**
 * Scores, ranks and the stability report, from unrounded values. Hidden while scoring is blind: they
 * exist once every expert has locked.
 */
export function getResults(ctx: ServiceContext, sessionId: string): Result<ResultsView> {
  const r = sessionRow(ctx, sessionId);
  if (isErr(r)) return r;
  const phase = requirePhase(r.value, ['discussion', 'signed'], '盲评期间不显示结果，全部专家锁定评分后才能查看', 'Results stay hidden during blind scoring, until every expert has locked');
  if (isErr(phase)) return phase;
  const rules = rulesOf(r.value);
  const cells = scoreCells(sessionCells(ctx, sessionId));
  const votes = panelVotes(ctx, sessionId);
  const decisions = votes.map(({ nominationIds, order, record }) => ({ nominationIds, order, record }));
  const aggregation = aggregate(rules, cells);
  if (isErr(aggregation)) return aggregation;
  const ranking = rank(rules, aggregation.value, decisions);
  if (isErr(ranking)) return ranking;
  const stability = cutStability(rules, cells, decisions);
  if (isErr(stability)) return stability;
  return ok({ sessionId, aggregation: aggregation.value, ranking: ranking.value, stability: stability.value, votes });
}

/** A tie across the cut is decided by the panel; the vote and its record are kept with the session. */
export function recordPanelVote(ctx: ServiceContext, sessionId: string, vote: PanelVote): Result<ResultsView> {
  const { store } = ctx;
  const saved = store.transaction(() => {
    const r = sessionRow(ctx, sessionId);
    if (isErr(r)) return r;
    const phase = requirePhase(r.value, ['discussion'], '只能在讨论阶段表决', 'Votes are taken in the discussion phase');
    if (isErr(phase)) return phase;
    const valid = validatePanelVotes(rulesOf(r.value), [vote]);
    if (isErr(valid)) return valid;
    const current = getResults(ctx, sessionId);
    if (isErr(current)) return current;
    const key = [...vote.nominationIds].sort().join('|');
    if (!current.value.ranking.needsPanelVote.some((t) => [...t.nominationIds].sort().join('|') === key)) {
      return err('no-such-tie', '这些推荐对象不构成跨越名额线的并列', 'These nominations are not a tie across the cut');
    }
    store.run(
      store.q.insertInto('panel_votes').values({
        session_id: sessionId,
        nomination_ids: JSON.stringify(vote.nominationIds),
        vote_order: JSON.stringify(vote.order),
        record: vote.record,
        at: ctx.now().toISOString(),
      }),
    );
    store.audit({ actor: ctx.actor, action: 'results.panel-vote', subject: auditSubject.session(sessionId), details: vote });
    return ok(undefined);
  });
  return isErr(saved) ? saved : getResults(ctx, sessionId);
}
