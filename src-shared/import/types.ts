import type { UnitType } from '../domain/vocabulary';
import type { Message } from '../result';

/** One bad cell. `column` is the header as written in the file, or the canonical Chinese header when absent. */
export interface ImportProblem {
  /** The row number Excel shows (1-based), or the record number in a CSV file. */
  row: number;
  column: string;
  /** The cell as written. */
  value: string;
  reason: Message;
}

/** Rows that describe the same thing; reported, never merged, so staff decide which one stands. */
export interface ImportDuplicate {
  /** The id, or `姓名｜单位代码` (experts) / `工作室名称｜单位代码` (nominations). */
  key: string;
  rows: number[];
  kind: 'id' | 'name-unit';
}

export interface ImportResult<T> {
  /** Rows without any problem, validated by the domain schema (its output, defaults filled). */
  records: T[];
  /** The row each record came from, in the same order. */
  recordRows: number[];
  /** The first `IMPORT_LIMITS.listedProblems` problems, by row and column. */
  problems: ImportProblem[];
  /** Every problem found, listed or not. */
  problemCount: number;
  duplicates: ImportDuplicate[];
  sheetName: string;
  headerRow: number;
  /** Data rows read (blank and example rows not counted). */
  rowCount: number;
  /** Rows marked 示例 (as in the templates), skipped. */
  exampleRows: number[];
  /** Headers that named no known column, or a column already taken by an earlier header; their cells are ignored. */
  ignoredHeaders: string[];
  /** Unit types read from unit names (pool files without a unit-type column), for staff to check before commit. */
  inferredUnitTypes: InferredUnitType[];
}

/** A unit whose type the file did not give and the units register did not know: read from its name. */
export interface InferredUnitType {
  unitName: string;
  type: UnitType;
  why: Message;
  /** Rows of the file with this unit. */
  rows: number[];
}
