import type { TitleRank } from './vocabulary';

/**
 * Title dictionary (职称 → rank). Art. 6 wants a pool of mainly full-senior experts and Art. 4.1 a leader of
 * associate-senior rank or above, so the rank is derived here, never typed in by hand.
 */
const FULL_SENIOR = [
  '教授', '研究员', '主任医师', '主任护师', '主任药师', '主任技师', '正高级工程师', '正高级教师',
  '编审', '研究馆员', '正高级经济师', '正高级会计师', '正高级实验师', '国家级教练',
  '一级演员', '一级编剧', '一级导演', '一级美术师', '正高级工艺美术师', '译审', '高级记者', '高级编辑',
  '正高级讲师', '正高级农艺师', '正高级统计师', '一级律师',
];
const ASSOCIATE_SENIOR = [
  '副教授', '副研究员', '副主任医师', '副主任护师', '副主任药师', '副主任技师', '高级工程师',
  '高级教师', '副编审', '副研究馆员', '高级经济师', '高级会计师', '高级实验师', '高级教练',
  '二级演员', '二级编剧', '二级导演', '二级美术师', '高级工艺美术师', '副译审', '主任记者', '主任编辑',
  '高级讲师', '高级农艺师', '高级统计师', '高级技师', '二级律师',
];
const INTERMEDIATE = [
  '讲师', '助理研究员', '主治医师', '主管护师', '主管药师', '主管技师', '工程师', '一级教师',
  '编辑', '馆员', '经济师', '会计师', '实验师', '一级教练', '三级演员', '记者', '技师', '三级律师',
];

const DICTIONARY: ReadonlyMap<string, TitleRank> = new Map([
  ...FULL_SENIOR.map((t) => [t, 'full-senior'] as const),
  ...ASSOCIATE_SENIOR.map((t) => [t, 'associate-senior'] as const),
  ...INTERMEDIATE.map((t) => [t, 'intermediate'] as const),
]);

export const KNOWN_TITLES: readonly string[] = [...DICTIONARY.keys()];

/** The rank of a title, or undefined when the title is not in the dictionary. */
export function titleRank(title: string): TitleRank | undefined {
  return DICTIONARY.get(title.normalize('NFC').replace(/\s+/g, ''));
}

const ORDER: Record<TitleRank, number> = {
  'full-senior': 3,
  'associate-senior': 2,
  intermediate: 1,
  other: 0,
};

export function rankAtLeast(rank: TitleRank, floor: TitleRank): boolean {
  return ORDER[rank] >= ORDER[floor];
}
