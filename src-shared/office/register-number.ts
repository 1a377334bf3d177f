import { SECTORS, type Sector } from '../domain/vocabulary';

/**
 * Register numbers of the studio register: `2026-JKWWT-01`, the year, the office's code (JKWWT: 教科文卫体) and the
 * studio's place in the year's published list. A year holds at most 30 (Art. 2), so two digits; a wider number
 * (a year taken over from an old list with more) keeps all its digits. Lists of earlier years carry the same form.
 */
export const REGISTER_CODE = 'JKWWT';
const FORM = new RegExp(`^(\\d{4})-${REGISTER_CODE}-(\\d{2,3})$`);

export function registerNumber(year: number, seq: number): string {
  return `${year}-${REGISTER_CODE}-${String(seq).padStart(2, '0')}`;
}

/** Year and sequence of a register number as written, or undefined when it is not of the form. */
export function parseRegisterNumber(text: string): { year: number; seq: number } | undefined {
  const m = FORM.exec(text.trim().toUpperCase());
  if (!m || Number(m[2]) < 1) return undefined;
  return { year: Number(m[1]), seq: Number(m[2]) };
}

/** One adopted studio as it enters the published list. */
export interface ListedStudio {
  nominationId: string;
  sector: Sector;
  /** The session that proposed it, and its place on that session's proposed list. */
  sessionId: string;
  position: number;
}

/**
 * The published list's order, which the register numbers follow: by sector as the document lists them (教育, 科技,
 * 文化, 卫生, 体育), then by session and the session's own order. The same studios always get the same numbers.
 */
export function publishedOrder<T extends ListedStudio>(studios: readonly T[]): T[] {
  const sector = (s: ListedStudio) => SECTORS.indexOf(s.sector);
  return [...studios].sort(
    (a, b) => sector(a) - sector(b) || a.sessionId.localeCompare(b.sessionId) || a.position - b.position || a.nominationId.localeCompare(b.nominationId),
  );
}

/**
 * Register numbers for `studios` (in published order), after the `usedSeqs` the year already holds (studios taken
 * over from an earlier list of the same year keep theirs).
 */
export function numberStudios<T extends ListedStudio>(year: number, studios: readonly T[], usedSeqs: readonly number[]): (T & { seq: number; registerNumber: string })[] {
  const start = usedSeqs.reduce((m, s) => Math.max(m, s), 0);
  return publishedOrder(studios).map((s, i) => ({ ...s, seq: start + i + 1, registerNumber: registerNumber(year, start + i + 1) }));
}
