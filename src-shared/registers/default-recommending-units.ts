import type { RegisteredRecommendingUnitKind } from '../domain/vocabulary';
import type { RegisterEntry } from './name-register';

export interface RecommendingUnitEntry extends RegisterEntry {
  kind: RegisteredRecommendingUnitKind;
}

const CITIES = [
  '郑州', '开封', '洛阳', '平顶山', '安阳', '鹤壁', '新乡', '焦作', '濮阳', '许昌', '漯河', '三门峡', '南阳', '商丘', '信阳', '周口',
  '驻马店',
];

/**
 * Art. 5 (a), as the seed's own address line names them (各省辖市、济源示范区教科文卫体工会): the 17 cities' and
 * 济源's industry unions. The office adds its directly affiliated grassroots unions (b) and member units (c),
 * which the seed does not list.
 */
export const DEFAULT_RECOMMENDING_UNITS: readonly RecommendingUnitEntry[] = [
  ...CITIES.map((c, i) => ({
    code: `RA-${String(i + 1).padStart(2, '0')}`,
    name: `${c}市教科文卫体工会`,
    aliases: [`${c}教科文卫体工会`, `${c}市教科文卫体育工会`, `${c}市教育科技文化卫生体育工会`],
    kind: 'city-industry-union' as const,
  })),
  {
    code: 'RA-18',
    name: '济源示范区教科文卫体工会',
    aliases: ['济源市教科文卫体工会', '济源教科文卫体工会', '济源产城融合示范区教科文卫体工会'],
    kind: 'city-industry-union',
  },
];
