import type { SessionView } from '../../src-shared/api/views';
import { SCORING_METHOD_LABELS } from './labels';
import { localized } from '../i18n';
import type { ScoringMethod, TieBreakKey } from '../../src-shared/scoring/session-rules';

/** Display names for the ids the scoring data is keyed by. */
export function namesOf(session: SessionView) {
  const studios = new Map(session.nominations.map((n) => [n.id, n.studioName]));
  const experts = new Map(session.panel.map((p) => [p.expertId, p.name]));
  const criteria = new Map(session.rules.rubric.criteria.map((c) => [c.id, c]));
  return {
    studio: (id: string) => studios.get(id) ?? id,
    expert: (id: string) => experts.get(id) ?? id,
    method: (m: ScoringMethod) => localized(SCORING_METHOD_LABELS[m]),
    tieBreak: (key: TieBreakKey) => {
      if (key === 'median') return localized({ zh: '中位数', en: 'median' });
      if (key === 'panel-vote') return localized({ zh: '专家组表决', en: 'panel vote' });
      const c = criteria.get(key.slice('criterion:'.length));
      return c ? localized({ zh: `“${c.zh}”平均分`, en: `mean of "${c.en}"` }) : key;
    },
  };
}
