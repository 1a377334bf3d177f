/**
 * Calendar arithmetic on ISO dates (YYYY-MM-DD) for Art. 4.2 ("已有效运行3年以上").
 *
 * Dates are plain calendar days, never instants: a studio founded on 2023-06-30 has run 3 years on
 * 2026-06-30 in every time zone, so nothing here goes through `Date` or the clock.
 *
 * Feb 29: "founded + N years" lands on the same month and day; when that day does not exist (Feb 29 in a
 * common year) it is the last day of that month, so 2020-02-29 + 3 years = 2023-02-28. This is the rule of
 * the PRC Civil Code Art. 202 for periods counted in years (没有对应日的，月末日为期间的最后一日), which is
 * how a Chinese office would count it by hand.
 */
export interface CalendarDate {
  year: number;
  month: number; // 1–12
  day: number; // 1–31
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** The date, or undefined when the text is not a real YYYY-MM-DD day (2023-02-29 is not). */
export function parseIsoDate(text: string): CalendarDate | undefined {
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function formatIsoDate(d: CalendarDate): string {
  const pad = (n: number, w: number) => String(n).padStart(w, '0');
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}

export function compareDates(a: CalendarDate, b: CalendarDate): number {
  return a.year - b.year || a.month - b.month || a.day - b.day;
}

/** Same month and day `years` later; a missing day (Feb 29) becomes the month's last day. */
export function addYears(d: CalendarDate, years: number): CalendarDate {
  const year = d.year + years;
  return { year, month: d.month, day: Math.min(d.day, daysInMonth(year, d.month)) };
}

/** Whole years completed from `from` to `to` (0 when `to` is before the first anniversary or before `from`). */
export function completedYears(from: CalendarDate, to: CalendarDate): number {
  if (compareDates(to, from) < 0) return 0;
  let years = to.year - from.year;
  if (compareDates(addYears(from, years), to) > 0) years -= 1;
  return years;
}
