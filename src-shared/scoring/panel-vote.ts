import { z } from 'zod';
import { err, ok, type ErrorDetail, type Result } from '../result';
import { bilingualIssue, bilingualProblems } from './problems';
import type { SessionRules } from './session-rules';

/**
 * The panel's recorded decision on a group of nominations that every other tie-break left equal (usually at the
 * cut line). It applies only to a tie group with exactly this set of nominations: if a score is corrected and the
 * group changes, the old vote no longer fits and the panel must vote again.
 */
export const panelVoteSchema = z
  .strictObject({
    /** The tied group, as shown to the panel. */
    nominationIds: z.array(z.string().min(1).max(100)).min(2).max(10_000),
    /** The same nominations, winner first. */
    order: z.array(z.string().min(1).max(100)).min(2).max(10_000),
    /** What was decided and how, for the file: e.g. "举手表决 5:2，监督人 王某". */
    record: z.string().min(1).max(2000).regex(/\S/),
  })
  .superRefine((v, ctx) => {
    const group = new Set(v.nominationIds);
    if (group.size !== v.nominationIds.length) {
      ctx.addIssue(bilingualIssue(['nominationIds'], '并列组中有重复的推荐对象', 'the tied group lists a nomination twice'));
    }
    const order = new Set(v.order);
    if (order.size !== v.order.length || order.size !== group.size || v.order.some((id) => !group.has(id))) {
      ctx.addIssue(
        bilingualIssue(['order'], '表决顺序必须恰好包含并列组中的每个推荐对象一次', 'the order must list each nomination of the group exactly once'),
      );
    }
  });

export type PanelVote = z.output<typeof panelVoteSchema>;

/** Set identity of a group, independent of listing order. */
export function groupKey(nominationIds: readonly string[]): string {
  return JSON.stringify([...nominationIds].sort());
}

/** Validates recorded votes: well-formed, about nominations of this session, at most one vote per tied group. */
export function validatePanelVotes(rules: SessionRules, votes: readonly unknown[]): Result<PanelVote[]> {
  const problems: ErrorDetail[] = [];
  const known = new Set(rules.nominationIds);
  const groups = new Set<string>();
  const out: PanelVote[] = [];
  votes.forEach((raw, i) => {
    const at = `panelVotes[${i}]`;
    const parsed = panelVoteSchema.safeParse(raw);
    if (!parsed.success) {
      for (const p of bilingualProblems(panelVoteSchema, raw)) problems.push({ ...p, path: p.path ? `${at}.${p.path}` : at });
      return;
    }
    const v = parsed.data;
    const unknown = v.nominationIds.filter((id) => !known.has(id));
    if (unknown.length) {
      problems.push({
        path: `${at}.nominationIds`,
        message: { zh: `本次评审没有这些推荐对象：${unknown.join('、')}`, en: `not nominations of this session: ${unknown.join(', ')}` },
      });
      return;
    }
    const key = groupKey(v.nominationIds);
    if (groups.has(key)) {
      problems.push({
        path: at,
        message: { zh: '同一并列组有多条表决记录', en: 'more than one vote recorded for the same tied group' },
      });
      return;
    }
    groups.add(key);
    out.push(v);
  });
  if (problems.length) return err('panel-votes-invalid', '专家组表决记录有误', 'Invalid panel vote records', problems);
  return ok(out);
}
