/**
 * A studio's register number: year, the office's mark 教科文卫体 (JKWWT) and the studio's sequence in that year's
 * list, at least two digits (2026-JKWWT-01). Lists of earlier years carry the same form.
 */
const FORM = /^(\d{4})-JKWWT-(\d{2,3})$/;

export function registerNumber(year: number, seq: number): string {
  return `${year}-JKWWT-${String(seq).padStart(2, '0')}`;
}

/** Year and sequence of a register number as written, or undefined when it is not of the form. */
export function parseRegisterNumber(text: string): { year: number; seq: number } | undefined {
  const m = FORM.exec(text.trim().toUpperCase());
  if (!m || Number(m[2]) < 1) return undefined;
  return { year: Number(m[1]), seq: Number(m[2]) };
}
