import { compareUtf8 } from '../draw/hash';
import { ok, type Result } from '../result';
import { aggregateValid } from './aggregate';
import { validateCells } from './cells';
import { validatePanelVotes } from './panel-vote';
import { rankValid, type CutStatus, type Ranking } from './rank';
import { SCORING_METHODS, type ScoringMethod, type SessionRules } from './session-rules';

export type Scenario = { kind: 'leave-out-expert'; expertId: string } | { kind: 'method'; method: ScoringMethod };

export interface Standing {
  cutStatus: CutStatus;
  rank: number;
  score: number | null;
}

export interface CutFlip {
  nominationId: string;
  scenario: Scenario;
  baseline: Standing;
  /** The same nomination under the scenario (an `out` here may be because it became insufficient: see score). */
  changed: Standing;
}

export interface StabilityReport {
  baseline: Ranking;
  /** Every scenario that was run, in order: experts left out one by one (by id), then the other methods. */
  scenarios: { scenario: Scenario; flips: CutFlip[] }[];
  /** All flips of all scenarios, in the same order. */
  flips: CutFlip[];
  /** No scenario moves any nomination across the cut. */
  stable: boolean;
}

/**
 * How much the proposed list depends on any single expert and on the choice of method: re-aggregates and re-ranks
 * with each expert's cells left out (their recusals too), and with each other method, and lists every nomination
 * whose position against the cut (in / out / tied at the cut) changes. A flip is not an error; it tells the panel
 * where the list is fragile before they sign it.
 *
 * Recorded panel votes are applied in a scenario only when exactly the same group ties there too (the same
 * exact-set rule as in {@link rankValid}): the panel's preference between those nominations still holds, but a vote
 * on one group says nothing about a different one. Leaving an expert out can push a nomination below
 * `minExperts`; it then drops out of the list, and that is reported as a flip like any other.
 */
export function cutStability(rules: SessionRules, cells: readonly unknown[], panelVotes: readonly unknown[] = []): Result<StabilityReport> {
  const valid = validateCells(rules, cells);
  if (!valid.ok) return valid;
  const votes = validatePanelVotes(rules, panelVotes);
  if (!votes.ok) return votes;

  const run = (r: SessionRules, c = valid.value) => rankValid(r, aggregateValid(r, c), votes.value);
  const baseline = run(rules);
  const standing = (ranking: Ranking) =>
    new Map(ranking.rows.map((row) => [row.nominationId, { cutStatus: row.cutStatus, rank: row.rank, score: row.score }]));
  const before = standing(baseline);

  const scenarios: StabilityReport['scenarios'] = [];
  const compareTo = (scenario: Scenario, ranking: Ranking) => {
    const after = standing(ranking);
    const flips: CutFlip[] = [];
    for (const id of [...before.keys()].sort(compareUtf8)) {
      const b = before.get(id)!;
      const a = after.get(id)!;
      if (a.cutStatus !== b.cutStatus) flips.push({ nominationId: id, scenario, baseline: b, changed: a });
    }
    scenarios.push({ scenario, flips });
  };

  const experts = [...new Set(valid.value.map((c) => c.expertId))].sort(compareUtf8);
  for (const expertId of experts) {
    compareTo(
      { kind: 'leave-out-expert', expertId },
      run(rules, valid.value.filter((c) => c.expertId !== expertId)),
    );
  }
  for (const method of SCORING_METHODS) {
    if (method !== rules.method) compareTo({ kind: 'method', method }, run({ ...rules, method }));
  }

  const flips = scenarios.flatMap((s) => s.flips);
  return ok({ baseline, scenarios, flips, stable: flips.length === 0 });
}
