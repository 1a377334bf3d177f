import type { Message } from '../result';
import { nameKey } from './name-key';

export interface RegisterEntry {
  code: string;
  name: string;
  aliases: readonly string[];
}

export interface RegisterProblem {
  /** 1-based position of the entry in the list as given (the spreadsheet row, less its header). */
  row: number;
  column: 'code' | 'name' | 'aliases';
  value: string;
  reason: Message;
}

/**
 * A register of named things the office keeps (units, recommending units): each is found by its name or any
 * alias, compared by `nameKey`. Two entries that would answer to the same name make the register ambiguous,
 * so `build` refuses them, naming both rows.
 */
export class NameRegister<E extends RegisterEntry> {
  private constructor(
    readonly entries: readonly E[],
    private readonly byKey: ReadonlyMap<string, E>,
  ) {}

  static build<E extends RegisterEntry>(entries: readonly E[]): { ok: true; value: NameRegister<E> } | { ok: false; problems: RegisterProblem[] } {
    const problems: RegisterProblem[] = [];
    const byKey = new Map<string, E>();
    const rowOfKey = new Map<string, number>();
    const codes = new Map<string, number>();
    entries.forEach((e, i) => {
      const row = i + 1;
      if (e.code.trim() === '') problems.push({ row, column: 'code', value: e.code, reason: { zh: '代码不能为空', en: 'the code must not be empty' } });
      const codeRow = codes.get(e.code);
      if (codeRow !== undefined) {
        problems.push({ row, column: 'code', value: e.code, reason: { zh: `代码“${e.code}”与第${codeRow}行重复`, en: `code "${e.code}" repeats row ${codeRow}` } });
      } else codes.set(e.code, row);
      const names: Array<['name' | 'aliases', string]> = [['name', e.name], ...e.aliases.map((a): ['aliases', string] => ['aliases', a])];
      for (const [column, text] of names) {
        const key = nameKey(text);
        if (key === '') {
          problems.push({ row, column, value: text, reason: { zh: '名称或别名不能为空', en: 'a name or alias must not be empty' } });
          continue;
        }
        const prior = rowOfKey.get(key);
        if (prior !== undefined && prior !== row) {
          problems.push({ row, column, value: text, reason: { zh: `“${text}”与第${prior}行的名称或别名重复`, en: `"${text}" repeats a name or alias of row ${prior}` } });
          continue;
        }
        rowOfKey.set(key, row);
        byKey.set(key, e);
      }
    });
    return problems.length > 0 ? { ok: false, problems } : { ok: true, value: new NameRegister(entries, byKey) };
  }

  // Imports ask for the same few hundred unit names down thousands of rows: remember the answers.
  private readonly seen = new Map<string, E | undefined>();

  find(name: string): E | undefined {
    if (this.seen.has(name)) return this.seen.get(name);
    const found = this.byKey.get(nameKey(name));
    if (this.seen.size < 10_000) this.seen.set(name, found);
    return found;
  }
}
