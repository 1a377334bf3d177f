import { describe, expect, test } from 'vitest';
import { listedDetails, ProblemList, unlistedProblems } from './problem-list';
import type { ImportProblem } from './types';

const problem = (row: number, column: string): ImportProblem => ({ row, column, value: '', reason: { zh: '', en: '' } });
const byRowThenColumn = (ps: ImportProblem[]) => [...ps].sort((a, b) => a.row - b.row || a.column.localeCompare(b.column));

describe('the problems list is cut short, and counted', () => {
  test('the first `listed` in row and column order, and the count of all', () => {
    const list = new ProblemList(5);
    // Three problems a row, found right to left within each row.
    for (let row = 2; row <= 1000; row++) for (const column of ['C', 'B', 'A']) list.add(problem(row, column));
    expect(list.total).toBe(999 * 3);
    expect(list.first(byRowThenColumn).map((p) => `${p.row}${p.column}`)).toEqual(['2A', '2B', '2C', '3A', '3B']);
  });

  test('a short list is all of it', () => {
    const list = new ProblemList(200);
    list.add(problem(3, 'A'));
    expect(list.total).toBe(1);
    expect(list.first((ps) => ps)).toHaveLength(1);
  });

  test('refusal details: the first ones, then one line counting the rest, in both languages', () => {
    const details = Array.from({ length: 300 }, (_, i) => ({ path: `第${i}行`, message: { zh: 'x', en: 'x' } }));
    const listed = listedDetails(details, 300);
    expect(listed).toHaveLength(201);
    expect(listed[200]).toEqual({ message: { zh: '另有 100 处问题未列出', en: '100 more problems not listed' } });
    expect(listedDetails(details.slice(0, 200), 250).at(-1)).toEqual({ message: unlistedProblems(50) });
    expect(listedDetails(details.slice(0, 3), 3)).toHaveLength(3);
  });
});
