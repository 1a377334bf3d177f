import { z } from 'zod';
import { err, ok, type ErrorDetail, type Result } from '../result';
import { pointsSchema } from './points';
import { bilingualProblems } from './problems';
import { totalOf } from './rubric';
import type { SessionRules } from './session-rules';

/**
 * One expert × one nomination. `recused` (回避, R on the sheet) means the expert did not score it: it is left out
 * of every statistic, never counted as 0. A pair with no cell at all is simply not scored (yet).
 */
export const scoreCellSchema = z.strictObject({
  expertId: z.string().min(1).max(100),
  nominationId: z.string().min(1).max(100),
  state: z.enum(['scored', 'recused']),
  /** criterion id → points; required and complete when scored, absent when recused. */
  criteria: pointsSchema.optional(),
});

export type ScoreCell = z.output<typeof scoreCellSchema>;

export type ValidCell =
  | { expertId: string; nominationId: string; state: 'scored'; criteria: Record<string, number>; total: number }
  | { expertId: string; nominationId: string; state: 'recused' };

/**
 * Checks every cell against the rules (known nomination, one cell per pair, complete valid scores, no scores on a
 * recusal) and computes each total. All problems are reported at once, so a collected sheet can be fixed in one go.
 */
export function validateCells(rules: SessionRules, cells: readonly unknown[]): Result<ValidCell[]> {
  const problems: ErrorDetail[] = [];
  const parsed: (ScoreCell | undefined)[] = cells.map((raw, i) => {
    const cell = scoreCellSchema.safeParse(raw);
    if (cell.success) return cell.data;
    const at = `cells[${i}]`;
    for (const p of bilingualProblems(scoreCellSchema, raw)) problems.push({ ...p, path: p.path ? `${at}.${p.path}` : at });
    return undefined;
  });
  return checkCells(rules, parsed, problems);
}

/**
 * The same checks for cells that already passed a schema at least as strict as `scoreCellSchema` (a bundle's
 * score sheets): the rules are checked, the shape is not parsed a second time.
 */
export function validateParsedCells(rules: SessionRules, cells: readonly ScoreCell[]): Result<ValidCell[]> {
  return checkCells(rules, cells, []);
}

function checkCells(rules: SessionRules, cells: readonly (ScoreCell | undefined)[], problems: ErrorDetail[]): Result<ValidCell[]> {
  const nominations = new Set(rules.nominationIds);
  const pairs = new Set<string>();
  const out: ValidCell[] = [];
  cells.forEach((c, i) => {
    if (c === undefined) return;
    const at = `cells[${i}]`;
    const before = problems.length;
    if (!nominations.has(c.nominationId)) {
      problems.push({
        path: `${at}.nominationId`,
        message: { zh: `本次评审没有该推荐对象：${c.nominationId}`, en: `not a nomination of this session: ${c.nominationId}` },
      });
    }
    // JSON text of the pair, so no choice of separator can make two different pairs collide.
    const pair = JSON.stringify([c.expertId, c.nominationId]);
    if (pairs.has(pair)) {
      problems.push({
        path: at,
        message: {
          zh: `专家 ${c.expertId} 对 ${c.nominationId} 有多条评分记录`,
          en: `expert ${c.expertId} has more than one cell for ${c.nominationId}`,
        },
      });
    }
    pairs.add(pair);
    if (c.state === 'recused') {
      if (c.criteria !== undefined) {
        problems.push({
          path: `${at}.criteria`,
          message: { zh: '已回避的评分记录不应含有分数', en: 'a recused cell must not carry scores' },
        });
      }
      if (problems.length === before) out.push({ expertId: c.expertId, nominationId: c.nominationId, state: 'recused' });
      return;
    }
    const total = totalOf(rules.rubric, c.criteria ?? {});
    if (!total.ok) {
      for (const d of total.error.details ?? []) problems.push({ ...d, path: `${at}.criteria.${d.path ?? ''}` });
      return;
    }
    if (problems.length === before) {
      out.push({ expertId: c.expertId, nominationId: c.nominationId, state: 'scored', criteria: { ...c.criteria! }, total: total.value });
    }
  });
  if (problems.length) return err('cells-invalid', '评分记录有误', 'Some score cells are invalid', problems);
  return ok(out);
}
