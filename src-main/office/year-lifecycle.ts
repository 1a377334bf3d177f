import { auditSubject } from '../../src-shared/audit/subjects';
import { yearLifecycle, type YearFacts, type YearLifecycle, type YearSummary } from '../../src-shared/office/lifecycle';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import type { ServiceContext } from '../services/context';
import { readSettings } from '../services/settings';
import { registeredCount, sessionProposals } from './proposals';
import { publicationOf } from './publication-store';

const countOf = (row: { n: number } | undefined) => row?.n ?? 0;

/** What the year holds, counted from the tables: the lifecycle is never stored, so it cannot drift from the data. */
export function yearFacts(ctx: ServiceContext, year: number): YearFacts {
  const { store } = ctx;
  const nominations = countOf(store.first(store.q.selectFrom('nominations').select((eb) => eb.fn.countAll<number>().as('n')).where('year', '=', year)));
  const screened = countOf(
    store.first(store.q.selectFrom('screenings').innerJoin('nominations', 'nominations.id', 'screenings.nomination_id').select((eb) => eb.fn.countAll<number>().as('n')).where('nominations.year', '=', year)),
  );
  const sessions = countOf(store.first(store.q.selectFrom('scoring_sessions').select((eb) => eb.fn.countAll<number>().as('n')).where('year', '=', year).where('role', '=', 'coordinator')));
  const proposals = sessionProposals(ctx, year);
  const publication = publicationOf(ctx, year);
  return {
    nominations,
    screened,
    sessions,
    proposals: proposals.length,
    proposedStudios: new Set(proposals.flatMap((p) => p.studios.map((s) => s.nominationId))).size,
    registered: registeredCount(ctx, year),
    published: publication !== null,
    closed: publication?.closedAt != null,
  };
}

export function lifecycleOf(ctx: ServiceContext, year: number): YearLifecycle {
  return yearLifecycle(year, yearFacts(ctx, year));
}

/**
 * The years to choose from: every year some table holds, the year set in the settings, this calendar year and the
 * year after the newest, so a new year can be started from the list too.
 */
export function listYears(ctx: ServiceContext): YearSummary[] {
  const { store } = ctx;
  const years = new Set<number>([readSettings(ctx).year, ctx.now().getFullYear()]);
  for (const table of ['nominations', 'scoring_sessions', 'draws', 'publications'] as const) {
    for (const r of store.all(store.q.selectFrom(table).select('year').distinct())) years.add(r.year);
  }
  years.add(Math.max(...years) + 1);
  return [...years]
    .sort((a, b) => b - a)
    .map((year) => {
      const l = lifecycleOf(ctx, year);
      const f = l.facts;
      return { year, current: l.current, nominations: f.nominations, hasData: f.nominations + f.sessions + f.proposals > 0 || f.published };
    });
}

/** Closes the year after its publication: its selection is over. Recorded, with the reason given. */
export function closeYear(ctx: ServiceContext, year: number, reason: string): Result<YearLifecycle> {
  const { store } = ctx;
  const done = store.transaction(() => {
    const p = publicationOf(ctx, year);
    if (!p) return err('year-not-published', `${year} 年度名单尚未发布，不能结束该年度`, `The list of ${year} is not published yet; the year cannot be closed`);
    if (p.closedAt) return err('year-closed', `${year} 年度已于 ${p.closedAt} 结束`, `${year} was already closed on ${p.closedAt}`);
    store.run(store.q.updateTable('publications').set({ closed_at: ctx.now().toISOString() }).where('year', '=', year));
    store.audit({ actor: ctx.actor, action: 'year.close', subject: auditSubject.year(year), details: { reason: reason.trim() } });
    return ok(undefined);
  });
  return isErr(done) ? done : ok(lifecycleOf(ctx, year));
}
