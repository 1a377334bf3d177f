import { nominationSchema, type Honour, type Nomination, type NominationInput } from '../../src-shared/domain/nomination';
import type { HonourKind, HonourLevel } from '../../src-shared/domain/vocabulary';
import { DEFAULT_RECOMMENDING_UNITS, type RecommendingUnitEntry } from '../../src-shared/registers/default-recommending-units';
import { NameRegister } from '../../src-shared/registers/name-register';
import { TitleResolver } from '../../src-shared/titles/resolve-title';
import { DEFAULT_DICTIONARY } from '../../src-shared/titles/title-dictionary';
import { automaticChecks, type ScreeningFacts } from '../../src-shared/screening/checks';
import type { CheckResult } from '../../src-shared/screening/check-result';
import { MANUAL_ITEMS, type ManualAnswer } from '../../src-shared/screening/manual-checklist';

export const REFERENCE_DATE = '2026-06-30';

export function honour(kind: HonourKind, level: HonourLevel, name = `${kind}-${level}`): Honour {
  return { kind, level, name, year: 2020, issuer: '' };
}

/** A nomination that passes every automatic check; tests change one field at a time. */
export function nomination(overrides: Partial<NominationInput> = {}): Nomination {
  return nominationSchema.parse({
    id: '2026-T001',
    year: 2026,
    studioName: '张伟劳模创新工作室',
    leaderName: '张伟',
    leaderGender: 'male',
    leaderBirthYear: 1975,
    leaderTitle: '主任医师',
    honours: [honour('model-worker', 'provincial', '河南省劳动模范')],
    workUnitName: '河南省人民医院',
    workUnitCode: 'U001',
    workUnitCategory: 'provincial-enterprise',
    sector: 'health',
    recommendingUnit: '河南省人民医院工会',
    recommendingUnitCode: 'R001',
    recommendingUnitKind: 'direct-grassroots-union',
    foundedOn: '2015-03-01',
    ...overrides,
  });
}

const TEST_RECOMMENDERS = NameRegister.build<RecommendingUnitEntry>([
  ...DEFAULT_RECOMMENDING_UNITS,
  { code: 'R001', name: '河南省人民医院工会', aliases: [], kind: 'direct-grassroots-union' },
]);
export const TEST_TITLES = new TitleResolver(DEFAULT_DICTIONARY, []);

/** What the office's registers would say with their defaults (plus one grassroots union the fixtures use). */
export function factsFor(n: Nomination): ScreeningFacts {
  if (!TEST_RECOMMENDERS.ok) throw new Error('test register');
  const r = TEST_RECOMMENDERS.value.find(n.recommendingUnit);
  return { title: TEST_TITLES.resolve(n.leaderTitle), ...(r ? { recommender: { name: r.name, kind: r.kind } } : {}) };
}

export const checksOf = (overrides: Partial<NominationInput> = {}): CheckResult[] => {
  const n = nomination(overrides);
  return automaticChecks(n, REFERENCE_DATE, factsFor(n));
};

export const allMet = (): ManualAnswer[] => MANUAL_ITEMS.map((i) => ({ itemId: i.id, met: true, note: '' }));
