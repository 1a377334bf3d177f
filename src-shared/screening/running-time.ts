import { addYears, compareDates, completedYears, formatIsoDate, parseIsoDate } from './calendar';
import { checkResult, type CheckResult } from './check-result';

export const REQUIRED_RUNNING_YEARS = 3;

/**
 * Art. 4.2 "已有效运行3年以上": the date can be checked, "effectively" and "stable team" cannot (those are on
 * the manual checklist). 以上 includes the boundary in Chinese rules, so founded exactly 3 years before the
 * reference date passes. The 3-year day is `founded + 3 years` (see calendar.ts for Feb 29).
 *
 * @param referenceDate the year's screening reference date (selection_years.reference_date), already valid.
 */
export function runningTimeCheck(foundedOn: string, referenceDate: string): CheckResult {
  const ref = parseIsoDate(referenceDate);
  // The reference date comes from the year's settings, not from a nomination: a bad one is a bug.
  if (!ref) throw new RangeError(`reference date is not a valid YYYY-MM-DD date: ${referenceDate}`);
  const founded = parseIsoDate(foundedOn);
  if (!founded) {
    return checkResult(
      'running-time',
      'review',
      'founded-date-invalid',
      `成立日期“${foundedOn}”不是有效日期，无法计算运行年限，请核对申报材料。`,
      `The founding date "${foundedOn}" is not a valid date, so the running time cannot be computed; check the nomination.`,
    );
  }
  if (compareDates(founded, ref) > 0) {
    return checkResult(
      'running-time',
      'fail',
      'founded-after-reference-date',
      `成立日期${foundedOn}晚于审查基准日${referenceDate}，不满足“已有效运行3年以上”（请同时核对日期是否填错）。`,
      `Founded on ${foundedOn}, after the reference date ${referenceDate}: it cannot have run 3 years (also check the date for a typing error).`,
    );
  }
  const years = completedYears(founded, ref);
  const due = formatIsoDate(addYears(founded, REQUIRED_RUNNING_YEARS));
  if (years >= REQUIRED_RUNNING_YEARS) {
    return checkResult(
      'running-time',
      'pass',
      'running-3-years-or-more',
      `成立于${foundedOn}，至审查基准日${referenceDate}已运行满${years}年（${due}满3年），符合“已有效运行3年以上”。`,
      `Founded on ${foundedOn}: ${years} full years by the reference date ${referenceDate} (3 years on ${due}); meets Art. 4.2 (3 years or more).`,
    );
  }
  return checkResult(
    'running-time',
    'fail',
    'running-under-3-years',
    `成立于${foundedOn}，至审查基准日${referenceDate}仅运行满${years}年，须至${due}方满3年，不满足“已有效运行3年以上”。`,
    `Founded on ${foundedOn}: only ${years} full year(s) by the reference date ${referenceDate}; 3 years are reached on ${due}. Art. 4.2 requires 3 years or more.`,
  );
}
