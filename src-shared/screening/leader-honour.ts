import type { Honour } from '../domain/nomination';
import type { HonourKind, HonourLevel } from '../domain/vocabulary';
import type { Message } from '../result';
import { checkResult, type CheckResult } from './check-result';
import { HONOUR_KIND_LABELS, HONOUR_LEVEL_LABELS } from './labels';

export type ListedHonourKind = Exclude<HonourKind, 'other'>;

/**
 * Art. 4.1: the lowest level at which each listed honour qualifies a leader (市级以上 for the first three,
 * 省级以上 / 省级主管行政部门以上 for the rest). Screening owns this table; the demo generator uses it too.
 */
export const MIN_HONOUR_LEVEL: Record<ListedHonourKind, HonourLevel> = {
  'model-worker': 'city',
  'may-day-medal': 'city',
  'craftsman-talent': 'city',
  'special-allowance': 'provincial',
  'sci-tech-progress-award': 'provincial',
  'academic-leader': 'provincial',
};

/** The requirement as the article words it; academic leaders are named by a department, not a government. */
const REQUIRED_LEVEL_WORDS: Record<ListedHonourKind, Message> = {
  'model-worker': { zh: '市级以上', en: 'city level or above' },
  'may-day-medal': { zh: '市级以上', en: 'city level or above' },
  'craftsman-talent': { zh: '市级以上', en: 'city level or above' },
  'special-allowance': { zh: '省级以上', en: 'provincial level or above' },
  'sci-tech-progress-award': { zh: '省级以上', en: 'provincial level or above' },
  'academic-leader': {
    zh: '省级主管行政部门以上',
    en: 'named by a provincial competent department or above',
  },
};

const LEVEL_ORDER: Record<HonourLevel, number> = { city: 0, provincial: 1, national: 2 };

export function levelAtLeast(level: HonourLevel, floor: HonourLevel): boolean {
  return LEVEL_ORDER[level] >= LEVEL_ORDER[floor];
}

export function honourQualifies(h: Honour): boolean {
  return h.kind !== 'other' && levelAtLeast(h.level, MIN_HONOUR_LEVEL[h.kind]);
}

/** "河南省劳动模范（劳动模范（先进工作者），省级；要求市级以上）": the honour, its level, and what was needed. */
function describeListed(h: Honour & { kind: ListedHonourKind }): Message {
  const kind = HONOUR_KIND_LABELS[h.kind];
  const level = HONOUR_LEVEL_LABELS[h.level];
  const need = REQUIRED_LEVEL_WORDS[h.kind];
  return {
    zh: `“${h.name}”（${kind.zh}，${level.zh}；要求${need.zh}）`,
    en: `"${h.name}" (${kind.en}, ${level.en}; required: ${need.en})`,
  };
}

function describeOther(h: Honour): Message {
  const level = HONOUR_LEVEL_LABELS[h.level];
  return { zh: `“${h.name}”（${level.zh}，${h.year}年）`, en: `"${h.name}" (${level.en}, ${h.year})` };
}

const joinZh = (ms: Message[]) => ms.map((m) => m.zh).join('、');
const joinEn = (ms: Message[]) => ms.map((m) => m.en).join('; ');
const isListed = (h: Honour): h is Honour & { kind: ListedHonourKind } => h.kind !== 'other';

/**
 * Art. 4.1, the honour half. One listed honour at its level is enough. The list ends in 等, so an unlisted
 * honour is never rejected by software: it goes to a screener, even when listed honours below their level
 * are also present (the unlisted one might still be judged equivalent).
 */
export function leaderHonourCheck(honours: readonly Honour[]): CheckResult {
  const qualifying = honours.filter(isListed).filter(honourQualifies);
  const belowLevel = honours.filter(isListed).filter((h) => !honourQualifies(h));
  const others = honours.filter((h) => !isListed(h));

  if (qualifying.length > 0) {
    const list = qualifying.map(describeListed);
    return checkResult(
      'leader-honour',
      'pass',
      'honour-qualifies',
      `领衔人荣誉符合第四条第1项：${joinZh(list)}。`,
      `The leader's honours meet Art. 4.1: ${joinEn(list)}.`,
    );
  }
  const below = belowLevel.map(describeListed);
  const belowZh = below.length ? `列明荣誉级别不足：${joinZh(below)}。` : '';
  const belowEn = below.length ? ` Listed honours below their level: ${joinEn(below)}.` : '';
  if (others.length > 0) {
    const list = others.map(describeOther);
    return checkResult(
      'leader-honour',
      'review',
      'honour-other-needs-judgement',
      `无第四条第1项列明且达到级别的荣誉；另有未列明荣誉${joinZh(list)}。该项列举以“等”结尾，请审查人员判断是否相当并写明理由。${belowZh}`,
      `No honour listed in Art. 4.1 at its required level; unlisted honours: ${joinEn(list)}. The list ends in "etc." (等), so a screener must judge whether they are equivalent and write down why.${belowEn}`,
    );
  }
  if (below.length > 0) {
    return checkResult(
      'leader-honour',
      'fail',
      'honour-below-level',
      `领衔人荣誉未达到第四条第1项要求的级别：${joinZh(below)}。`,
      `The leader's honours are below the level Art. 4.1 requires: ${joinEn(below)}.`,
    );
  }
  return checkResult(
    'leader-honour',
    'fail',
    'no-honour',
    '未填报领衔人荣誉；第四条第1项要求领衔人为市级以上劳动模范（先进工作者）、五一劳动奖章获得者、工匠人才，或省级以上政府特殊津贴专家、科技进步奖获得者、学术技术带头人等。',
    'No honour is given for the leader; Art. 4.1 requires e.g. a city-level-or-above model worker, May Day Labour Medal or craftsman talent, or a provincial-level-or-above special allowance expert, science and technology progress award or academic leader.',
  );
}
