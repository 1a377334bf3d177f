import { compareUtf8 } from '../draw/hash';
import { ok, type Result } from '../result';
import { validateCells, type ValidCell } from './cells';
import type { ScoringMethod, SessionRules } from './session-rules';
import { mean, median, populationSd, scoreKey, trimmedMean } from './stats';

export interface ExpertTotal {
  expertId: string;
  /** Σ weight × points, unrounded. */
  total: number;
  /** This total standardized over the expert's own totals; present only under the z-score method. */
  z?: number;
}

export interface Outlier {
  expertId: string;
  total: number;
  /** total − trimmed mean (signed: negative = this expert scored it lower than the panel). */
  deviation: number;
}

export interface NominationAggregate {
  nominationId: string;
  /** One per expert who scored it, ordered by expert id. Recused experts are not here. */
  totals: ExpertTotal[];
  /** Experts who scored it. */
  n: number;
  /** Experts who recused themselves (R); never counted as a 0. */
  recused: number;
  /** `insufficient`: fewer than `minExperts` scored it, so it has no score and is ranked after everything else. */
  status: 'ranked' | 'insufficient';
  /** Panel score by the session's method, unrounded; null when insufficient. Under z-score it is a mean z, not points. */
  score: number | null;
  /** Median total (tie-break, and shown next to the score); null when nobody scored it. */
  median: number | null;
  /** Trimmed mean of the totals (reference for outliers, whatever the method); null when nobody scored it. */
  trimmedMean: number | null;
  /** criterion id → mean raw points over the experts who scored it (unweighted); empty when nobody did. */
  criterionMeans: Record<string, number>;
  /** How far the experts disagree: max − min and population standard deviation of the totals. */
  spread: { range: number; sd: number } | null;
  /** Totals more than `outlierThreshold` points away from the trimmed mean, for the panel to discuss. */
  outliers: Outlier[];
}

export interface ExpertLeniency {
  expertId: string;
  scored: number;
  recused: number;
  /** Over the nominations this expert scored that have a panel score (status `ranked`). */
  compared: number;
  meanTotal: number | null;
  /** Mean of the panel's points for the same nominations (see {@link aggregateValid}). */
  meanPanelScore: number | null;
  /** meanTotal − meanPanelScore: positive = more generous than the panel. Null when nothing to compare. */
  leniency: number | null;
}

export interface Aggregation {
  method: ScoringMethod;
  /** In the order of `rules.nominationIds`. */
  nominations: NominationAggregate[];
  /** Every expert with at least one cell, ordered by id. */
  experts: ExpertLeniency[];
}

/** Validates the cells (see {@link validateCells}) and aggregates them. */
export function aggregate(rules: SessionRules, cells: readonly unknown[]): Result<Aggregation> {
  const valid = validateCells(rules, cells);
  if (!valid.ok) return valid;
  return ok(aggregateValid(rules, valid.value));
}

/**
 * Aggregation of already validated cells (the stability report re-runs this on subsets).
 *
 * z-score: each expert's totals are standardized over every nomination that expert scored in the session
 * (z = (total − expert's mean) / expert's population sd; an expert whose totals are all equal, or who scored only
 * one nomination, gives z = 0 everywhere: they expressed no preference). The nomination's score is the plain
 * mean of its experts' z, not rescaled to points, so it reads as "how many of their own standard deviations above
 * their own average the experts put it". It corrects for lenient and strict experts when the panel is split over
 * the nominations; with everyone scoring everything it mostly agrees with the mean.
 *
 * Leniency compares points with points: the panel's points for a nomination are its score under mean, median and
 * trimmed mean, and its trimmed mean under z-score (whose score is not in points). Only nominations that have a
 * panel score count, for both sides of the difference.
 */
export function aggregateValid(rules: SessionRules, cells: readonly ValidCell[]): Aggregation {
  const byNomination = new Map<string, ValidCell[]>(rules.nominationIds.map((id) => [id, []]));
  const byExpert = new Map<string, ValidCell[]>();
  for (const c of cells) {
    byNomination.get(c.nominationId)?.push(c);
    const list = byExpert.get(c.expertId) ?? [];
    list.push(c);
    byExpert.set(c.expertId, list);
  }

  const zOf = rules.method === 'z-score' ? expertZScores(byExpert) : null;

  const nominations = rules.nominationIds.map((nominationId): NominationAggregate => {
    const list = byNomination.get(nominationId)!;
    const scored = list
      .filter((c): c is Extract<ValidCell, { state: 'scored' }> => c.state === 'scored')
      .sort((a, b) => compareUtf8(a.expertId, b.expertId));
    const totals: ExpertTotal[] = scored.map((c) => ({
      expertId: c.expertId,
      total: c.total,
      ...(zOf ? { z: zOf.get(c.expertId)!.get(nominationId)! } : {}),
    }));
    const values = totals.map((t) => t.total);
    const n = values.length;
    const recused = list.length - n;
    if (n === 0) {
      return {
        nominationId,
        totals,
        n,
        recused,
        status: 'insufficient',
        score: null,
        median: null,
        trimmedMean: null,
        criterionMeans: {},
        spread: null,
        outliers: [],
      };
    }
    const trimmed = trimmedMean(values, rules.trimThreshold);
    const med = median(values);
    const sufficient = n >= rules.minExperts;
    const criterionMeans: Record<string, number> = {};
    for (const c of rules.rubric.criteria) criterionMeans[c.id] = mean(scored.map((s) => s.criteria[c.id]));
    return {
      nominationId,
      totals,
      n,
      recused,
      status: sufficient ? 'ranked' : 'insufficient',
      score: sufficient ? methodScore(rules.method, values, trimmed, med, totals) : null,
      median: med,
      trimmedMean: trimmed,
      criterionMeans,
      spread: { range: Math.max(...values) - Math.min(...values), sd: populationSd(values) },
      outliers: totals
        .map((t) => ({ expertId: t.expertId, total: t.total, deviation: t.total - trimmed }))
        .filter((o) => Math.abs(o.deviation) > rules.outlierThreshold),
    };
  });

  const panelPoints = new Map<string, number>();
  for (const a of nominations) {
    if (a.status !== 'ranked') continue;
    panelPoints.set(a.nominationId, rules.method === 'z-score' ? a.trimmedMean! : a.score!);
  }
  const experts = [...byExpert.keys()].sort(compareUtf8).map((expertId): ExpertLeniency => {
    const list = byExpert.get(expertId)!;
    const scored = list.filter((c) => c.state === 'scored');
    const comparable = scored.filter((c) => panelPoints.has(c.nominationId)) as Extract<ValidCell, { state: 'scored' }>[];
    const meanTotal = comparable.length ? mean(comparable.map((c) => c.total)) : null;
    const meanPanelScore = comparable.length ? mean(comparable.map((c) => panelPoints.get(c.nominationId)!)) : null;
    return {
      expertId,
      scored: scored.length,
      recused: list.length - scored.length,
      compared: comparable.length,
      meanTotal,
      meanPanelScore,
      leniency: meanTotal === null || meanPanelScore === null ? null : meanTotal - meanPanelScore,
    };
  });

  return { method: rules.method, nominations, experts };
}

function methodScore(
  method: ScoringMethod,
  values: number[],
  trimmed: number,
  med: number,
  totals: ExpertTotal[],
): number {
  switch (method) {
    case 'trimmed-mean':
      return trimmed;
    case 'mean':
      return mean(values);
    case 'median':
      return med;
    case 'z-score':
      return mean(totals.map((t) => t.z!));
  }
}

/** expert → nomination → z of that expert's total, over all nominations the expert scored. */
function expertZScores(byExpert: Map<string, ValidCell[]>): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [expertId, list] of byExpert) {
    const scored = list.filter((c): c is Extract<ValidCell, { state: 'scored' }> => c.state === 'scored');
    const z = new Map<string, number>();
    if (scored.length) {
      const totals = scored.map((c) => c.total);
      const m = mean(totals);
      const sd = populationSd(totals);
      // An sd that is only float noise (equal totals with fractional weights) must not blow noise up into ±1.
      const flat = scoreKey(sd) === 0;
      for (const c of scored) z.set(c.nominationId, flat ? 0 : (c.total - m) / sd);
    }
    out.set(expertId, z);
  }
  return out;
}
