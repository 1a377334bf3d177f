import type { DuplicateFinder } from '../../src-shared/import/duplicates';
import type { ImportTable } from '../../src-shared/import/table';
import type { ProblemList } from '../../src-shared/import/problem-list';
import type { ImportResult, InferredUnitType } from '../../src-shared/import/types';
import { sortProblems } from './sort-problems';

/** What every parser hands back: the good records with their rows, and everything found about the table. */
export function importResult<T, F extends string>(
  table: ImportTable<F>,
  records: T[],
  recordRows: number[],
  problems: ProblemList,
  duplicates: DuplicateFinder,
  inferredUnitTypes: InferredUnitType[] = [],
): ImportResult<T> {
  return {
    records,
    recordRows,
    problems: problems.first((all) => sortProblems(all, table)),
    problemCount: problems.total,
    duplicates: duplicates.result(),
    sheetName: table.sheetName,
    headerRow: table.headerRow,
    rowCount: table.rows.length,
    exampleRows: table.exampleRows,
    ignoredHeaders: table.ignoredHeaders,
    inferredUnitTypes,
  };
}
