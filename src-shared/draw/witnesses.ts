import { err, ok, type ErrorDetail, type Result } from '../result';
import { CONTROL_CHARS, normalizeText } from './hash';

/** As typed at the table: the digits twice, so a slip of the hand is caught before it becomes part of the seed. */
export interface WitnessEntry {
  name: string;
  first: string;
  second: string;
}

export interface Witness {
  name: string;
  /** Kept as a string: leading zeros are part of the witness's contribution. */
  digits: string;
}

export const MIN_WITNESSES = 3;
export const MIN_DIGITS = 10;

/**
 * Validates witness entries. All problems are listed in `details`; the error code is that of the first one, so a
 * screen can show every mistake at once while tests can still check the code.
 */
export function validateWitnesses(entries: readonly WitnessEntry[]): Result<Witness[]> {
  if (entries.length < MIN_WITNESSES) {
    return err(
      'too-few-witnesses',
      `至少需要 ${MIN_WITNESSES} 名见证人（现有 ${entries.length} 名）`,
      `At least ${MIN_WITNESSES} witnesses are required (got ${entries.length})`,
    );
  }
  const problems: { code: string; detail: ErrorDetail }[] = [];
  const add = (code: string, i: number, zh: string, en: string) =>
    problems.push({ code, detail: { path: `witnesses[${i}]`, message: { zh: `见证人 ${i + 1}：${zh}`, en: `witness ${i + 1}: ${en}` } } });
  const seen = new Set<string>();
  const witnesses = entries.map((w, i): Witness => {
    const name = normalizeText(String(w?.name ?? ''));
    if (!name || /[|=]/.test(name) || CONTROL_CHARS.test(name)) {
      add('witness-bad-name', i, '姓名为空或含有“|”“=”、换行等字符', 'name is empty or contains "|", "=" or a control character');
    } else if (seen.has(name)) {
      add('witness-duplicate-name', i, `姓名“${name}”重复`, `name "${name}" is entered twice`);
    }
    seen.add(name);
    const first = String(w?.first ?? '').trim();
    const second = String(w?.second ?? '').trim();
    if (first !== second) {
      add('witness-mismatch', i, '两次输入的数字不一致，请重新输入', 'the two entries of the digits differ; enter them again');
    } else if (!/^[0-9]+$/.test(first)) {
      add('witness-not-digits', i, '只能输入半角数字 0–9', 'only ASCII digits 0-9 are allowed');
    } else if (first.length < MIN_DIGITS) {
      add('witness-too-short', i, `至少 ${MIN_DIGITS} 位数字（现有 ${first.length} 位）`, `at least ${MIN_DIGITS} digits are required (got ${first.length})`);
    }
    return { name, digits: first };
  });
  if (problems.length) {
    return err(problems[0].code, '见证人输入有误', 'Witness entries have problems', problems.map((p) => p.detail));
  }
  return ok(witnesses);
}
