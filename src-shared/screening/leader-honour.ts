import type { Honour } from '../domain/nomination';
import type { HonourKind, HonourLevel } from '../domain/vocabulary';
import { classifyHonourLevel } from '../honours/honour-level';
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

const LEVEL_ORDER: Record<HonourLevel, number> = { unit: 0, county: 1, city: 2, provincial: 3, national: 4 };

export function levelAtLeast(level: HonourLevel, floor: HonourLevel): boolean {
  return LEVEL_ORDER[level] >= LEVEL_ORDER[floor];
}

/** An honour with the level screening goes by and why: as stated on the form, else read from its wording. */
export interface LevelledHonour {
  honour: Honour;
  level: HonourLevel | null;
  why: Message;
}

export function honourLevel(h: Honour): LevelledHonour {
  if (h.level) {
    const label = HONOUR_LEVEL_LABELS[h.level];
    return { honour: h, level: h.level, why: { zh: `推荐表注明为${label.zh}`, en: `stated on the form as ${label.en}` } };
  }
  const found = classifyHonourLevel(h.name, h.issuer);
  return { honour: h, level: found.level, why: found.why };
}

export function honourQualifies(h: Honour): boolean {
  const { level } = honourLevel(h);
  return h.kind !== 'other' && level !== null && levelAtLeast(level, MIN_HONOUR_LEVEL[h.kind]);
}

/** "新郑市劳动模范（劳动模范（先进工作者），县级：新郑市为…；要求市级以上）": the honour, its level and why, what was needed. */
function describeListed(l: LevelledHonour & { level: HonourLevel }): Message {
  const kind = HONOUR_KIND_LABELS[l.honour.kind];
  const level = HONOUR_LEVEL_LABELS[l.level];
  const need = REQUIRED_LEVEL_WORDS[l.honour.kind as ListedHonourKind];
  return {
    zh: `“${l.honour.name}”（${kind.zh}，${level.zh}：${l.why.zh}；要求${need.zh}）`,
    en: `"${l.honour.name}" (${kind.en}, ${level.en}: ${l.why.en}; required: ${need.en})`,
  };
}

function describeOpen(l: LevelledHonour): Message {
  const level = l.level ? HONOUR_LEVEL_LABELS[l.level] : { zh: '级别待定', en: 'level undetermined' };
  return {
    zh: `“${l.honour.name}”（${level.zh}：${l.why.zh}；${l.honour.year}年）`,
    en: `"${l.honour.name}" (${level.en}: ${l.why.en}; ${l.honour.year})`,
  };
}

const joinZh = (ms: Message[]) => ms.map((m) => m.zh).join('、');
const joinEn = (ms: Message[]) => ms.map((m) => m.en).join('; ');
const isListedAndLevelled = (l: LevelledHonour): l is LevelledHonour & { level: HonourLevel } =>
  l.honour.kind !== 'other' && l.level !== null;
const qualifies = (l: LevelledHonour & { level: HonourLevel }) =>
  levelAtLeast(l.level, MIN_HONOUR_LEVEL[l.honour.kind as ListedHonourKind]);

/**
 * Art. 4.1, the honour half. One listed honour at its level is enough. The list ends in 等, and a level the
 * wording does not settle is never guessed, so an unlisted honour or an undetermined level goes to a
 * screener with its text, even when listed honours below their level are also present.
 */
export function leaderHonourCheck(honours: readonly Honour[]): CheckResult {
  const levelled = honours.map(honourLevel);
  const listed = levelled.filter(isListedAndLevelled);
  const qualifying = listed.filter(qualifies);
  const belowLevel = listed.filter((l) => !qualifies(l));
  const others = levelled.filter((l) => !isListedAndLevelled(l));

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
    const list = others.map(describeOpen);
    return checkResult(
      'leader-honour',
      'review',
      others.some((l) => l.level === null) ? 'honour-level-undetermined' : 'honour-other-needs-judgement',
      `无第四条第1项列明且确定达到级别的荣誉；另有未列明或级别待定的荣誉${joinZh(list)}。该项列举以“等”结尾，级别不作推测：请审查人员判断并写明理由。${belowZh}`,
      `No honour listed in Art. 4.1 and certainly at its required level; unlisted honours or undetermined levels: ${joinEn(list)}. The list ends in "etc." (等) and levels are never guessed: a screener judges and writes down why.${belowEn}`,
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
