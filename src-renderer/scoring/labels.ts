import type { Message } from '../../src-shared/result';
import type { ScoringMethod } from '../../src-shared/scoring/session-rules';
import type { SessionPhase } from '../../src-shared/api/views';

/**
 * Kept here rather than imported from session-rules.ts at run time: that module hashes with node:crypto, which
 * the renderer must not load. Type-only imports are fine.
 */
export const SCORING_METHODS: ScoringMethod[] = ['trimmed-mean', 'mean', 'median', 'z-score'];
export const MAX_CUT = 30;

export { SCORING_METHOD_LABELS } from '../../src-shared/scoring/method-labels';

export const PHASE_LABELS: Record<SessionPhase, Message> = {
  draft: { zh: '草拟规则', en: 'Drafting rules' },
  scoring: { zh: '评分中（盲评）', en: 'Scoring (blind)' },
  discussion: { zh: '讨论与签字', en: 'Discussion and sign-off' },
  signed: { zh: '已签字锁定', en: 'Signed and locked' },
};
