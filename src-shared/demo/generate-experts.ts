import type { ExpertInput } from '../domain/expert';
import type { ExpertStatus, Gender, Sector } from '../domain/vocabulary';
import type { PersonName } from './chinese-names';
import { EXPERT_PROFILES, NON_SENIOR_REASONS, SPECIALTIES_BY_TITLE } from './expert-profiles';
import { EXPERT_UNITS, type ExpertUnit } from './henan-units';
import type { Rng } from './random';

export const DEMO_EXPERT_COUNT = 300;
/** Exact counts, not probabilities, so every seed gives a 90% full-senior pool (Art. 6: "mainly"). */
const ASSOCIATE_COUNT = 30;
const PAUSED_COUNT = 12;
const RETIRED_COUNT = 6;
const WITH_AVOIDANCES_COUNT = 15;

/**
 * @param nominationUnitCodes this year's nominating workplaces, so declared avoidances hit real nominations.
 */
export function generateExperts(
  rng: Rng,
  namer: (gender: Gender) => PersonName,
  year: number,
  nominationUnitCodes: readonly string[],
): ExpertInput[] {
  const indices = Array.from({ length: DEMO_EXPERT_COUNT }, (_, i) => i);
  const associate = new Set(rng.sample(indices, ASSOCIATE_COUNT));
  const [paused, retired] = splitSample(rng, indices, [PAUSED_COUNT, RETIRED_COUNT]);
  const avoiding = new Set(rng.sample(indices, WITH_AVOIDANCES_COUNT));
  const emails = new Set<string>();

  return indices.map((i): ExpertInput => {
    const unit = rng.weighted(EXPERT_UNITS, (u) => u.weight);
    const profile = EXPERT_PROFILES[unit.profile];
    const gender: Gender = rng.chance(0.65) ? 'male' : 'female';
    const person = namer(gender);
    const isAssociate = associate.has(i);
    const title = rng.pickFront(isAssociate ? profile.associate : profile.full);
    const status: ExpertStatus = paused.has(i) ? 'paused' : retired.has(i) ? 'retired' : 'available';
    const ownCodes = nominationUnitCodes.filter((c) => c !== unit.code);
    return {
      id: `E${String(i + 1).padStart(4, '0')}`,
      name: person.name,
      gender,
      unitName: unit.name,
      unitCode: unit.code,
      unitType: unit.type,
      title,
      sectors: sectorsFor(rng, unit),
      specialty: rng.pick(SPECIALTIES_BY_TITLE[title] ?? unit.specialties ?? profile.specialties),
      phone: `1${rng.pick(['3', '5', '8'])}${rng.digits(1)}-${rng.digits(4)}-${rng.digits(4)}`,
      email: uniqueEmail(emails, person.pinyin, unit.emailDomain),
      status,
      avoidUnitCodes: avoiding.has(i) ? rng.sample(ownCodes, rng.int(1, 2)) : [],
      panelYears: panelYears(rng, year),
      nonSeniorReason: isAssociate ? rng.pick(NON_SENIOR_REASONS) : '',
    };
  });
}

/** Disjoint random subsets of the given sizes. */
function splitSample(rng: Rng, items: readonly number[], sizes: readonly number[]): Set<number>[] {
  const shuffled = rng.shuffle(items);
  let start = 0;
  return sizes.map((size) => new Set(shuffled.slice(start, (start += size))));
}

function sectorsFor(rng: Rng, unit: ExpertUnit): Sector[] {
  const [main, ...others] = unit.sectors;
  return others.length > 0 && rng.chance(0.35) ? [main, rng.pick(others)] : [main];
}

function uniqueEmail(used: Set<string>, local: string, domain: string): string {
  let address = `${local}@${domain}`;
  for (let n = 2; used.has(address); n++) address = `${local}${n}@${domain}`;
  used.add(address);
  return address;
}

/** Panels served in the three previous years; most members have sat on none. */
function panelYears(rng: Rng, year: number): number[] {
  const previous = [year - 3, year - 2, year - 1];
  const r = rng.next();
  const count = r < 0.6 ? 0 : r < 0.9 ? 1 : 2;
  return rng.sample(previous, count).sort((a, b) => a - b);
}
