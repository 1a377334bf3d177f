import type { Message } from '../result';
import type { Criterion } from './rubric';
import type { ScoringMethod, TieBreakKey } from './session-rules';

/**
 * The names people read for the scoring rules' codes, on screen (src-renderer/scoring/) and on the printed sheets
 * (src-main/print/layouts/scoring-sheets.ts). Type-only imports: session-rules.ts hashes with node:crypto, which
 * the renderer must not load.
 */
export const SCORING_METHOD_LABELS: Record<ScoringMethod, Message> = {
  'trimmed-mean': { zh: '去掉一个最高分和一个最低分后取平均', en: 'Trimmed mean (drop highest and lowest)' },
  mean: { zh: '算术平均', en: 'Mean' },
  median: { zh: '中位数', en: 'Median' },
  'z-score': { zh: '标准分（z 分数）平均', en: 'Mean z-score' },
};

/** A tie-break by its name: the median, a criterion's mean (by the criterion's name), or the panel's vote. */
export function tieBreakLabel(key: TieBreakKey, criteria: readonly Pick<Criterion, 'id' | 'zh' | 'en'>[]): Message {
  if (key === 'median') return { zh: '中位数', en: 'median' };
  if (key === 'panel-vote') return { zh: '专家组表决', en: 'panel vote' };
  const c = criteria.find((x) => x.id === key.slice('criterion:'.length));
  return c ? { zh: `“${c.zh}”平均分`, en: `mean of "${c.en}"` } : { zh: '其他评分项平均分', en: 'mean of another criterion' };
}
