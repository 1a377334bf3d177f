import { auditSubject } from '../../src-shared/audit/subjects';
import { annualCheckStep, recheckStep, revokeStep, type ManagementState } from '../../src-shared/office/management-rules';
import type { CheckFinding, RecheckOutcome } from '../../src-shared/office/management-vocabulary';
import type { StudioManagementView } from '../../src-shared/office/management-views';
import type { StudioStatus } from '../../src-shared/office/vocabulary';
import type { Result } from '../../src-shared/result';
import type { ServiceContext } from '../services/context';
import { findStudio, managementState, studioManagementView } from './management-read';
import { officeToday } from './office-today';

/**
 * Dynamic management (Art. 17): the annual check, the re-check of a rectification and the revocation. Each step is
 * decided by the rules in src-shared/office/management-rules.ts, then written with the studio's new status and its
 * audit row in one transaction. This is the only code that changes a studio's status.
 */

export interface AnnualCheckInput {
  studioId: string;
  year: number;
  checkedOn: string;
  activities: string;
  results: string;
  useOfFunds: string;
  finding: CheckFinding;
  checkers: string[];
  rectification: { deadline: string; requirements: string } | null;
}

export interface RecheckInput {
  studioId: string;
  recheckedOn: string;
  outcome: RecheckOutcome;
  notes: string;
  checkers: string[];
}

export interface RevokeInput {
  studioId: string;
  revokedOn: string;
  docNo: string;
  reason: string;
}

/**
 * Runs one step on a studio inside a transaction: the rules decide the next status from the stored state, `write`
 * records the step (its rows and audit row), and the studio's status follows.
 */
function step(
  ctx: ServiceContext,
  studioId: string,
  decide: (state: ManagementState, today: string) => Result<StudioStatus>,
  write: (state: ManagementState, from: StudioStatus, to: StudioStatus) => void,
): Result<StudioManagementView> {
  const { store } = ctx;
  return store.transaction(() => {
    const studio = findStudio(ctx, studioId);
    if (!studio.ok) return studio;
    const state = managementState(ctx, studio.value);
    const next = decide(state, officeToday(ctx));
    if (!next.ok) return next;
    write(state, state.status, next.value);
    if (next.value !== state.status) store.run(store.q.updateTable('studios').set({ status: next.value }).where('id', '=', studioId));
    return studioManagementView(ctx, studioId);
  });
}

/** The year's check of a studio; a role not evident opens a rectification with its deadline and requirements. */
export function recordAnnualCheck(ctx: ServiceContext, input: AnnualCheckInput): Result<StudioManagementView> {
  const { store } = ctx;
  const at = () => ctx.now().toISOString();
  return step(
    ctx,
    input.studioId,
    (state, today) => annualCheckStep(state, input, today),
    (_state, from, to) => {
      store.run(
        store.q.insertInto('annual_checks').values({
          studio_id: input.studioId,
          year: input.year,
          checked_on: input.checkedOn,
          activities: input.activities,
          results: input.results,
          use_of_funds: input.useOfFunds,
          finding: input.finding,
          checkers: JSON.stringify(input.checkers),
          recorded_at: at(),
          recorded_by: ctx.actor,
        }),
      );
      const r = input.rectification;
      if (r) {
        store.run(
          store.q.insertInto('rectifications').values({
            studio_id: input.studioId,
            check_year: input.year,
            opened_on: input.checkedOn,
            deadline: r.deadline,
            requirements: r.requirements,
          }),
        );
      }
      store.audit({
        actor: ctx.actor,
        subject: auditSubject.studio(input.studioId),
        action: 'management.check',
        details: {
          year: input.year,
          checkedOn: input.checkedOn,
          finding: input.finding,
          activities: input.activities,
          results: input.results,
          useOfFunds: input.useOfFunds,
          checkers: input.checkers,
          deadline: r?.deadline ?? null,
          requirements: r?.requirements ?? null,
          from,
          to,
        },
      });
    },
  );
}

/** The re-check that closes the open rectification: rectified (active again) or not rectified (revocation next). */
export function recordRecheck(ctx: ServiceContext, input: RecheckInput): Result<StudioManagementView> {
  const { store } = ctx;
  return step(
    ctx,
    input.studioId,
    (state, today) => recheckStep(state, input, today),
    (state, from, to) => {
      const checkYear = state.rectification!.checkYear;
      store.run(
        store.q.insertInto('rechecks').values({
          studio_id: input.studioId,
          check_year: checkYear,
          rechecked_on: input.recheckedOn,
          outcome: input.outcome,
          notes: input.notes,
          checkers: JSON.stringify(input.checkers),
          recorded_at: ctx.now().toISOString(),
          recorded_by: ctx.actor,
        }),
      );
      store.audit({
        actor: ctx.actor,
        subject: auditSubject.studio(input.studioId),
        action: 'management.recheck',
        details: { checkYear, recheckedOn: input.recheckedOn, outcome: input.outcome, notes: input.notes, checkers: input.checkers, from, to },
      });
    },
  );
}

/** Revokes a studio after a re-check found its rectification not in place (Art. 17). The studio and its records stay. */
export function revokeStudio(ctx: ServiceContext, input: RevokeInput): Result<StudioManagementView> {
  const { store } = ctx;
  return step(
    ctx,
    input.studioId,
    (state, today) => revokeStep(state, input, today),
    (state, from) => {
      const checkYear = state.rectification!.checkYear;
      store.run(
        store.q.insertInto('revocations').values({
          studio_id: input.studioId,
          check_year: checkYear,
          revoked_on: input.revokedOn,
          doc_no: input.docNo,
          reason: input.reason,
          recorded_at: ctx.now().toISOString(),
          recorded_by: ctx.actor,
        }),
      );
      store.audit({
        actor: ctx.actor,
        subject: auditSubject.studio(input.studioId),
        action: 'management.revoke',
        details: { checkYear, revokedOn: input.revokedOn, docNo: input.docNo, reason: input.reason, from },
      });
    },
  );
}
