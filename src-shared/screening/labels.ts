import type { Message } from '../result';
import type { HonourKind, HonourLevel, RecommendingUnitKind, WorkUnitCategory } from '../domain/vocabulary';

/** Wording follows the seed text, so a screener can lay the printed sheet next to the rules. */
export const HONOUR_KIND_LABELS: Record<HonourKind, Message> = {
  'model-worker': { zh: '劳动模范（先进工作者）', en: 'model worker (advanced worker)' },
  'may-day-medal': { zh: '五一劳动奖章', en: 'May Day Labour Medal' },
  'craftsman-talent': { zh: '培育的工匠人才', en: 'cultivated craftsman talent' },
  'special-allowance': { zh: '政府特殊津贴专家', en: 'government special allowance expert' },
  'sci-tech-progress-award': { zh: '科技进步奖', en: 'science and technology progress award' },
  'academic-leader': { zh: '学术技术带头人', en: 'academic and technical leader' },
  other: { zh: '其他荣誉', en: 'other honour' },
};

export const HONOUR_LEVEL_LABELS: Record<HonourLevel, Message> = {
  unit: { zh: '单位内部', en: 'unit-internal' },
  county: { zh: '县级', en: 'county level' },
  city: { zh: '市级', en: 'city level' },
  provincial: { zh: '省级', en: 'provincial level' },
  national: { zh: '国家级', en: 'national level' },
};

export const RECOMMENDING_UNIT_KIND_LABELS: Record<RecommendingUnitKind, Message> = {
  'city-industry-union': {
    zh: '省辖市、济源示范区相关产业工会',
    en: 'industry union of a prefecture-level city or the Jiyuan demonstration zone',
  },
  'direct-grassroots-union': {
    zh: '省教科文卫体工会直属基层工会',
    en: 'grassroots union directly under the provincial union',
  },
  'member-unit': { zh: '省教科文卫体工会委员单位', en: 'member unit of the provincial union committee' },
  other: { zh: '其他单位', en: 'other organisation' },
};

export const WORK_UNIT_CATEGORY_LABELS: Record<WorkUnitCategory, Message> = {
  'provincial-enterprise': { zh: '省管企事业单位', en: 'provincially managed enterprise or institution' },
  'municipal-industry': {
    zh: '市级产业系统（行业）劳模工匠创新工作室',
    en: 'studio of a municipal industry system',
  },
  other: { zh: '其他单位', en: 'other' },
};

const ARTICLE_NUMERALS: Record<string, string> = { '2': '二', '4': '四', '5': '五', '6': '六' };

/** '4.1' → 第四条第1项 / Art. 4.1; '5' → 第五条 / Art. 5: how the seed rules are cited on paper. */
export function articleLabel(article: string): Message {
  const [clause, item] = article.split('.');
  const numeral = ARTICLE_NUMERALS[clause] ?? clause;
  return { zh: `第${numeral}条${item ? `第${item}项` : ''}`, en: `Art. ${article}` };
}
