import { auditSubject } from '../../src-shared/audit/subjects';
import type { ManagementState } from '../../src-shared/office/management-rules';
import type {
  AnnualCheckView,
  ManagedStudio,
  ManagedStudioRow,
  ManagementDueView,
  OpenRectification,
  RectificationView,
  StudioManagementView,
} from '../../src-shared/office/management-views';
import { err, ok, type Result } from '../../src-shared/result';
import { readJson } from '../store/json-columns';
import type { StudiosTable } from '../store/schema-types';
import type { ServiceContext } from '../services/context';
import { officeToday } from './office-today';
import { listStudioFacts } from './studio-facts-read';

const managed = (r: StudiosTable): ManagedStudio => ({
  id: r.id,
  year: r.year,
  studioName: r.studio_name,
  leaderName: r.leader_name,
  workUnitName: r.work_unit_name,
  sector: r.sector,
  status: r.status,
});

export function findStudio({ store }: ServiceContext, studioId: string): Result<StudiosTable> {
  const row = store.first(store.q.selectFrom('studios').selectAll().where('id', '=', studioId));
  return row
    ? ok(row)
    : err('studio-not-found', `名录中没有登记号为 ${studioId} 的工作室`, `The register has no studio numbered ${studioId}`);
}

function checksOf({ store }: ServiceContext, studioId: string): AnnualCheckView[] {
  return store
    .all(store.q.selectFrom('annual_checks').selectAll().where('studio_id', '=', studioId).orderBy('year', 'desc'))
    .map((r) => ({
      year: r.year,
      checkedOn: r.checked_on,
      activities: r.activities,
      results: r.results,
      useOfFunds: r.use_of_funds,
      finding: r.finding,
      checkers: readJson('annual_checks.checkers', r.checkers),
      recordedAt: r.recorded_at,
      recordedBy: r.recorded_by,
    }));
}

/** Rectifications (of one studio, or of all) with their re-checks, newest first; `overdue` counted from `today`. */
function rectificationsOf({ store }: ServiceContext, today: string, studioId?: string): (RectificationView & { studioId: string })[] {
  let q = store.q
    .selectFrom('rectifications as r')
    .leftJoin('rechecks as c', (j) => j.onRef('c.studio_id', '=', 'r.studio_id').onRef('c.check_year', '=', 'r.check_year'))
    .select([
      'r.studio_id',
      'r.check_year',
      'r.opened_on',
      'r.deadline',
      'r.requirements',
      'c.rechecked_on',
      'c.outcome',
      'c.notes',
      'c.checkers',
      'c.recorded_at',
      'c.recorded_by',
    ])
    .orderBy('r.check_year', 'desc');
  if (studioId !== undefined) q = q.where('r.studio_id', '=', studioId);
  return store.all(q).map((r) => ({
    studioId: r.studio_id,
    checkYear: r.check_year,
    openedOn: r.opened_on,
    deadline: r.deadline,
    requirements: r.requirements,
    overdue: r.outcome === null && r.deadline < today,
    recheck:
      r.outcome === null
        ? null
        : {
            recheckedOn: r.rechecked_on!,
            outcome: r.outcome,
            notes: r.notes!,
            checkers: readJson('rechecks.checkers', r.checkers!),
            recordedAt: r.recorded_at!,
            recordedBy: r.recorded_by!,
          },
  }));
}

function revocationOf({ store }: ServiceContext, studioId: string) {
  const r = store.first(store.q.selectFrom('revocations').selectAll().where('studio_id', '=', studioId));
  return r
    ? { revokedOn: r.revoked_on, docNo: r.doc_no, reason: r.reason, checkYear: r.check_year, recordedAt: r.recorded_at, recordedBy: r.recorded_by }
    : null;
}

/** What the rules need to know of a studio before a step (src-shared/office/management-rules.ts). */
export function managementState(ctx: ServiceContext, studio: StudiosTable): ManagementState {
  const { store } = ctx;
  const years = store.all(store.q.selectFrom('annual_checks').select('year').where('studio_id', '=', studio.id)).map((r) => r.year);
  // No today: `overdue` plays no part in the rules.
  const latest = rectificationsOf(ctx, '', studio.id)[0];
  return {
    studioId: studio.id,
    status: studio.status,
    studioYear: studio.year,
    checkedYears: years,
    rectification: latest
      ? {
          checkYear: latest.checkYear,
          openedOn: latest.openedOn,
          deadline: latest.deadline,
          recheck: latest.recheck && { recheckedOn: latest.recheck.recheckedOn, outcome: latest.recheck.outcome },
        }
      : null,
    revokedOn: revocationOf(ctx, studio.id)?.revokedOn ?? null,
  };
}

/** A studio's audit rows: its history as the chained log tells it. */
function historyOf({ store }: ServiceContext, studioId: string) {
  return store.db
    .prepare('SELECT at, actor, action FROM audit_log WHERE subject = ? ORDER BY seq')
    .all(auditSubject.studio(studioId)) as { at: string; actor: string; action: string }[];
}

export function studioManagementView(ctx: ServiceContext, studioId: string): Result<StudioManagementView> {
  const studio = findStudio(ctx, studioId);
  if (!studio.ok) return studio;
  const today = officeToday(ctx);
  return ok({
    studio: managed(studio.value),
    checks: checksOf(ctx, studioId),
    rectifications: rectificationsOf(ctx, today, studioId).map(({ studioId: _, ...r }) => r),
    revocation: revocationOf(ctx, studioId),
    facts: listStudioFacts(ctx, studioId),
    history: historyOf(ctx, studioId),
  });
}

/** Every studio of the register with its latest check, by register number. */
export function managedStudios({ store }: ServiceContext): ManagedStudioRow[] {
  const last = new Map<string, ManagedStudioRow['lastCheck']>();
  for (const c of store.all(store.q.selectFrom('annual_checks').select(['studio_id', 'year', 'finding']).orderBy('year'))) {
    last.set(c.studio_id, { year: c.year, finding: c.finding });
  }
  return store
    .all(store.q.selectFrom('studios').selectAll().orderBy('year').orderBy('seq'))
    .map((r) => ({ ...managed(r), lastCheck: last.get(r.id) ?? null }));
}

/**
 * The year's work: active studios of earlier years' lists without that year's check (a studio published late in a
 * year is first checked the year after), and every rectification not yet closed by a revocation or a good re-check.
 */
export function managementDue(ctx: ServiceContext, year: number): ManagementDueView {
  const { store } = ctx;
  const today = officeToday(ctx);
  const checked = new Set(
    store.all(store.q.selectFrom('annual_checks').select('studio_id').where('year', '=', year)).map((r) => r.studio_id),
  );
  const studios = new Map(store.all(store.q.selectFrom('studios').selectAll().orderBy('year').orderBy('seq')).map((r) => [r.id, managed(r)]));
  const unchecked = [...studios.values()].filter((s) => s.status === 'active' && s.year < year && !checked.has(s.id));
  const rectifications: OpenRectification[] = rectificationsOf(ctx, today)
    .filter((r) => studios.get(r.studioId)?.status === 'rectifying' && r.recheck?.outcome !== 'rectified')
    .map(({ studioId, ...r }) => ({ ...r, studio: studios.get(studioId)!, awaitingRevocation: r.recheck !== null }))
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.deadline.localeCompare(b.deadline));
  return { year, today, unchecked, rectifications };
}
