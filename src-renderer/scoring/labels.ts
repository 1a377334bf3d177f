import type { Message } from '../../src-shared/result';
import type { ScoringMethod } from '../../src-shared/scoring/session-rules';
import type { SessionPhase } from '../../src-shared/api/views';

/**
 * Kept here rather than imported from session-rules.ts at run time: that module hashes with node:crypto, which
 * the renderer must not load. Type-only imports are fine.
 */
export const SCORING_METHODS: ScoringMethod[] = ['trimmed-mean', 'mean', 'median', 'z-score'];
export const MAX_CUT = 30;

export const SCORING_METHOD_LABELS: Record<ScoringMethod, Message> = {
  'trimmed-mean': { zh: '去掉一个最高分和一个最低分后取平均', en: 'Trimmed mean (drop highest and lowest)' },
  mean: { zh: '算术平均', en: 'Mean' },
  median: { zh: '中位数', en: 'Median' },
  'z-score': { zh: '标准分（z 分数）平均', en: 'Mean z-score' },
};

export const PHASE_LABELS: Record<SessionPhase, Message> = {
  draft: { zh: '草拟规则', en: 'Drafting rules' },
  scoring: { zh: '评分中（盲评）', en: 'Scoring (blind)' },
  discussion: { zh: '讨论与签字', en: 'Discussion and sign-off' },
  signed: { zh: '已签字锁定', en: 'Signed and locked' },
};
