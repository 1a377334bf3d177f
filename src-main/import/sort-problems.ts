import type { ImportTable } from '../../src-shared/import/table';
import type { ImportProblem } from '../../src-shared/import/types';

/** Row by row, and left to right within a row (columns missing from the file last), as staff read the sheet. */
export function sortProblems(problems: ImportProblem[], table: ImportTable): ImportProblem[] {
  const order = new Map<string, number>();
  for (const c of table.columns) order.set(c.header, c.index);
  const at = (p: ImportProblem) => order.get(p.column) ?? Number.MAX_SAFE_INTEGER;
  return problems
    .map((p, i) => ({ p, i }))
    .sort((a, b) => a.p.row - b.p.row || at(a.p) - at(b.p) || a.i - b.i)
    .map((x) => x.p);
}
