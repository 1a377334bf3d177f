import type { Message } from '../result';

/** The automatic checks, in the order the screening sheet prints them (article order, then Art. 5). */
export const CHECK_IDS = [
  'leader-title',
  'leader-honour',
  'running-time',
  'not-existing-unit',
  'recommending-unit',
  'sector',
  'origin',
] as const;
export type CheckId = (typeof CHECK_IDS)[number];

/**
 * Why a check came out as it did. Stable codes: stored with the screening and used by the UI to pick help
 * text, so rename only with a migration.
 */
export const REASON_CODES = [
  // leader-title (Art. 4.1)
  'title-associate-senior-or-above',
  'title-below-associate-senior',
  'title-unknown',
  'title-skill-grade',
  // leader-honour (Art. 4.1)
  'honour-qualifies',
  'honour-other-needs-judgement',
  'honour-level-undetermined',
  'honour-below-level',
  'no-honour',
  // running-time (Art. 4.2)
  'running-3-years-or-more',
  'running-under-3-years',
  'founded-after-reference-date',
  'founded-date-invalid',
  // not-existing-unit (Art. 5)
  'not-existing-rnd-or-team',
  'existing-rnd-or-team',
  // recommending-unit (Art. 5)
  'recommending-unit-eligible',
  'recommending-unit-unregistered',
  // sector (Art. 4.6)
  'sector-listed',
  'sector-not-listed',
  // origin (Art. 4.6)
  'origin-listed',
  'origin-other',
  'origin-unstated',
] as const;
export type ReasonCode = (typeof REASON_CODES)[number];

/**
 * fail: the rule is not met. Whether that is final depends on how the seed states the rule (qualifiers.ts):
 * an absolute rule's fail is final, a 原则上 rule's fail may become a recorded exception.
 * review: the software cannot decide (the article says 等 or 一般, or the data is unknown); a screener decides
 * and writes down why.
 */
export type CheckOutcome = 'pass' | 'fail' | 'review';

export interface CheckResult {
  id: CheckId;
  /** Article and item of the seed rules, e.g. '4.1' = 第四条第1项, '5' = 第五条. */
  article: string;
  outcome: CheckOutcome;
  reason: ReasonCode;
  message: Message;
}

export const CHECK_ARTICLES: Record<CheckId, string> = {
  'leader-title': '4.1',
  'leader-honour': '4.1',
  'running-time': '4.2',
  'not-existing-unit': '5',
  'recommending-unit': '5',
  sector: '4.6',
  origin: '4.6',
};

export function checkResult(
  id: CheckId,
  outcome: CheckOutcome,
  reason: ReasonCode,
  zh: string,
  en: string,
): CheckResult {
  return { id, article: CHECK_ARTICLES[id], outcome, reason, message: { zh, en } };
}

/** Row headings of the screening sheet. */
export const CHECK_LABELS: Record<CheckId, Message> = {
  'leader-title': { zh: '领衔人职称', en: "Leader's title" },
  'leader-honour': { zh: '领衔人荣誉', en: "Leader's honours" },
  'running-time': { zh: '运行年限', en: 'Running time' },
  'not-existing-unit': { zh: '非原有建制研发机构或班组', en: 'Not an existing R&D unit or work team' },
  'recommending-unit': { zh: '推荐单位', en: 'Recommending unit' },
  sector: { zh: '所属行业', en: 'Sector' },
  origin: { zh: '产生来源', en: 'Origin' },
};
