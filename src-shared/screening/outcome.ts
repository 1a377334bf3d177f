import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { CHECK_IDS, CHECK_LABELS, type CheckResult } from './check-result';
import { articleLabel } from './labels';
import { MANUAL_ITEM_IDS, manualItem, type ManualAnswer } from './manual-checklist';
import { CHECK_QUALIFIERS, qualifierOf } from './qualifiers';

export const SCREENING_OUTCOMES = ['qualified', 'not-qualified', 'needs-judgement'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

/**
 * A screener's written decision on what software left open. `exception` admits a nomination that misses a
 * 原则上 rule (Art. 4.1): it is recorded as such, printed as such, and counts only once a second person has
 * confirmed it.
 */
export const DECISION_OUTCOMES = ['qualified', 'not-qualified', 'exception'] as const;
export interface ScreenerDecision {
  outcome: (typeof DECISION_OUTCOMES)[number];
  reason: string;
}

export const screenerDecisionSchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  reason: z.string().trim().min(1).max(2000),
});

/** One line of the printed screening result. `code` is a check's ReasonCode or one of the codes below. */
export interface OutcomeReason {
  code: string;
  zh: string;
  en: string;
}

export interface ScreeningVerdict {
  outcome: ScreeningOutcome;
  reasons: OutcomeReason[];
  /** Qualified only as a recorded exception to a 原则上 rule. */
  exception: boolean;
}

/**
 * The screening result of one nomination. How a failed check counts depends on how the seed states its rule
 * (qualifiers.ts):
 * - an absolute rule failed, or a manual item judged not met → not-qualified, and no decision can overrule it:
 *   if the data is wrong, correct it (which re-runs the checks and leaves an audit trail);
 * - a 原则上 rule failed (Art. 4.1) → "not qualified by the rule"; only an explicit `exception` decision with a
 *   written reason admits it, and the verdict says it is an exception;
 * - an automatic 'review' (等, 一般, unknown data) is what a screener decides: a decision with a written reason
 *   resolves every review of the nomination;
 * - any review unresolved, or any manual item not yet judged (or missing) → needs-judgement;
 * - otherwise qualified.
 * A not-qualified decision is always allowed (with a reason): Art. 6 gives screening to people, and they may
 * find what the fields cannot show, e.g. false materials.
 *
 * Errors (never a verdict on bad input): a decision without a reason, a qualified or exception decision against
 * an absolute fail or an unmet item, `qualified` where only an exception could admit, an exception where no
 * 原则上 rule failed, a check list missing checks, unknown or repeated checklist items.
 */
export function screeningOutcome(
  checks: readonly CheckResult[],
  manual: readonly ManualAnswer[],
  decision?: ScreenerDecision,
): Result<ScreeningVerdict> {
  const invalid = validateInputs(checks, manual, decision);
  if (invalid) return invalid;

  const fails = checks.filter((c) => c.outcome === 'fail');
  const absoluteFails = fails.filter((c) => qualifierOf(c.id) === 'absolute');
  const ruleFails = fails.filter((c) => qualifierOf(c.id) === 'as-a-rule');
  const reviews = checks.filter((c) => c.outcome === 'review');
  const unmet = manual.filter((a) => a.met === false);
  const judged = new Set(manual.filter((a) => a.met !== null).map((a) => a.itemId));
  const unjudged = MANUAL_ITEM_IDS.filter((id) => !judged.has(id));
  const admits = decision?.outcome === 'qualified' || decision?.outcome === 'exception';

  if (admits && (absoluteFails.length > 0 || unmet.length > 0)) {
    const rules = absoluteFails.map((c) => CHECK_QUALIFIERS[c.id].words.zh).join('、') || '人工核查项';
    const rulesEn = absoluteFails.map((c) => CHECK_QUALIFIERS[c.id].words.en).join('; ') || 'checklist items';
    return err(
      'override-not-allowed',
      `不符合必备条件（${rules}）的推荐对象不能改判为合格或例外准予；如数据有误，请更正数据后重新审查。`,
      `A nomination that misses an absolute condition (${rulesEn}) cannot be admitted, not even as an exception; if the data is wrong, correct it and screen again.`,
    );
  }
  if (decision?.outcome === 'qualified' && ruleFails.length > 0) {
    return err(
      'exception-required',
      '该推荐对象不符合第四条第1项“原则上”的规定，只能作为例外准予：请选择“例外准予”并写明理由，再由另一人复核确认。',
      'This nomination misses the Art. 4.1 rule that applies "as a rule"; it can only be admitted as an exception: choose "admit as an exception", write the reason, and have a second person confirm it.',
    );
  }
  if (decision?.outcome === 'exception' && ruleFails.length === 0) {
    return err(
      'exception-not-needed',
      '该推荐对象没有不符合“原则上”规定的项目，不需要例外准予。',
      'Nothing here misses a rule that applies "as a rule", so no exception is needed.',
    );
  }

  const decisionLine = decision ? decisionReason(decision, [...ruleFails, ...reviews]) : undefined;
  if (absoluteFails.length > 0 || unmet.length > 0 || decision?.outcome === 'not-qualified' || (ruleFails.length > 0 && !decision)) {
    const reasons = [...absoluteFails.map(fromCheck), ...ruleFails.map(byRule), ...unmet.map(unmetReason)];
    if (decisionLine) reasons.push(decisionLine);
    return ok({ outcome: 'not-qualified', reasons, exception: false });
  }

  const openReviews = decision ? [] : reviews;
  if (openReviews.length > 0 || unjudged.length > 0) {
    const reasons = openReviews.map(fromCheck);
    if (unjudged.length > 0) reasons.push(unjudgedReason(unjudged));
    if (decisionLine) reasons.push(decisionLine);
    return ok({ outcome: 'needs-judgement', reasons, exception: false });
  }

  const exception = decision?.outcome === 'exception';
  return ok({
    outcome: 'qualified',
    reasons: exception
      ? [...ruleFails.map(byRule), decisionLine!]
      : [
          decisionLine ?? {
            code: 'all-conditions-met',
            zh: '自动审查各项均符合，人工核查各项均已确认符合。',
            en: 'Every automatic check passed and every checklist item was confirmed as met.',
          },
        ],
    exception,
  });
}

function validateInputs(
  checks: readonly CheckResult[],
  manual: readonly ManualAnswer[],
  decision: ScreenerDecision | undefined,
): Result<never> | undefined {
  if (decision && decision.reason.trim() === '') {
    return err(
      'decision-reason-required',
      '审查人员的决定必须写明理由。',
      "A screener's decision must state its reason.",
    );
  }
  const checkIds = checks.map((c) => c.id);
  const missing = CHECK_IDS.filter((id) => !checkIds.includes(id));
  if (missing.length > 0 || checkIds.length !== CHECK_IDS.length) {
    return err(
      'checks-incomplete',
      `自动审查结果不完整（缺少：${missing.join('、') || '无'}；共${checkIds.length}项，应为${CHECK_IDS.length}项），请重新运行自动审查。`,
      `The automatic check results are incomplete (missing: ${missing.join(', ') || 'none'}; ${checkIds.length} results, expected ${CHECK_IDS.length}); run the checks again.`,
    );
  }
  const seen = new Set<string>();
  for (const a of manual) {
    if (!(MANUAL_ITEM_IDS as readonly string[]).includes(a.itemId) || seen.has(a.itemId)) {
      return err(
        'manual-answers-invalid',
        `人工核查项“${a.itemId}”未知或重复。`,
        `Checklist item "${a.itemId}" is unknown or answered twice.`,
      );
    }
    seen.add(a.itemId);
  }
  return undefined;
}

const fromCheck = (c: CheckResult): OutcomeReason => ({ code: c.reason, ...c.message });

/** A 原则上 rule missed: "not qualified by the rule", and the office may admit it as a recorded exception. */
const byRule = (c: CheckResult): OutcomeReason => ({
  code: c.reason,
  zh: `按规则不符合（${CHECK_QUALIFIERS[c.id].words.zh}，可作例外）：${c.message.zh}`,
  en: `Not qualified by the rule (${CHECK_QUALIFIERS[c.id].words.en}; an exception is possible): ${c.message.en}`,
});

function unmetReason(a: ManualAnswer): OutcomeReason {
  const item = manualItem(a.itemId);
  const note = a.note.trim();
  return {
    code: 'manual-not-met',
    zh: `人工核查不符合${articleLabel(item.article).zh}：${item.zh}${note ? `（${note}）` : ''}。`,
    en: `Checklist item of Art. ${item.article} not met: ${item.en}${note ? ` (${note})` : ''}.`,
  };
}

function unjudgedReason(ids: readonly ManualAnswer['itemId'][]): OutcomeReason {
  const items = ids.map(manualItem);
  return {
    code: 'manual-not-judged',
    zh: `尚有${items.length}项人工核查未判断：${items.map((i) => i.zh).join('；')}。`,
    en: `${items.length} checklist item(s) not yet judged: ${items.map((i) => i.en).join('; ')}.`,
  };
}

const VERDICT_WORDS: Record<ScreenerDecision['outcome'], { zh: string; en: string }> = {
  qualified: { zh: '合格', en: 'qualified' },
  'not-qualified': { zh: '不合格', en: 'not qualified' },
  exception: { zh: '例外准予（须另一人复核确认）', en: 'admitted as an exception (a second person must confirm)' },
};

function decisionReason(d: ScreenerDecision, reviews: readonly CheckResult[]): OutcomeReason {
  const verdict = VERDICT_WORDS[d.outcome];
  const about = reviews.length
    ? {
        zh: `就待判断事项（${reviews.map((r) => CHECK_LABELS[r.id].zh).join('、')}）`,
        en: ` on the open items (${reviews.map((r) => CHECK_LABELS[r.id].en).join(', ')})`,
      }
    : { zh: '', en: '' };
  return {
    code: d.outcome === 'exception' ? 'screener-exception' : 'screener-decision',
    zh: `审查人员${about.zh}决定：${verdict.zh}。理由：${d.reason.trim()}`,
    en: `Screener's decision${about.en}: ${verdict.en}. Reason: ${d.reason.trim()}`,
  };
}
