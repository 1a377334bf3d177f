import { err, ok, type Result } from '../result';
import type { CheckFinding, RecheckOutcome } from './management-vocabulary';
import type { StudioStatus } from './vocabulary';

/**
 * Dynamic management (Art. 17) as a state machine over one studio: an annual check keeps it active, or (role not
 * evident) opens a rectification with a deadline; the re-check closes that rectification as rectified (active again)
 * or not rectified; only then may the office revoke it. A revoked studio keeps all its records and takes no further
 * step: there is no way back (a studio that deserves the title again is nominated anew).
 *
 * Each step returns the studio's next status, or the reason it is refused. Dates are ISO `YYYY-MM-DD` (local dates of
 * the office), so comparing them as text compares them as dates.
 */
export interface ManagementState {
  studioId: string;
  status: StudioStatus;
  /** The year of the list the studio was published in (or taken over from). */
  studioYear: number;
  checkedYears: readonly number[];
  /** The studio's latest rectification, if it ever had one. */
  rectification: RectificationState | null;
  /** The revocation's date, once revoked. */
  revokedOn: string | null;
}

export interface RectificationState {
  checkYear: number;
  openedOn: string;
  deadline: string;
  /** Null while it waits for its re-check. */
  recheck: { recheckedOn: string; outcome: RecheckOutcome } | null;
}

export interface CheckStep {
  year: number;
  checkedOn: string;
  finding: CheckFinding;
  /** Required with `not-evident`, refused with any other finding. */
  rectification: { deadline: string; requirements: string } | null;
}

export interface RecheckStep {
  recheckedOn: string;
  outcome: RecheckOutcome;
}

export interface RevokeStep {
  revokedOn: string;
}

function refuseRevoked(s: ManagementState) {
  return err(
    'studio-revoked',
    `工作室 ${s.studioId} 已于 ${s.revokedOn} 撤销。撤销后其全部记录保留备查，但不再检查、复查，也不能重新启用。`,
    `Studio ${s.studioId} was revoked on ${s.revokedOn}. Its records are kept, but it is not checked or re-checked again and cannot be reopened.`,
  );
}

function refuseFuture(what: { zh: string; en: string }, date: string, today: string) {
  return err('date-in-future', `${what.zh}（${date}）晚于今天（${today}）`, `The ${what.en} (${date}) is after today (${today})`);
}

/** The step is for a rectification still open: a new annual check waits until it is closed (and, if failed, decided). */
function refuseOpenRectification(s: ManagementState, r: RectificationState) {
  return r.recheck === null
    ? err(
        'rectification-open',
        `工作室 ${s.studioId} 正在整改（${r.checkYear} 年度检查提出，期限 ${r.deadline}）：请先复查，再进行新的年度检查`,
        `Studio ${s.studioId} is under rectification (from the ${r.checkYear} check, deadline ${r.deadline}): re-check it before a new annual check`,
      )
    : err(
        'revocation-pending',
        `工作室 ${s.studioId} 复查结论为整改不到位（${r.recheck.recheckedOn}），等待撤销决定，不能再进行年度检查`,
        `Studio ${s.studioId} was re-checked as not rectified (${r.recheck.recheckedOn}) and awaits the revocation decision; it cannot be checked again`,
      );
}

/** An annual check of one year; the studio's next status (`rectifying` when its role was not evident). */
export function annualCheckStep(s: ManagementState, step: CheckStep, today: string): Result<StudioStatus> {
  if (s.status === 'revoked') return refuseRevoked(s);
  const r = s.rectification;
  if (s.status === 'rectifying' && r) return refuseOpenRectification(s, r);
  if (step.year < s.studioYear) {
    return err(
      'check-year-before-studio',
      `工作室 ${s.studioId} 是 ${s.studioYear} 年公布的，不能做 ${step.year} 年度的检查`,
      `Studio ${s.studioId} was published in ${s.studioYear}; it cannot have a check for ${step.year}`,
    );
  }
  if (s.checkedYears.includes(step.year)) {
    return err(
      'check-exists',
      `工作室 ${s.studioId} 已有 ${step.year} 年度检查（每个工作室每年只检查一次）`,
      `Studio ${s.studioId} already has its check for ${step.year} (one check per studio per year)`,
    );
  }
  if (step.checkedOn > today) return refuseFuture({ zh: '检查日期', en: 'check date' }, step.checkedOn, today);
  if (Number(step.checkedOn.slice(0, 4)) < step.year) {
    return err(
      'check-date-before-year',
      `${step.year} 年度检查的日期（${step.checkedOn}）不能早于该年度`,
      `The date of the ${step.year} check (${step.checkedOn}) cannot be before that year`,
    );
  }
  if (step.finding !== 'not-evident') {
    if (step.rectification) {
      return err(
        'rectification-not-needed',
        '只有作用发挥不明显才提出整改：请去掉整改期限和要求，或改为“作用发挥不明显”',
        'Only a role not evident opens a rectification: leave out the deadline and requirements, or record the finding as not evident',
      );
    }
    return ok('active');
  }
  if (!step.rectification) {
    return err(
      'rectification-required',
      '作用发挥不明显：须提出整改要求和整改期限',
      'Role not evident: give the rectification requirements and a deadline',
    );
  }
  if (step.rectification.deadline <= step.checkedOn) {
    return err(
      'deadline-not-after-check',
      `整改期限（${step.rectification.deadline}）须晚于检查日期（${step.checkedOn}）`,
      `The rectification deadline (${step.rectification.deadline}) must be after the check date (${step.checkedOn})`,
    );
  }
  return ok('rectifying');
}

/** The re-check of the open rectification: `active` when rectified; still `rectifying`, awaiting revocation, when not. */
export function recheckStep(s: ManagementState, step: RecheckStep, today: string): Result<StudioStatus> {
  if (s.status === 'revoked') return refuseRevoked(s);
  const r = s.rectification;
  if (s.status !== 'rectifying' || !r || r.recheck !== null) {
    return err(
      'no-open-rectification',
      `工作室 ${s.studioId} 没有待复查的整改`,
      `Studio ${s.studioId} has no rectification waiting for a re-check`,
    );
  }
  if (step.recheckedOn > today) return refuseFuture({ zh: '复查日期', en: 're-check date' }, step.recheckedOn, today);
  if (step.recheckedOn < r.openedOn) {
    return err(
      'recheck-before-check',
      `复查日期（${step.recheckedOn}）不能早于提出整改的检查日期（${r.openedOn}）`,
      `The re-check date (${step.recheckedOn}) cannot be before the check that opened the rectification (${r.openedOn})`,
    );
  }
  // The studio has until its deadline: "not rectified" can only be found once the deadline has come.
  if (step.outcome === 'not-rectified' && step.recheckedOn < r.deadline) {
    return err(
      'recheck-before-deadline',
      `整改期限是 ${r.deadline}：期限届满之前不能认定整改不到位`,
      `The rectification deadline is ${r.deadline}: it cannot be found not rectified before then`,
    );
  }
  return ok(step.outcome === 'rectified' ? 'active' : 'rectifying');
}

/** Revocation (Art. 17): only for a role not evident AND a rectification not in place, i.e. after a failed re-check. */
export function revokeStep(s: ManagementState, step: RevokeStep, today: string): Result<'revoked'> {
  if (s.status === 'revoked') return refuseRevoked(s);
  const recheck = s.rectification?.recheck;
  if (!recheck || recheck.outcome !== 'not-rectified') {
    return err(
      'revocation-needs-failed-recheck',
      `工作室 ${s.studioId} 不能撤销：第十七条规定，作用发挥不明显且整改不到位的才予以撤销，须先有年度检查“作用发挥不明显”和复查结论“整改不到位”`,
      `Studio ${s.studioId} cannot be revoked: Art. 17 revokes a studio whose role is not evident AND whose rectification is not in place, so a check finding "not evident" and a re-check finding "not rectified" must come first`,
    );
  }
  if (step.revokedOn > today) return refuseFuture({ zh: '撤销日期', en: 'revocation date' }, step.revokedOn, today);
  if (step.revokedOn < recheck.recheckedOn) {
    return err(
      'revocation-before-recheck',
      `撤销日期（${step.revokedOn}）不能早于复查日期（${recheck.recheckedOn}）`,
      `The revocation date (${step.revokedOn}) cannot be before the re-check (${recheck.recheckedOn})`,
    );
  }
  return ok('revoked');
}
