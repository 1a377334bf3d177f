import type { Message } from '../result';
import type { CheckId } from './check-result';

/**
 * How firmly the seed states each rule, read off its own words:
 * - absolute: stated without a qualifier; a miss is final (fix the data if it is wrong);
 * - as-a-rule (原则上, Art. 4.1): a miss is "not qualified by the rule", which the office may turn into a
 *   recorded exception (written reason, the screener and a second person);
 * - generally (一般 / 一般应, Art. 5 and 4.6): a miss is never a fail; it goes to a reviewer.
 */
export const QUALIFIERS = ['absolute', 'as-a-rule', 'generally'] as const;
export type Qualifier = (typeof QUALIFIERS)[number];

export const QUALIFIER_LABELS: Record<Qualifier, Message> = {
  absolute: { zh: '必备条件', en: 'absolute' },
  'as-a-rule': { zh: '原则上（可例外）', en: 'as a rule (exceptions possible)' },
  generally: { zh: '一般（由审查人员判断）', en: 'generally (a reviewer judges)' },
};

export interface CheckQualifier {
  qualifier: Qualifier;
  /** The seed's own words that set the qualifier, for the screen and the printed sheet. */
  words: Message;
}

export const CHECK_QUALIFIERS: Record<CheckId, CheckQualifier> = {
  'leader-title': { qualifier: 'as-a-rule', words: { zh: '第四条第1项“原则上”', en: 'Art. 4.1 "as a rule"' } },
  'leader-honour': { qualifier: 'as-a-rule', words: { zh: '第四条第1项“原则上”', en: 'Art. 4.1 "as a rule"' } },
  'running-time': { qualifier: 'absolute', words: { zh: '第四条第2项“已有效运行3年以上”', en: 'Art. 4.2 "operating effectively for 3 years or more"' } },
  'not-existing-unit': { qualifier: 'absolute', words: { zh: '第五条“不作为推荐对象”', en: 'Art. 5 "not eligible"' } },
  'recommending-unit': { qualifier: 'generally', words: { zh: '第五条“一般以……为推荐单位”', en: 'Art. 5 "generally"' } },
  sector: { qualifier: 'absolute', words: { zh: '第一、三条：教育、科技、文化、卫生、体育系统', en: 'Art. 1 and 3: the five sectors of the system' } },
  origin: { qualifier: 'generally', words: { zh: '第四条第6项“一般应”', en: 'Art. 4.6 "generally should"' } },
};

export const qualifierOf = (id: CheckId): Qualifier => CHECK_QUALIFIERS[id].qualifier;
