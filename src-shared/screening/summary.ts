import type { Message } from '../result';
import type { ScreeningOutcome } from './outcome';

/** Art. 2: at most 30 studios are published per year. */
export const ANNUAL_CAP = 30;

export interface YearSummary {
  year: number;
  total: number;
  counts: Record<ScreeningOutcome, number>;
  /** Present when more nominations qualified than can be published. */
  capWarning?: Message;
}

/**
 * Screening outcomes counted per selection year, oldest year first. Screening does not pick the 30: passing
 * screening only makes a nomination eligible for the expert panel (Art. 6), so more than 30 qualified is
 * normal and only a warning.
 */
export function summarizeByYear(
  rows: ReadonlyArray<{ year: number; outcome: ScreeningOutcome }>,
): YearSummary[] {
  const byYear = new Map<number, Record<ScreeningOutcome, number>>();
  for (const { year, outcome } of rows) {
    const counts = byYear.get(year) ?? { qualified: 0, 'not-qualified': 0, 'needs-judgement': 0 };
    counts[outcome] += 1;
    byYear.set(year, counts);
  }
  return [...byYear.entries()]
    .sort(([a], [b]) => a - b)
    .map(([year, counts]) => {
      const warning = capWarning(counts.qualified);
      return {
        year,
        total: counts.qualified + counts['not-qualified'] + counts['needs-judgement'],
        counts,
        ...(warning ? { capWarning: warning } : {}),
      };
    });
}

/** A message when more nominations qualified than Art. 2 lets the office publish; undefined otherwise. */
export function capWarning(qualifiedCount: number): Message | undefined {
  if (qualifiedCount <= ANNUAL_CAP) return undefined;
  return {
    zh: `本年度资格审查合格${qualifiedCount}个，超过第二条规定的每年发布上限${ANNUAL_CAP}个；须由专家组审核后择优提出不超过${ANNUAL_CAP}个的建议名单。`,
    en: `${qualifiedCount} nominations qualified this year, more than the ${ANNUAL_CAP} that Art. 2 allows to be published; the expert panel must choose at most ${ANNUAL_CAP} for the proposed list.`,
  };
}
