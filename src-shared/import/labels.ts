import {
  EXPERT_STATUSES,
  GENDERS,
  HONOUR_KINDS,
  HONOUR_LEVELS,
  RECOMMENDING_UNIT_KINDS,
  SECTORS,
  SECTOR_LABELS,
  UNIT_TYPES,
  UNIT_TYPE_LABELS,
  WORK_UNIT_CATEGORIES,
  type ExpertStatus,
  type Gender,
  type HonourKind,
  type HonourLevel,
  type RecommendingUnitKind,
  type Sector,
  type UnitType,
  type WorkUnitCategory,
} from '../domain/vocabulary';
import { toHalfWidth } from './normalize';

/**
 * Chinese labels (and their usual variants) ↔ codes for every enum column. The first label of each code is
 * the one templates and exports write; the code itself and the English label are accepted too.
 */
export interface LabelMap<T extends string> {
  /** The code for a label, code or variant; undefined when none matches. */
  lookup(text: string): T | undefined;
  /** The label templates and exports write. */
  label(code: T): string;
  /** The written labels in code order, e.g. for a drop-down list. */
  readonly choices: readonly string[];
  readonly codes: readonly T[];
}

// Bracketed notes ((本科), （行业）) and spaces do not change what a value or a header means.
const BRACKET_NOTE = /[(（[【〔][^)）\]】〕]*[)）\]】〕]/g;
const NOISE = /[\s*_\-:：]+/g;

/** The key labels and headers are matched by: half-width, lower case, no notes, spaces or `*` markers. */
export function matchKey(s: string): string {
  return toHalfWidth(s.normalize('NFC')).replace(BRACKET_NOTE, '').replace(NOISE, '').toLowerCase();
}

function labelMap<T extends string>(codes: readonly T[], labels: Record<T, readonly string[]>): LabelMap<T> {
  const byKey = new Map<string, T>();
  for (const code of codes) {
    for (const l of [code, ...labels[code]]) {
      const key = matchKey(l);
      const prior = byKey.get(key);
      if (prior !== undefined && prior !== code) throw new Error(`label ${l} maps to both ${prior} and ${code}`);
      byKey.set(key, code);
    }
  }
  // Enum columns repeat a handful of spellings down thousands of rows: remember them.
  const seen = new Map<string, T | undefined>();
  return {
    lookup(text) {
      if (seen.has(text)) return seen.get(text);
      const code = byKey.get(matchKey(text));
      if (seen.size < 1000) seen.set(text, code);
      return code;
    },
    label: (code) => labels[code][0],
    choices: codes.map((c) => labels[c][0]),
    codes,
  };
}

const withEn = <T extends string>(zh: Record<T, readonly string[]>, en: Record<T, { en: string }>) =>
  Object.fromEntries(Object.entries<readonly string[]>(zh).map(([k, v]) => [k, [...v, en[k as T].en]])) as unknown as Record<T, readonly string[]>;

export const GENDER_LABELS: LabelMap<Gender> = labelMap(GENDERS, {
  male: ['男', '男性', 'm'],
  female: ['女', '女性', 'f'],
});

export const UNIT_TYPE_VALUES: LabelMap<UnitType> = labelMap(
  UNIT_TYPES,
  withEn(
    {
      university: [UNIT_TYPE_LABELS.university.zh, '高等院校', '高等学校', '大学', '高等学府'],
      hospital: [UNIT_TYPE_LABELS.hospital.zh, '医疗机构', '卫生院'],
      'research-institute': [UNIT_TYPE_LABELS['research-institute'].zh, '科研机构', '研究院所', '研究院', '研究所', '科研单位'],
      other: [UNIT_TYPE_LABELS.other.zh, '其它'],
    },
    UNIT_TYPE_LABELS,
  ),
);

export const SECTOR_VALUES: LabelMap<Sector> = labelMap(
  SECTORS,
  withEn(
    {
      education: [SECTOR_LABELS.education.zh, '教育行业'],
      science: [SECTOR_LABELS.science.zh, '科学技术', '科研', '科技行业'],
      culture: [SECTOR_LABELS.culture.zh, '文化旅游', '文旅', '文化行业'],
      health: [SECTOR_LABELS.health.zh, '医疗卫生', '卫生健康', '医疗', '卫健', '卫生行业'],
      sports: [SECTOR_LABELS.sports.zh, '体育行业'],
    },
    SECTOR_LABELS,
  ),
);

export const STATUS_VALUES: LabelMap<ExpertStatus> = labelMap(EXPERT_STATUSES, {
  available: ['可用', '在库', '正常', '有效', '启用'],
  paused: ['暂停', '暂停使用', '停用', '暂不参加'],
  retired: ['退出', '退休', '已退出', '出库', '已退休'],
});

export const WORK_UNIT_CATEGORY_VALUES: LabelMap<WorkUnitCategory> = labelMap(WORK_UNIT_CATEGORIES, {
  'provincial-enterprise': ['省管企事业单位', '省管单位', '省管企业', '省管事业单位', '省属单位', '省属企事业单位'],
  'municipal-industry': ['市级产业系统', '市级产业系统劳模工匠创新工作室', '市级行业', '市级产业', '市级'],
  other: ['其他', '其它'],
});

export const RECOMMENDING_UNIT_KIND_VALUES: LabelMap<RecommendingUnitKind> = labelMap(RECOMMENDING_UNIT_KINDS, {
  'city-industry-union': [
    '各省辖市、济源示范区相关产业工会',
    '省辖市、济源示范区相关产业工会',
    '省辖市产业工会',
    '市产业工会',
    '市级产业工会',
    '产业工会',
    '济源示范区产业工会',
  ],
  'direct-grassroots-union': ['直属基层工会', '省教科文卫体工会直属基层工会', '直属工会'],
  'member-unit': ['委员单位', '省教科文卫体工会委员单位', '各委员单位'],
  other: ['其他', '其它'],
});

export const HONOUR_LEVEL_VALUES: LabelMap<HonourLevel> = labelMap(HONOUR_LEVELS, {
  unit: ['单位内部', '单位级', '单位内', '院级', '校级', '厂级'],
  county: ['县级', '县', '区级', '县区级', '县（市、区）级'],
  city: ['市级', '市', '地市级', '省辖市级'],
  provincial: ['省级', '省', '省部级'],
  national: ['国家级', '国家', '全国'],
});

export const HONOUR_KIND_VALUES: LabelMap<HonourKind> = labelMap(HONOUR_KINDS, {
  'model-worker': ['劳动模范', '劳模', '先进工作者'],
  'may-day-medal': ['五一劳动奖章'],
  'craftsman-talent': ['工匠人才', '工匠'],
  'special-allowance': ['政府特殊津贴专家', '特殊津贴'],
  'sci-tech-progress-award': ['科技进步奖', '科学技术进步奖'],
  'academic-leader': ['学术技术带头人'],
  other: ['其他荣誉'],
});
