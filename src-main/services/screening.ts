import type { ScreeningRecord, ScreeningRow, ScreeningYearView, SelectionYear } from '../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import { automaticChecks } from '../../src-shared/screening/checks';
import { blankChecklist, type ManualAnswer } from '../../src-shared/screening/manual-checklist';
import { screeningOutcome, type ScreenerDecision } from '../../src-shared/screening/outcome';
import { capWarning } from '../../src-shared/screening/summary';
import { readJson } from '../store/json-columns';
import type { ScreeningsTable } from '../store/schema-types';
import type { ServiceContext } from './context';
import { rowToNomination } from './nomination-rows';
import { listNominations } from './nominations';
import { screeningFacts } from './screening-facts';
import { selectionYear } from './selection-years';
import { auditSubject } from '../../src-shared/audit/subjects';

function rowToRecord(r: ScreeningsTable): ScreeningRecord {
  return {
    referenceDate: r.reference_date,
    manual: readJson('screenings.manual', r.manual),
    decision: r.decision ? readJson('screenings.decision', r.decision) : null,
    outcome: r.outcome,
    reasons: readJson('screenings.reasons', r.reasons),
    screenedBy: r.screened_by,
    screenedAt: r.screened_at,
    confirmedBy: r.confirmed_by,
    confirmedAt: r.confirmed_at,
    exception: r.exception === 1,
  };
}

function storedRecord({ store }: ServiceContext, nominationId: string): ScreeningRecord | null {
  const row = store.first(store.q.selectFrom('screenings').selectAll().where('nomination_id', '=', nominationId));
  return row ? rowToRecord(row) : null;
}

/**
 * Runs the automatic checks at the year's reference date and stores the outcome with the screener's
 * checklist and decision. Any new recording clears an earlier confirmation: the second person confirms
 * what is recorded now, not what was. Call inside a transaction.
 */
function writeScreening(
  ctx: ServiceContext,
  input: { nominationId: string; manual: ManualAnswer[]; decision: ScreenerDecision | null; screener: string },
): Result<ScreeningRecord> {
  const { store } = ctx;
  const row = store.first(store.q.selectFrom('nominations').selectAll().where('id', '=', input.nominationId));
  if (!row) return err('nomination-not-found', `找不到推荐对象 ${input.nominationId}`, `No nomination ${input.nominationId}`);
  const nomination = rowToNomination(row);
  const { referenceDate } = selectionYear(ctx, nomination.year);
  const checks = automaticChecks(nomination, referenceDate, screeningFacts(ctx)(nomination));
  const verdict = screeningOutcome(checks, input.manual, input.decision ?? undefined);
  if (isErr(verdict)) return verdict;
  const values: ScreeningsTable = {
    nomination_id: nomination.id,
    reference_date: referenceDate,
    checks: JSON.stringify(checks),
    manual: JSON.stringify(input.manual),
    decision: input.decision ? JSON.stringify(input.decision) : null,
    outcome: verdict.value.outcome,
    reasons: JSON.stringify(verdict.value.reasons),
    screened_by: input.screener,
    screened_at: ctx.now().toISOString(),
    confirmed_by: null,
    confirmed_at: null,
    exception: verdict.value.exception ? 1 : 0,
  };
  const before = storedRecord(ctx, nomination.id);
  store.run(
    store.q
      .insertInto('screenings')
      .values(values)
      .onConflict((oc) => oc.column('nomination_id').doUpdateSet(values)),
  );
  store.audit({
    actor: ctx.actor,
    action: 'screening.record',
    subject: auditSubject.nomination(nomination.id),
    details: {
      screener: input.screener,
      referenceDate,
      outcome: verdict.value.outcome,
      exception: verdict.value.exception,
      from: before?.outcome ?? null,
      manual: input.manual,
      decision: input.decision,
    },
  });
  return ok(rowToRecord(values));
}

const DECISION_NO_LONGER_ALLOWED = new Set(['override-not-allowed', 'exception-required', 'exception-not-needed']);

/**
 * Checks a nomination again, keeping its checklist and decision; a decision the new checks no longer allow
 * is dropped, which sends the nomination back to the screener.
 */
function rescreen(ctx: ServiceContext, nominationId: string, prior: ScreeningRecord | null, screener: string): Result<ScreeningRecord> {
  const manual = prior?.manual ?? blankChecklist();
  const written = writeScreening(ctx, { nominationId, manual, decision: prior?.decision ?? null, screener });
  if (isErr(written) && DECISION_NO_LONGER_ALLOWED.has(written.error.code)) {
    return writeScreening(ctx, { nominationId, manual, decision: null, screener });
  }
  return written;
}

export function recordScreening(
  ctx: ServiceContext,
  input: { nominationId: string; manual: ManualAnswer[]; decision: ScreenerDecision | null; screener: string },
): Result<ScreeningRecord> {
  return ctx.store.transaction(() => writeScreening(ctx, input));
}

/** Screens every nomination of the year: new ones with a blank checklist, screened ones again. */
export function screenYear(ctx: ServiceContext, year: number, screener: string): Result<ScreeningYearView> {
  const result = ctx.store.transaction(() => {
    for (const n of listNominations(ctx, year)) {
      const written = rescreen(ctx, n.id, storedRecord(ctx, n.id), screener);
      if (isErr(written)) return written;
    }
    return ok(undefined);
  });
  return isErr(result) ? result : ok(screeningYearView(ctx, year));
}

/** The second person's confirmation of what is recorded now. Call inside a transaction. */
function writeConfirmation(ctx: ServiceContext, nominationId: string, confirmer: string): Result<ScreeningRecord> {
  const { store } = ctx;
  const record = storedRecord(ctx, nominationId);
  if (!record) {
    return err('screening-missing', `推荐对象 ${nominationId} 尚未审查`, `Nomination ${nominationId} has not been screened`);
  }
  if (record.outcome === 'needs-judgement') {
    return err(
      'screening-open',
      `推荐对象 ${nominationId} 仍“待判定”，审查人员完成判定后才能复核确认。`,
      `Nomination ${nominationId} still needs judgement; it can be confirmed once the screener has decided.`,
    );
  }
  if (confirmer.trim().toLowerCase() === record.screenedBy.trim().toLowerCase()) {
    return err('same-person', '复核确认须由审查人以外的另一人进行。', 'The confirmation must be made by someone other than the screener.');
  }
  const at = ctx.now().toISOString();
  store.run(store.q.updateTable('screenings').set({ confirmed_by: confirmer, confirmed_at: at }).where('nomination_id', '=', nominationId));
  store.audit({
    actor: ctx.actor,
    action: 'screening.confirm',
    subject: auditSubject.nomination(nominationId),
    details: { confirmer, screener: record.screenedBy, outcome: record.outcome, exception: record.exception },
  });
  return ok({ ...record, confirmedBy: confirmer, confirmedAt: at });
}

export function confirmScreening(ctx: ServiceContext, nominationId: string, confirmer: string): Result<ScreeningRecord> {
  return ctx.store.transaction(() => writeConfirmation(ctx, nominationId, confirmer));
}

/**
 * The second reviewer confirms several decisions at once (issue 16): all or none, so a refusal of one (still
 * open, or screened by the confirmer) leaves the others as they were and names the nomination; each
 * confirmation is audited on its own, as if confirmed one by one.
 */
export function confirmScreenings(ctx: ServiceContext, year: number, nominationIds: string[], confirmer: string): Result<ScreeningYearView> {
  const ofYear = new Set(listNominations(ctx, year).map((n) => n.id));
  const done = ctx.store.transaction(() => {
    for (const id of new Set(nominationIds)) {
      if (!ofYear.has(id)) return err('nomination-not-found', `${year} 年度没有推荐对象 ${id}`, `${year} has no nomination ${id}`);
      const confirmed = writeConfirmation(ctx, id, confirmer);
      if (isErr(confirmed)) return confirmed;
    }
    return ok(undefined);
  });
  return isErr(done) ? done : ok(screeningYearView(ctx, year));
}

/** Changing the date re-checks every recorded screening of the year against it, keeping checklists. */
export function setReferenceDate(ctx: ServiceContext, year: number, referenceDate: string): Result<SelectionYear> {
  const { store } = ctx;
  const before = selectionYear(ctx, year);
  const changed = store.transaction(() => {
    store.run(
      store.q
        .insertInto('selection_years')
        .values({ year, reference_date: referenceDate })
        .onConflict((oc) => oc.column('year').doUpdateSet({ reference_date: referenceDate })),
    );
    store.audit({ actor: ctx.actor, action: 'year.reference-date', subject: auditSubject.year(year), details: { from: before.referenceDate, to: referenceDate } });
    for (const n of listNominations(ctx, year)) {
      const prior = storedRecord(ctx, n.id);
      if (!prior) continue;
      const written = rescreen(ctx, n.id, prior, ctx.actor);
      if (isErr(written)) return written;
    }
    return ok(undefined);
  });
  return isErr(changed) ? changed : ok(selectionYear(ctx, year));
}

export function screeningYearView(ctx: ServiceContext, year: number): ScreeningYearView {
  const sy = selectionYear(ctx, year);
  const facts = screeningFacts(ctx);
  const rows: ScreeningRow[] = listNominations(ctx, year).map((nomination) => ({
    nomination,
    checks: automaticChecks(nomination, sy.referenceDate, facts(nomination)),
    record: storedRecord(ctx, nomination.id),
  }));
  const counts = { qualified: 0, 'not-qualified': 0, 'needs-judgement': 0, unscreened: 0 };
  for (const r of rows) counts[r.record?.outcome ?? 'unscreened'] += 1;
  return {
    year: sy,
    rows,
    counts,
    confirmed: rows.filter((r) => r.record?.confirmedBy).length,
    capWarning: capWarning(counts.qualified),
  };
}

/**
 * The nominations a review session takes: qualified at screening, where an exception to a 原则上 rule counts
 * only once a second person has confirmed it.
 */
export function reviewableNominationIds({ store }: ServiceContext): string[] {
  return store
    .all(
      store.q
        .selectFrom('screenings')
        .select('nomination_id')
        .where('outcome', '=', 'qualified')
        .where((eb) => eb.or([eb('exception', '=', 0), eb('confirmed_by', 'is not', null)])),
    )
    .map((r) => r.nomination_id);
}
