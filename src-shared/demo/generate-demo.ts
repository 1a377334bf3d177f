import type { ExpertInput } from '../domain/expert';
import type { NominationInput } from '../domain/nomination';
import { createNamer } from './chinese-names';
import { generateExperts } from './generate-experts';
import { generateNominations } from './generate-nominations';
import { createRng } from './random';

export { DEMO_EXPERT_COUNT } from './generate-experts';
export {
  DEMO_DEFECTS,
  DEMO_NOMINATION_COUNT,
  demoNominationId,
  threeYearCutoff,
  type DemoDefect,
} from './generate-nominations';

import type { RecommendingUnitEntry } from '../registers/default-recommending-units';

export const DEMO_DEFAULT_SEED = 2026;

export interface DemoYear {
  experts: ExpertInput[];
  nominations: NominationInput[];
}

/**
 * A fictitious but plausible expert pool and the year's nominations, for demos, tests and training.
 * Pure and deterministic: the same (seed, year) always gives deep-equal data, on any machine.
 */
export function generateDemoYear(seed: number, year: number): DemoYear {
  if (!Number.isSafeInteger(seed)) throw new RangeError(`demo seed must be an integer: ${seed}`);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw new RangeError(`demo year out of range: ${year}`);
  // Separate streams, so drawing more or fewer numbers in one part does not reshuffle the others; names
  // share one stream because they must be unique across experts, leaders and team members.
  const stream = (part: string) => createRng(`henan-demo/${seed}/${year}/${part}`);
  const namer = createNamer(stream('names'));
  const nominations = generateNominations(stream('nominations'), namer, year);
  const experts = generateExperts(
    stream('experts'),
    namer,
    year,
    nominations.map((n) => n.workUnitCode),
  );
  return { experts, nominations };
}

/**
 * The demo's entitled recommenders (grassroots unions, member units, city unions) as the office's register
 * would hold them; the deliberately unentitled ones are left out, so screening sends them to a reviewer.
 */
export function demoRecommenders(nominations: readonly NominationInput[]): RecommendingUnitEntry[] {
  const byName = new Map<string, RecommendingUnitEntry>();
  for (const n of nominations) {
    const kind = n.recommendingUnitKind;
    if (!kind || kind === 'other' || byName.has(n.recommendingUnit)) continue;
    byName.set(n.recommendingUnit, { code: n.recommendingUnitCode, name: n.recommendingUnit, kind, aliases: [] });
  }
  return [...byName.values()];
}
