import type { UnitType } from '../domain/vocabulary';
import type { Message } from '../result';

// Checked in this order: a university's affiliated hospital (郑州大学第一附属医院) is a hospital, and an academy
// of sciences (河南省科学院, 中国农业科学院) is a research institute although its name ends in 学院.
const RULES: ReadonlyArray<[RegExp, UnitType, string]> = [
  [/医院|卫生院|妇幼保健院|保健院/, 'hospital', '医院'],
  [/研究院|研究所|科学院|研究中心/, 'research-institute', '研究院/研究所'],
  [/大学|学院|高等专科学校/, 'university', '大学/学院'],
];

/**
 * A unit's type from its name, for files without a unit-type column. Always shown as inferred and changeable
 * before the import is committed; `other` when no word settles it.
 */
export function inferUnitType(unitName: string): { type: UnitType; why: Message } {
  for (const [re, type, words] of RULES) {
    const m = re.exec(unitName);
    if (m) return { type, why: { zh: `单位名称含“${m[0]}”（${words}）`, en: `the unit's name contains "${m[0]}"` } };
  }
  return { type: 'other', why: { zh: '单位名称不含大学、学院、医院、研究院等字样', en: 'the name has none of the words for a university, hospital or institute' } };
}
