import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { CHECK_IDS, CHECK_LABELS, type CheckResult } from './check-result';
import { articleLabel } from './labels';
import { MANUAL_ITEM_IDS, manualItem, type ManualAnswer } from './manual-checklist';

export const SCREENING_OUTCOMES = ['qualified', 'not-qualified', 'needs-judgement'] as const;
export type ScreeningOutcome = (typeof SCREENING_OUTCOMES)[number];

/** A screener's written decision on what software left open. */
export interface ScreenerDecision {
  outcome: 'qualified' | 'not-qualified';
  reason: string;
}

export const screenerDecisionSchema = z.object({
  outcome: z.enum(['qualified', 'not-qualified']),
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
}

/**
 * The screening result of one nomination.
 *
 * - Any automatic fail → not-qualified. A screener can NOT override a fail to qualified: those checks are the
 *   binding conditions of Art. 4 and 5 read off the nomination's own data, so the only honest fix is to
 *   correct the data (which re-runs the checks and leaves an audit trail), not to overrule the rule.
 * - Any manual item judged not met → not-qualified (to change it, change the answer, not the decision).
 * - An automatic 'review' (the article says 等 or 一般应, or the data is unknown) is exactly what a screener
 *   decides: a decision with a written reason resolves every review of the nomination.
 * - Any review unresolved, or any manual item not yet judged (or missing) → needs-judgement.
 * - Otherwise qualified.
 * A not-qualified decision is always allowed (with a reason): Art. 6 gives screening to people, and they may
 * find what the fields cannot show, e.g. false materials.
 *
 * Errors (never a verdict on bad input): a decision without a reason, a qualified decision against a fail or
 * an unmet item, a check list missing checks, unknown or repeated checklist items.
 */
export function screeningOutcome(
  checks: readonly CheckResult[],
  manual: readonly ManualAnswer[],
  decision?: ScreenerDecision,
): Result<ScreeningVerdict> {
  const invalid = validateInputs(checks, manual, decision);
  if (invalid) return invalid;

  const fails = checks.filter((c) => c.outcome === 'fail');
  const reviews = checks.filter((c) => c.outcome === 'review');
  const unmet = manual.filter((a) => a.met === false);
  const judged = new Set(manual.filter((a) => a.met !== null).map((a) => a.itemId));
  const unjudged = MANUAL_ITEM_IDS.filter((id) => !judged.has(id));

  if (decision?.outcome === 'qualified' && (fails.length > 0 || unmet.length > 0)) {
    return err(
      'override-not-allowed',
      '自动审查不符合或人工核查“不符合”的推荐对象不能由审查人员改判为合格；如数据有误，请更正数据后重新审查。',
      'A nomination that fails an automatic check or a checklist item cannot be overruled to qualified; if the data is wrong, correct it and screen again.',
    );
  }

  const decisionLine = decision ? decisionReason(decision, reviews) : undefined;
  if (fails.length > 0 || unmet.length > 0 || decision?.outcome === 'not-qualified') {
    const reasons = [...fails.map(fromCheck), ...unmet.map(unmetReason)];
    if (decisionLine) reasons.push(decisionLine);
    return ok({ outcome: 'not-qualified', reasons });
  }

  const openReviews = decision ? [] : reviews;
  if (openReviews.length > 0 || unjudged.length > 0) {
    const reasons = openReviews.map(fromCheck);
    if (unjudged.length > 0) reasons.push(unjudgedReason(unjudged));
    if (decisionLine) reasons.push(decisionLine);
    return ok({ outcome: 'needs-judgement', reasons });
  }

  return ok({
    outcome: 'qualified',
    reasons: [
      decisionLine ?? {
        code: 'all-conditions-met',
        zh: '自动审查各项均符合，人工核查各项均已确认符合。',
        en: 'Every automatic check passed and every checklist item was confirmed as met.',
      },
    ],
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

function decisionReason(d: ScreenerDecision, reviews: readonly CheckResult[]): OutcomeReason {
  const verdict = d.outcome === 'qualified' ? { zh: '合格', en: 'qualified' } : { zh: '不合格', en: 'not qualified' };
  const about = reviews.length
    ? {
        zh: `就待判断事项（${reviews.map((r) => CHECK_LABELS[r.id].zh).join('、')}）`,
        en: ` on the open items (${reviews.map((r) => CHECK_LABELS[r.id].en).join(', ')})`,
      }
    : { zh: '', en: '' };
  return {
    code: 'screener-decision',
    zh: `审查人员${about.zh}决定：${verdict.zh}。理由：${d.reason.trim()}`,
    en: `Screener's decision${about.en}: ${verdict.en}. Reason: ${d.reason.trim()}`,
  };
}
