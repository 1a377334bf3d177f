import type { Message } from '../../src-shared/result';
import { checkScore, type Criterion } from '../../src-shared/scoring/rubric';

export type ParsedScore = { kind: 'empty' } | { kind: 'valid'; value: number } | { kind: 'invalid'; message: Message };

/**
 * What the expert typed into one criterion box. NFKC first: a Chinese IME in full-width mode types `１７．５`,
 * which must mean 17.5. "17." counts as 17 while the expert is still typing the decimals, so nothing typed is
 * ever left unsaved just because it is half way to the next value.
 */
export function parseScore(text: string, criterion: Criterion): ParsedScore {
  const typed = text.normalize('NFKC').trim();
  if (typed === '') return { kind: 'empty' };
  if (!/^\d+\.?\d*$|^\.\d+$/.test(typed)) {
    return { kind: 'invalid', message: { zh: '请输入数字（如 17.5）', en: 'Type a number (e.g. 17.5)' } };
  }
  const checked = checkScore(criterion, Number(typed));
  return checked.ok ? { kind: 'valid', value: checked.value } : { kind: 'invalid', message: checked.error.message };
}

/** The text a stored value is shown as (no trailing zeros: 17.5, 18). */
export function scoreText(value: number | undefined): string {
  return value === undefined ? '' : String(value);
}

/** Σ weight × points when every criterion has a value, for display only (the server recomputes everything). */
export function sheetTotal(criteria: Criterion[], values: Record<string, number | undefined>): number | null {
  let total = 0;
  for (const c of criteria) {
    const v = values[c.id];
    if (v === undefined) return null;
    total += c.weight * v;
  }
  return total;
}
