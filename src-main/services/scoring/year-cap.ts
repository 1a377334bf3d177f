import { isErr, type Result } from '../../../src-shared/result';
import { aggregate } from '../../../src-shared/scoring/aggregate';
import { rank } from '../../../src-shared/scoring/rank';
import { checkYearCap, yearCapacity, type YearCapacity, type YearCapRecord } from '../../../src-shared/scoring/year-cap';
import { readJson } from '../../store/json-columns';
import type { ServiceContext } from '../context';
import { panelVotes, scoreCells } from './results';
import { rulesOf, sessionCells, type SessionRow } from './session-store';

/** The size of a signed session's proposed list, from its locked cells and votes under its frozen rules. */
function proposedCount(ctx: ServiceContext, r: SessionRow): number | undefined {
  const rules = rulesOf(r);
  const aggregation = aggregate(rules, scoreCells(sessionCells(ctx, r.session_id)));
  if (isErr(aggregation)) return undefined;
  const decisions = panelVotes(ctx, r.session_id).map(({ nominationIds, order, record }) => ({ nominationIds, order, record }));
  const ranking = rank(rules, aggregation.value, decisions);
  return isErr(ranking) ? undefined : ranking.value.rows.filter((row) => row.inCut).length;
}

/**
 * Every session of `year` this database knows: its own coordinator sessions and the bundles the office took in.
 * A session copied to an expert's laptop is not counted there: it is the coordinator's session (or its bundle)
 * that proposes.
 */
export function yearCapRecords(ctx: ServiceContext, year: number): YearCapRecord[] {
  const { store } = ctx;
  const sessions = store.all(store.q.selectFrom('scoring_sessions').selectAll().where('year', '=', year).where('role', '=', 'coordinator'));
  const bundles = store.all(store.q.selectFrom('imported_bundles').select(['session_id', 'year', 'proposed_list']).where('year', '=', year));
  return [
    ...sessions.map(
      (r): YearCapRecord => ({
        kind: 'session',
        sessionId: r.session_id,
        year: r.year,
        phase: r.phase,
        cut: rulesOf(r).cut,
        ...(r.phase === 'signed' ? { proposed: proposedCount(ctx, r) } : {}),
      }),
    ),
    ...bundles.map((b): YearCapRecord => ({ kind: 'bundle', sessionId: b.session_id, year: b.year, proposed: readJson('imported_bundles.proposed_list', b.proposed_list).length })),
  ];
}

/** The room `year` has left for `sessionId` (or for a new session), every other session of the year counted once. */
export function yearCapacityFor(ctx: ServiceContext, year: number, sessionId?: string): YearCapacity {
  return yearCapacity({ year, sessionId, records: yearCapRecords(ctx, year) });
}

/** Refuses `requested` (a cut, or a proposed list's size) above what the year has left for this session. */
export function checkSessionYearCap(ctx: ServiceContext, year: number, sessionId: string, requested: number): Result<void> {
  return checkYearCap(yearCapacityFor(ctx, year, sessionId), requested);
}
