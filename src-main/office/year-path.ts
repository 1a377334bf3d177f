import { auditSubject } from '../../src-shared/audit/subjects';
import { yearPath, type YearPath, type YearPathFacts } from '../../src-shared/office/year-path';
import { counts } from '../services/app-info';
import type { ServiceContext } from '../services/context';
import { publicationOf } from './publication-store';

const countOf = (row: { n: number } | undefined) => Number(row?.n ?? 0);

/** The year's path counted from the tables (and, for exports, which leave no row of their own, the audit log). */
export function yearPathFacts(ctx: ServiceContext, year: number): YearPathFacts {
  const { store } = ctx;
  const nominations = countOf(store.first(store.q.selectFrom('nominations').select((eb) => eb.fn.countAll<number>().as('n')).where('year', '=', year)));
  const publication = publicationOf(ctx, year);
  const screenings = store.all(
    store.q
      .selectFrom('screenings')
      .innerJoin('nominations', 'nominations.id', 'screenings.nomination_id')
      .select(['screenings.outcome', 'screenings.confirmed_by'])
      .where('nominations.year', '=', year),
  );
  const sessions = store.all(store.q.selectFrom('scoring_sessions').select(['session_id', 'phase']).where('year', '=', year).where('role', '=', 'coordinator'));
  const exportedSubjects = new Set(
    (store.db.prepare("SELECT DISTINCT subject FROM audit_log WHERE action = 'bundle.export'").pluck().all() as string[]),
  );
  return {
    experts: counts(ctx).experts,
    nominations,
    screened: screenings.length,
    needsJudgement: screenings.filter((s) => s.outcome === 'needs-judgement').length,
    awaitingConfirmation: screenings.filter((s) => s.outcome !== 'needs-judgement' && !s.confirmed_by).length,
    drawsFinished: countOf(store.first(store.q.selectFrom('draws').select((eb) => eb.fn.countAll<number>().as('n')).where('year', '=', year).where('status', '=', 'finished'))),
    sessions: sessions.length,
    signed: sessions.filter((s) => s.phase === 'signed').length,
    exported: sessions.filter((s) => exportedSubjects.has(auditSubject.session(s.session_id))).length,
    verified: countOf(store.first(store.q.selectFrom('imported_bundles').select((eb) => eb.fn.countAll<number>().as('n')).where('year', '=', year))),
    published: publication !== null,
    closed: publication?.closedAt != null,
  };
}

export function yearPathOf(ctx: ServiceContext, year: number): YearPath {
  return yearPath(year, yearPathFacts(ctx, year));
}
