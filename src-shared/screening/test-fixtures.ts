import { nominationSchema, type Honour, type Nomination, type NominationInput } from '../domain/nomination';
import type { HonourKind, HonourLevel } from '../domain/vocabulary';
import { automaticChecks } from './checks';
import type { CheckResult } from './check-result';
import { MANUAL_ITEMS, type ManualAnswer } from './manual-checklist';

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

export const checksOf = (overrides: Partial<NominationInput> = {}): CheckResult[] =>
  automaticChecks(nomination(overrides), REFERENCE_DATE);

export const allMet = (): ManualAnswer[] => MANUAL_ITEMS.map((i) => ({ itemId: i.id, met: true, note: '' }));
