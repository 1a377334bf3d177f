import type { Message } from '../result';

/**
 * Art. 8: studios that run well (运行规范), with marked results (效益显著) and especially outstanding (特别优秀) are
 * recommended first to the Henan Provincial Federation of Trade Unions (河南省总工会). The office ticks which of the
 * three it found and says why in words.
 */
export const RECOMMENDATION_REASONS = ['well-run', 'marked-results', 'outstanding'] as const;
export type RecommendationReason = (typeof RECOMMENDATION_REASONS)[number];
export const RECOMMENDATION_REASON_LABELS: Record<RecommendationReason, Message> = {
  'well-run': { zh: '运行规范', en: 'Runs well' },
  'marked-results': { zh: '效益显著', en: 'Marked results' },
  outstanding: { zh: '特别优秀', en: 'Especially outstanding' },
};

/** What the federation decided, once known. */
export const RECOMMENDATION_OUTCOMES = ['pending', 'awarded', 'not-awarded'] as const;
export type RecommendationOutcome = (typeof RECOMMENDATION_OUTCOMES)[number];
export const RECOMMENDATION_OUTCOME_LABELS: Record<RecommendationOutcome, Message> = {
  pending: { zh: '待定', en: 'Pending' },
  awarded: { zh: '已命名', en: 'Awarded' },
  'not-awarded': { zh: '未获命名', en: 'Not awarded' },
};

/** The reasons in checklist order, as printed: 运行规范、效益显著. */
export function reasonsText(reasons: readonly RecommendationReason[], lang: keyof Message = 'zh'): string {
  return RECOMMENDATION_REASONS.filter((r) => reasons.includes(r))
    .map((r) => RECOMMENDATION_REASON_LABELS[r][lang])
    .join(lang === 'zh' ? '、' : ', ');
}
