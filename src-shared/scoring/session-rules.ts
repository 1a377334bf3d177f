import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { err, ok, type Result } from '../result';
import { sha256Hex } from '../sha256';
import { bilingualIssue, bilingualProblems } from './problems';
import { DEFAULT_RUBRIC, INNOVATION_RESULTS_ID, rubricSchema, type Rubric } from './rubric';
import { YEAR_CAP } from './year-cap';

/**
 * How one nomination's expert totals become its panel score.
 * - `trimmed-mean`: drop one highest and one lowest total when at least `trimThreshold` experts scored, else mean.
 * - `mean`, `median`: of the totals.
 * - `z-score`: each expert's totals standardized over the nominations that expert scored; mean of those z.
 */
export const SCORING_METHODS = ['trimmed-mean', 'mean', 'median', 'z-score'] as const;
export type ScoringMethod = (typeof SCORING_METHODS)[number];

/** Ordered tie-breaks after the score: higher median, higher mean of one criterion, then a recorded panel vote. */
export type TieBreakKey = 'median' | 'panel-vote' | `criterion:${string}`;

/**
 * Art. 2: at most 30 studios a year, so no one session's cut is above it. The year as a whole (every session of
 * it) is checked by `year-cap.ts`: a session's cut may have to be lower than this.
 */
export const MAX_CUT = YEAR_CAP;

/** Defaults shared by the schema and {@link defaultSessionRules}. */
export const RULE_DEFAULTS = {
  method: 'trimmed-mean',
  trimThreshold: 5,
  cut: MAX_CUT,
  minExperts: 3,
  outlierThreshold: 15,
} as const satisfies Partial<SessionRules>;

const TIE_BREAK_FORMAT = /^(median|panel-vote|criterion:[A-Za-z0-9_-]{1,64})$/;

const inputSchema = z.strictObject({
  sessionId: z.string().min(1).max(100).regex(/\S/),
  year: z.number().int().min(2000).max(2100),
  nominationIds: z.array(z.string().min(1).max(100).regex(/\S/)).min(1).max(10_000),
  rubric: rubricSchema,
  method: z.enum(SCORING_METHODS).default(RULE_DEFAULTS.method),
  /** Trimming needs at least three totals to leave one; 5 by default so that 3 remain. */
  trimThreshold: z.number().int().min(3).max(1000).default(RULE_DEFAULTS.trimThreshold),
  /** Omitted → ['median', 'criterion:innovation-results' (when the rubric has it), 'panel-vote']. */
  tieBreak: z.array(z.string()).max(20).optional(),
  cut: z.number().int().min(1).max(MAX_CUT).default(RULE_DEFAULTS.cut),
  /** Fewer scoring experts than this (recusals are common) and a nomination is not ranked at all. */
  minExperts: z.number().int().min(1).max(1000).default(RULE_DEFAULTS.minExperts),
  /** Points between one expert's total and the trimmed mean beyond which that total is flagged for discussion. */
  outlierThreshold: z.number().positive().max(1000).default(RULE_DEFAULTS.outlierThreshold),
});

export interface SessionRules {
  sessionId: string;
  year: number;
  nominationIds: string[];
  rubric: Rubric;
  method: ScoringMethod;
  trimThreshold: number;
  tieBreak: TieBreakKey[];
  cut: number;
  minExperts: number;
  outlierThreshold: number;
}

/** The default tie-break order for a rubric; the criterion step is skipped when the rubric has no such criterion. */
export function defaultTieBreak(rubric: Rubric): TieBreakKey[] {
  const hasInnovation = rubric.criteria.some((c) => c.id === INNOVATION_RESULTS_ID);
  return ['median', ...(hasInnovation ? [`criterion:${INNOVATION_RESULTS_ID}` as const] : []), 'panel-vote'];
}

export const sessionRulesSchema = inputSchema
  .superRefine((r, ctx) => {
    const seen = new Set<string>();
    r.nominationIds.forEach((id, i) => {
      if (seen.has(id)) ctx.addIssue(bilingualIssue(['nominationIds', i], `推荐对象编号重复：${id}`, `duplicate nomination id: ${id}`));
      seen.add(id);
    });
    if (!r.tieBreak) return;
    const criteria = new Set(r.rubric.criteria.map((c) => c.id));
    const keys = new Set<string>();
    r.tieBreak.forEach((key, i) => {
      const path = ['tieBreak', i];
      if (!TIE_BREAK_FORMAT.test(key)) {
        ctx.addIssue(
          bilingualIssue(
            path,
            `无法识别的并列处理规则：${key}（可用 median、criterion:<评分项编号>、panel-vote）`,
            `unknown tie-break: ${key} (use median, criterion:<criterion id> or panel-vote)`,
          ),
        );
        return;
      }
      if (keys.has(key)) ctx.addIssue(bilingualIssue(path, `并列处理规则重复：${key}`, `duplicate tie-break: ${key}`));
      keys.add(key);
      if (key.startsWith('criterion:') && !criteria.has(key.slice('criterion:'.length))) {
        ctx.addIssue(bilingualIssue(path, `评分细则中没有该评分项：${key}`, `no such criterion in the rubric: ${key}`));
      }
      // A vote settles everything still tied; a key after it could never decide anything.
      if (key === 'panel-vote' && i !== r.tieBreak!.length - 1) {
        ctx.addIssue(bilingualIssue(path, '专家组表决只能作为最后一条并列处理规则', 'panel-vote must be the last tie-break'));
      }
    });
  })
  .transform(
    (r): SessionRules => ({
      sessionId: r.sessionId,
      year: r.year,
      nominationIds: r.nominationIds,
      rubric: r.rubric,
      method: r.method,
      trimThreshold: r.trimThreshold,
      tieBreak: (r.tieBreak as TieBreakKey[] | undefined) ?? defaultTieBreak(r.rubric),
      cut: r.cut,
      minExperts: r.minExperts,
      outlierThreshold: r.outlierThreshold,
    }),
  );

/**
 * Validates and fills in defaults: the returned form is what is stored, printed and hashed. Nothing is trimmed or
 * reordered, so valid rules with every field present come back unchanged (and hash the same before and after).
 */
export function parseSessionRules(input: unknown): Result<SessionRules> {
  const parsed = sessionRulesSchema.safeParse(input);
  if (parsed.success) return ok(parsed.data);
  return err('rules-invalid', '评审规则无效', 'Invalid session rules', bilingualProblems(sessionRulesSchema, input));
}

/**
 * SHA-256 hex of the RFC 8785 canonical JSON of parsed rules: printed on the score sheets and the proposed list so
 * anyone can tell that the list was computed under the rules the panel saw. Canonical JSON sorts keys, so the hash
 * does not depend on the order fields were written in; list order (nominations, criteria, tie-breaks) does count.
 */
export function rulesHash(rules: SessionRules): string {
  return sha256Hex(canonicalJson(rules));
}

/**
 * Rules with every default (Art. 4 rubric, trimmed mean, cut 30, …) for the given session, as a plain value so a
 * draft can be stored and edited. Not validated here (the ids come from the caller): run {@link parseSessionRules}
 * (or the schema) before freezing, as for any edited rules.
 */
export function defaultSessionRules(input: {
  sessionId: string;
  year: number;
  nominationIds: string[];
  rubric?: Rubric;
  cut?: number;
}): SessionRules {
  const rubric = input.rubric ?? DEFAULT_RUBRIC;
  return {
    sessionId: input.sessionId,
    year: input.year,
    nominationIds: [...input.nominationIds],
    rubric,
    method: RULE_DEFAULTS.method,
    trimThreshold: RULE_DEFAULTS.trimThreshold,
    tieBreak: defaultTieBreak(rubric),
    cut: input.cut ?? RULE_DEFAULTS.cut,
    minExperts: RULE_DEFAULTS.minExperts,
    outlierThreshold: RULE_DEFAULTS.outlierThreshold,
  };
}
