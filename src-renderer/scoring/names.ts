import type { SessionView } from '../../src-shared/api/views';
import { SCORING_METHOD_LABELS, tieBreakLabel } from '../../src-shared/scoring/method-labels';
import { localized } from '../i18n';
import type { ScoringMethod, TieBreakKey } from '../../src-shared/scoring/session-rules';
import type { Criterion } from '../../src-shared/scoring/rubric';

/** Display names for the ids the scoring data is keyed by. */
export function namesOf(session: SessionView) {
  const studios = new Map(session.nominations.map((n) => [n.id, n.studioName]));
  const experts = new Map(session.panel.map((p) => [p.expertId, p.name]));
  return {
    studio: (id: string) => studios.get(id) ?? id,
    expert: (id: string) => experts.get(id) ?? id,
    method: (m: ScoringMethod) => localized(SCORING_METHOD_LABELS[m]),
    tieBreak: (key: TieBreakKey) => tieBreakName(key, session.rules.rubric.criteria),
  };
}

export type Names = ReturnType<typeof namesOf>;

/** A tie-break's name for people: the criterion it compares is named, never shown by its id. */
export function tieBreakName(key: TieBreakKey, criteria: readonly Criterion[]): string {
  return localized(tieBreakLabel(key, criteria));
}
