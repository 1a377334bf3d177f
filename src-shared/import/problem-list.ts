import { IMPORT_LIMITS } from '../api/limits';
import type { ErrorDetail, Message } from '../result';
import type { ImportProblem } from './types';

/**
 * The problems of a file as a parser finds them, row by row. Staff correct a file from its first problems and
 * import it again, so only the first `listed` are kept, with a count of all: a file of 100,000 bad rows neither
 * fills memory nor prints hundreds of megabytes. Every problem of a row already kept is kept too, so that sorting
 * the kept ones by row and column gives exactly the first `listed` of the whole file.
 */
export class ProblemList {
  private readonly kept: ImportProblem[] = [];
  private lastKeptRow = 0;
  /** Every problem found, listed or not. */
  total = 0;

  constructor(readonly listed: number = IMPORT_LIMITS.listedProblems) {}

  add(problem: ImportProblem): void {
    this.total++;
    if (this.kept.length >= this.listed && problem.row > this.lastKeptRow) return;
    this.kept.push(problem);
    this.lastKeptRow = Math.max(this.lastKeptRow, problem.row);
  }

  /** The first `listed` problems in the order `sort` puts them. */
  first(sort: (problems: ImportProblem[]) => ImportProblem[]): ImportProblem[] {
    return sort(this.kept).slice(0, this.listed);
  }
}

/** The line that follows a list cut short: the same words at every door (page, CLI, error details). */
export function unlistedProblems(count: number): Message {
  return { zh: `另有 ${count} 处问题未列出`, en: `${count} more problems not listed` };
}

/** Error details for a refusal: the first `listed`, then a line counting the rest when `total` is more. */
export function listedDetails(details: readonly ErrorDetail[], total: number, listed: number = IMPORT_LIMITS.listedProblems): ErrorDetail[] {
  const shown = details.slice(0, listed);
  return total > shown.length ? [...shown, { message: unlistedProblems(total - shown.length) }] : shown;
}
