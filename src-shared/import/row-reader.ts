import type { Message } from '../result';
import { echo } from '../text/echo';
import { findHidden, hiddenCharacterMessage, removeHidden } from '../text/hidden-characters';
import { cellText, isBlank, type CellValue } from './cell';
import { parseDate, parseYearOf } from './dates';
import type { LabelMap } from './labels';
import { normalizeAscii, normalizeCode, normalizeMultiline, normalizeText, parseBoolean, splitList } from './normalize';
import type { ProblemList } from './problem-list';
import type { ImportTable, SourceRow } from './table';

/**
 * Reads one row field by field. Each reader returns the parsed value, or undefined after recording a
 * problem, so a row reports every bad cell rather than stopping at the first.
 */
export class RowReader<F extends string> {
  /** Fields already reported, so schema checks do not report them again. */
  readonly bad = new Set<F>();
  private row!: SourceRow;

  constructor(
    private readonly table: ImportTable<F>,
    private readonly problems: ProblemList,
  ) {}

  /** Re-targets the reader; one reader serves every row of a table. */
  start(row: SourceRow): this {
    this.bad.clear();
    this.row = this.withoutHidden(row);
    return this;
  }

  /**
   * A cell of the table's columns that carries a hidden character (see hidden-characters.ts) is reported with its
   * row and column, and read on without it, so the cell's other problems are found in the same pass; the row is
   * refused either way.
   */
  private withoutHidden(row: SourceRow): SourceRow {
    let cells: CellValue[] | undefined;
    for (const col of this.table.columns) {
      const v = row.cells[col.index];
      const hidden = typeof v === 'string' ? findHidden(v) : undefined;
      if (!hidden) continue;
      cells ??= [...row.cells];
      cells[col.index] = removeHidden(v as string);
      this.bad.add(col.spec.field);
      this.problems.add({ row: row.row, column: col.header, value: echo(v as string), reason: hiddenCharacterMessage(hidden) });
    }
    return cells ? { row: row.row, cells } : row;
  }

  get rowNumber(): number {
    return this.row.row;
  }

  /** The cell, '' when empty, undefined when the file has no such column. */
  raw(field: F): CellValue | undefined {
    const col = this.table.byField[field];
    if (!col) return undefined;
    return this.row.cells[col.index] ?? '';
  }

  has(field: F): boolean {
    return this.table.byField[field] !== undefined;
  }

  columnName(field: F): string {
    return this.table.byField[field]?.header ?? this.table.spec.columns.find((c) => c.field === field)?.zh ?? field;
  }

  report(field: F, value: CellValue | undefined, reason: Message): undefined {
    this.bad.add(field);
    this.problems.add({ row: this.row.row, column: this.columnName(field), value: value === undefined ? '' : echo(cellText(value)), reason });
    return undefined;
  }

  private empty(field: F, required: boolean): string | undefined {
    if (required) return this.missing(field);
    return '';
  }

  private missing(field: F): undefined {
    return this.report(field, '', { zh: '必填，不能为空', en: 'required, must not be empty' });
  }

  /** One-line text; '' when empty and optional. */
  text(field: F, required: boolean): string | undefined {
    const v = this.raw(field);
    if (v === undefined || isBlank(v)) return this.empty(field, required);
    return normalizeText(cellText(v));
  }

  multiline(field: F): string {
    const v = this.raw(field);
    return v === undefined ? '' : normalizeMultiline(cellText(v));
  }

  code(field: F, required: boolean): string | undefined {
    const v = this.raw(field);
    if (v === undefined || isBlank(v)) return this.empty(field, required);
    return normalizeCode(cellText(v));
  }

  ascii(field: F): string {
    const v = this.raw(field);
    return v === undefined ? '' : normalizeAscii(cellText(v));
  }

  choice<T extends string>(field: F, map: LabelMap<T>, required: boolean, fallback?: T): T | undefined {
    const v = this.raw(field);
    if (v === undefined || isBlank(v)) return required ? this.missing(field) : fallback;
    const code = map.lookup(cellText(v));
    return code ?? this.report(field, v, unknownChoice(cellText(v).trim(), map));
  }

  choices<T extends string>(field: F, map: LabelMap<T>, required: boolean): T[] | undefined {
    const v = this.raw(field);
    if (v === undefined || isBlank(v)) return required ? this.missing(field) : [];
    const codes: T[] = [];
    const unknown: string[] = [];
    for (const part of splitList(cellText(v), true)) {
      const code = map.lookup(part);
      if (code === undefined) unknown.push(part);
      else if (!codes.includes(code)) codes.push(code);
    }
    if (unknown.length > 0) return this.report(field, v, unknownChoice(unknown.join('、'), map));
    return codes;
  }

  /** Several names or codes in one cell. */
  list(field: F, asCodes: boolean): string[] {
    const v = this.raw(field);
    if (v === undefined || isBlank(v)) return [];
    const parts = splitList(cellText(v), asCodes);
    return asCodes ? parts.map(normalizeCode) : parts;
  }

  years(field: F): number[] | undefined {
    const v = this.raw(field);
    if (v === undefined || isBlank(v)) return [];
    if (typeof v === 'number') return Number.isInteger(v) ? [v] : this.report(field, v, badYears(String(v)));
    const years: number[] = [];
    for (const part of splitList(normalizeAscii(cellText(v)), true)) {
      const m = /^(\d{4})年?度?$/.exec(part);
      if (!m) return this.report(field, v, badYears(part));
      const y = Number(m[1]);
      if (!years.includes(y)) years.push(y);
    }
    return years.sort((a, b) => a - b);
  }

  /** A year column (年度): a number or four digits. */
  year(field: F, fallback: number): number | undefined {
    const v = this.raw(field);
    if (v === undefined || isBlank(v)) return fallback;
    const text = normalizeAscii(cellText(v));
    const m = /^(\d{4})\s*年?度?$/.exec(text);
    return m ? Number(m[1]) : this.report(field, v, { zh: `年度应为四位数字，如 2026：${echo(text)}`, en: `year must be four digits, e.g. 2026: ${echo(text)}` });
  }

  yearOf(field: F, required: boolean): number | undefined {
    const v = this.raw(field);
    if (v === undefined || isBlank(v)) return required ? this.missing(field) : undefined;
    const r = parseYearOf(v);
    return r.ok ? r.value : this.report(field, v, r.error.message);
  }

  date(field: F, required: boolean): string | undefined {
    const v = this.raw(field);
    if (v === undefined || isBlank(v)) return required ? this.missing(field) : undefined;
    const r = parseDate(v);
    return r.ok ? r.value : this.report(field, v, r.error.message);
  }

  boolean(field: F, fallback: boolean): boolean | undefined {
    const v = this.raw(field);
    if (v === undefined) return fallback;
    if (typeof v === 'boolean') return v;
    const b = parseBoolean(cellText(v));
    if (b === null) return this.report(field, v, { zh: `应填“是”或“否”：${echo(cellText(v))}`, en: `expected 是 (yes) or 否 (no): ${echo(cellText(v))}` });
    return b ?? fallback;
  }
}

function unknownChoice(text: string, map: LabelMap<string>): Message {
  const value = echo(text);
  return {
    zh: `无法识别“${value}”，应为：${map.choices.join('、')}`,
    en: `unrecognised "${value}"; expected one of: ${map.choices.map((c, i) => `${c} (${map.codes[i]})`).join(', ')}`,
  };
}

function badYears(text: string): Message {
  const part = echo(text);
  return { zh: `年份应为四位数字，多个用顿号分隔，如 2023、2024：${part}`, en: `years must be four digits, separated by 、 e.g. 2023、2024: ${part}` };
}
