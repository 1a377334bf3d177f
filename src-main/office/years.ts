import { auditSubject } from '../../src-shared/audit/subjects';
import { yearSummary, type YearPath, type YearSummary } from '../../src-shared/office/year-path';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import { formatLocalTime } from '../../src-shared/time/local-time';
import type { ServiceContext } from '../services/context';
import { readSettings } from '../services/settings';
import { publicationOf } from './publication-store';
import { yearPathOf } from './year-path';

/**
 * The years to choose from: every year some table holds, the year set in the settings, this calendar year and the
 * year after the newest, so a new year can be started from the list too.
 */
export function listYears(ctx: ServiceContext): YearSummary[] {
  const { store } = ctx;
  const years = new Set<number>([readSettings(ctx).year, ctx.now().getFullYear()]);
  for (const table of ['nominations', 'scoring_sessions', 'draws', 'publications', 'imported_bundles'] as const) {
    for (const r of store.all(store.q.selectFrom(table).select('year').distinct())) years.add(r.year);
  }
  years.add(Math.max(...years) + 1);
  return [...years].sort((a, b) => b - a).map((year) => yearSummary(yearPathOf(ctx, year)));
}

/** Closes the year after its publication: its selection is over. Recorded, with the reason given. */
export function closeYear(ctx: ServiceContext, year: number, reason: string): Result<YearPath> {
  const { store } = ctx;
  const done = store.transaction(() => {
    const p = publicationOf(ctx, year);
    if (!p) return err('year-not-published', `${year} 年度名单尚未发布，不能结束该年度`, `The list of ${year} is not published yet; the year cannot be closed`);
    if (p.closedAt) {
      const { timeZone } = readSettings(ctx);
      return err('year-closed', `${year} 年度已于 ${formatLocalTime(p.closedAt, 'zh-CN', timeZone)} 结束`, `${year} was already closed on ${formatLocalTime(p.closedAt, 'en', timeZone)}`);
    }
    store.run(store.q.updateTable('publications').set({ closed_at: ctx.now().toISOString() }).where('year', '=', year));
    store.audit({ actor: ctx.actor, action: 'year.close', subject: auditSubject.year(year), details: { reason: reason.trim() } });
    return ok(undefined);
  });
  return isErr(done) ? done : ok(yearPathOf(ctx, year));
}
