import type { RecommendingUnitKind, Sector, WorkUnitCategory } from '../domain/vocabulary';
import { EXPERT_UNITS } from './henan-units';
import type { StudioTemplateKey } from './studio-templates';

/** Prefecture-level cities and the Jiyuan demonstration zone (Art. 5 a), keyed by administrative code. */
export interface City {
  code: string;
  name: string;
  /** How unit names start, e.g. 郑州市第一人民医院. */
  prefix: string;
  union: string;
}

const city = (code: string, name: string, unionPrefix = `${name}市`): City => ({
  code,
  name,
  prefix: `${name}市`,
  union: `${unionPrefix}教科文卫体工会`,
});

export const CITIES: readonly City[] = [
  city('4101', '郑州'), city('4102', '开封'), city('4103', '洛阳'), city('4104', '平顶山'),
  city('4105', '安阳'), city('4106', '鹤壁'), city('4107', '新乡'), city('4108', '焦作'),
  city('4109', '濮阳'), city('4110', '许昌'), city('4111', '漯河'), city('4112', '三门峡'),
  city('4113', '南阳'), city('4114', '商丘'), city('4115', '信阳'), city('4116', '周口'),
  city('4117', '驻马店'), city('4190', '济源', '济源示范区'),
];

export interface RecommendingUnit {
  code: string;
  name: string;
  kind: RecommendingUnitKind;
}

const rec = (code: string, name: string, kind: RecommendingUnitKind): RecommendingUnit => ({ code, name, kind });

export function cityUnion(c: City): RecommendingUnit {
  return rec(`HN-GH-${c.code}`, c.union, 'city-industry-union');
}

/** Art. 5 (c): member units of the provincial union committee. */
const MEMBER = {
  education: rec('HN-GH-W01', '河南省教育厅', 'member-unit'),
  science: rec('HN-GH-W02', '河南省科学技术厅', 'member-unit'),
  culture: rec('HN-GH-W03', '河南省文化和旅游厅', 'member-unit'),
  health: rec('HN-GH-W04', '河南省卫生健康委员会', 'member-unit'),
  sports: rec('HN-GH-W05', '河南省体育局', 'member-unit'),
} satisfies Record<Sector, RecommendingUnit>;

/** Art. 5 (b): grassroots unions directly under the provincial union. */
const GRASSROOTS = {
  zzu: rec('HN-GH-Z01', '郑州大学工会', 'direct-grassroots-union'),
  hactcm: rec('HN-GH-Z02', '河南中医药大学工会', 'direct-grassroots-union'),
  hpu: rec('HN-GH-Z03', '河南理工大学工会', 'direct-grassroots-union'),
  hnagri: rec('HN-GH-Z04', '河南省农业科学院工会', 'direct-grassroots-union'),
};

/** Societies that Art. 5 does not list: a nomination through one of them fails screening. */
export const NOT_ENTITLED = {
  health: rec('HN-GH-X01', '河南省医学会', 'other'),
  education: rec('HN-GH-X02', '河南省教育学会', 'other'),
  culture: rec('HN-GH-X03', '河南省戏剧家协会', 'other'),
  science: rec('HN-GH-X04', '河南省农学会', 'other'),
  sports: rec('HN-GH-X05', '河南省体育总会', 'other'),
} satisfies Record<Sector, RecommendingUnit>;

export interface WorkUnit {
  code: string;
  name: string;
  category: WorkUnitCategory;
  template: StudioTemplateKey;
  /** The city whose honours (市级) the leader can hold. */
  city: City;
  recommender: RecommendingUnit;
}

/** A workplace that is also a pool unit keeps the pool's code, so conflict checks can match on it. */
const codeFor = (name: string, fallback: string) => EXPERT_UNITS.find((e) => e.name === name)?.code ?? fallback;

const CITY_UNIT_KINDS: ReadonlyArray<{ code: string; template: StudioTemplateKey; name: (c: City) => string }> = [
  { code: 'RM', template: 'hospital', name: (c) => `${c.prefix}第一人民医院` },
  { code: 'ZX', template: 'hospital', name: (c) => `${c.prefix}中心医院` },
  { code: 'ZY', template: 'tcm-hospital', name: (c) => `${c.prefix}中医院` },
  { code: 'FY', template: 'maternal', name: (c) => `${c.prefix}妇幼保健院` },
  { code: 'GZ', template: 'high-school', name: (c) => `${c.prefix}第一高级中学` },
  { code: 'ZJ', template: 'college', name: (c) => `${c.name}职业技术学院` },
  { code: 'XX', template: 'primary-school', name: (c) => `${c.prefix}实验小学` },
  { code: 'BW', template: 'museum', name: (c) => `${c.name}博物馆` },
  { code: 'YJ', template: 'opera', name: (c) => `${c.prefix}豫剧团` },
  { code: 'TS', template: 'library', name: (c) => `${c.prefix}图书馆` },
  { code: 'NK', template: 'agri-institute', name: (c) => `${c.prefix}农业科学院` },
  { code: 'LK', template: 'forestry-institute', name: (c) => `${c.prefix}林业科学研究所` },
  { code: 'TX', template: 'sports-school', name: (c) => `${c.prefix}体育运动学校` },
  { code: 'JS', template: 'fitness-centre', name: (c) => `${c.prefix}全民健身中心` },
];

/** Every (city, kind of workplace) pair: a fixed table, from which each demo year draws. */
export const CITY_WORK_UNITS: readonly WorkUnit[] = CITIES.flatMap((c) =>
  CITY_UNIT_KINDS.map((k) => {
    const name = k.name(c);
    return {
      code: codeFor(name, `HN-W-${c.code}-${k.code}`),
      name,
      category: 'municipal-industry' as const,
      template: k.template,
      city: c,
      recommender: cityUnion(c),
    };
  }),
);

const cityNamed = (name: string) => CITIES.find((c) => c.name === name) ?? CITIES[0];
const provincial = (
  name: string,
  template: StudioTemplateKey,
  recommender: RecommendingUnit,
  options: { code?: string; city?: string } = {},
): WorkUnit => ({
  code: codeFor(name, options.code ?? ''),
  name,
  category: 'provincial-enterprise',
  template,
  city: cityNamed(options.city ?? '郑州'),
  recommender,
});

/** Provincially managed units (Art. 4.6); most are also pool units. */
export const PROVINCIAL_WORK_UNITS: readonly WorkUnit[] = [
  provincial('河南省人民医院', 'hospital', MEMBER.health),
  provincial('郑州大学第一附属医院', 'hospital', GRASSROOTS.zzu),
  provincial('河南省肿瘤医院', 'hospital', MEMBER.health),
  provincial('河南省儿童医院', 'maternal', MEMBER.health),
  provincial('河南中医药大学第一附属医院', 'tcm-hospital', GRASSROOTS.hactcm),
  provincial('河南博物院', 'museum', MEMBER.culture),
  provincial('河南省图书馆', 'library', MEMBER.culture),
  provincial('河南省豫剧院', 'opera', MEMBER.culture),
  provincial('河南省体育局训练中心', 'sports-school', MEMBER.sports),
  provincial('河南省农业科学院', 'agri-institute', GRASSROOTS.hnagri),
  provincial('河南理工大学', 'college', GRASSROOTS.hpu, { city: '焦作' }),
  provincial('郑州大学', 'college', GRASSROOTS.zzu),
  provincial('河南省实验中学', 'high-school', MEMBER.education, { code: 'HN-W-4100-SY' }),
  provincial('河南省林业科学研究院', 'forestry-institute', MEMBER.science, { code: 'HN-W-4100-LK' }),
];
