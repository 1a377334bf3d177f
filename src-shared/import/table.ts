import { err, ok, type ErrorDetail, type Result } from '../result';
import { echo } from '../text/echo';
import { cellText, isBlank, type CellValue } from './cell';
import type { ColumnSpec, TableSpec } from './columns';
import { matchKey } from './labels';

/** A non-blank row of a sheet: its number as Excel shows it, and its cells from column A (index 0). */
export interface SourceRow {
  row: number;
  cells: CellValue[];
}

/** A sheet as the file reader hands it over; rows are produced on demand, so unused sheets cost little. */
export interface SheetSource {
  name: string;
  /** Rows in order, blank ones may be left out; at most `limit` when given. */
  readRows(limit?: number): SourceRow[];
}

export interface LocatedColumn<F extends string = string> {
  spec: ColumnSpec<F>;
  /** The header as written in the file. */
  header: string;
  index: number;
}

export interface ImportTable<F extends string = string> {
  spec: TableSpec<F>;
  sheetName: string;
  headerRow: number;
  columns: LocatedColumn<F>[];
  byField: Partial<Record<F, LocatedColumn<F>>>;
  ignoredHeaders: string[];
  /** Data rows below the header, blank and example rows left out. */
  rows: SourceRow[];
  exampleRows: number[];
}

/** The header is the first of the first ten non-blank rows that names at least this many known columns. */
export const HEADER_SEARCH_ROWS = 10;
export const HEADER_MIN_MATCHES = 3;

// Templates carry an example row; a row whose first filled cell says 示例 (or 例：) is never data.
const EXAMPLE_MARK = /^\s*(?:示例|例[:：])/;

function isBlankRow(r: SourceRow): boolean {
  for (const c of r.cells) if (c !== undefined && !isBlank(c)) return false;
  return true;
}

function firstFilled(r: SourceRow): CellValue | undefined {
  for (const c of r.cells) if (c !== undefined && !isBlank(c)) return c;
  return undefined;
}

interface HeaderMatch<F extends string> {
  columns: LocatedColumn<F>[];
  ignored: string[];
  distinct: number;
}

function matchHeaders<F extends string>(spec: TableSpec<F>, row: SourceRow): HeaderMatch<F> {
  const columns: LocatedColumn<F>[] = [];
  const ignored: string[] = [];
  const taken = new Set<F>();
  row.cells.forEach((cell, index) => {
    if (cell === undefined || isBlank(cell)) return;
    const written = cellText(cell).trim();
    // As shown in problems and in the list of ignored headers.
    const header = echo(written);
    const c = spec.byKey.get(matchKey(written));
    if (!c || taken.has(c.field)) {
      ignored.push(header);
      return;
    }
    taken.add(c.field);
    columns.push({ spec: c, header, index });
  });
  return { columns, ignored, distinct: taken.size };
}

function expectedHeaders(spec: TableSpec): string {
  return spec.columns
    .filter((c) => c.required)
    .map((c) => c.zh)
    .join('、');
}

/** Finds the table in the first sheet with a recognisable header and checks its required columns. */
export function locateTable<F extends string>(sheets: readonly SheetSource[], spec: TableSpec<F>): Result<ImportTable<F>> {
  let sawData = false;
  for (const sheet of sheets) {
    const head = sheet.readRows(HEADER_SEARCH_ROWS * 4).filter((r) => !isBlankRow(r)).slice(0, HEADER_SEARCH_ROWS);
    if (head.length > 0) sawData = true;
    for (const candidate of head) {
      const match = matchHeaders(spec, candidate);
      if (match.distinct >= HEADER_MIN_MATCHES) return buildTable(sheet, candidate.row, match, spec);
    }
  }
  const expected = expectedHeaders(spec);
  if (!sawData) {
    return err(
      'empty-file',
      `文件中没有数据。应为${spec.name.zh}表，表头包括：${expected}`,
      `The file holds no data. Expected the ${spec.name.en} table, with the headers: ${expected}`,
    );
  }
  return err(
    'no-header',
    `没有找到${spec.name.zh}表头：各工作表前 ${HEADER_SEARCH_ROWS} 行中没有一行包含至少 ${HEADER_MIN_MATCHES} 个可识别的列名。应包括：${expected}`,
    `No ${spec.name.en} header found: no row among the first ${HEADER_SEARCH_ROWS} of any sheet names at least ${HEADER_MIN_MATCHES} known columns. Expected: ${expected}`,
  );
}

function buildTable<F extends string>(
  sheet: SheetSource,
  headerRow: number,
  match: HeaderMatch<F>,
  spec: TableSpec<F>,
): Result<ImportTable<F>> {
  const byField: Partial<Record<F, LocatedColumn<F>>> = {};
  for (const c of match.columns) byField[c.spec.field] = c;
  const missing = spec.columns.filter((c) => c.required && !byField[c.field]);
  if (missing.length > 0) {
    const names = missing.map((c) => c.zh).join('、');
    const details: ErrorDetail[] = missing.map((c) => ({
      path: c.zh,
      message: { zh: `缺少必填列：${c.zh}`, en: `required column missing: ${c.zh} (${c.en})` },
    }));
    return err(
      'missing-columns',
      `工作表“${sheet.name}”第 ${headerRow} 行的表头缺少必填列：${names}`,
      `The header in row ${headerRow} of sheet "${sheet.name}" lacks required columns: ${missing.map((c) => `${c.zh} (${c.en})`).join(', ')}`,
      details,
    );
  }
  const rows: SourceRow[] = [];
  const exampleRows: number[] = [];
  for (const r of sheet.readRows()) {
    if (r.row <= headerRow || isBlankRow(r)) continue;
    const first = firstFilled(r);
    if (typeof first === 'string' && EXAMPLE_MARK.test(first)) exampleRows.push(r.row);
    else rows.push(r);
  }
  return ok({
    spec,
    sheetName: sheet.name,
    headerRow,
    columns: match.columns,
    byField,
    ignoredHeaders: match.ignored,
    rows,
    exampleRows,
  });
}

/** A sheet from an in-memory grid (CSV, tests): row i of the grid is row i + 1. */
export function gridSheet(name: string, grid: readonly CellValue[][], rowNumbers?: readonly number[]): SheetSource {
  const rows: SourceRow[] = grid.map((cells, i) => ({ row: rowNumbers?.[i] ?? i + 1, cells: [...cells] }));
  return { name, readRows: (limit) => (limit === undefined ? rows : rows.slice(0, limit)) };
}
