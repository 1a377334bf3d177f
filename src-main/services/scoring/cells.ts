import type { CellState, CellView } from '../../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { checkScore } from '../../../src-shared/scoring/rubric';
import { readJson } from '../../store/json-columns';
import type { ServiceContext } from '../context';
import { requireSheetUnlocked } from './expert-pin';
import { cellView, requirePhase, rulesOf, sessionRow } from './session-store';
import { auditSubject } from '../../../src-shared/audit/subjects';

export interface CellChange {
  sessionId: string;
  expertId: string;
  nominationId: string;
  /** Criterion values to set (others keep theirs); null clears one. */
  criteria?: Record<string, number | null>;
  comment?: string;
  /** Declares a conflict (回避): the cell shows and counts as R, never 0. */
  recuse?: { reason: string };
  /** Required once the expert has locked: re-scoring keeps its history and its reason. */
  changeReason?: string;
}

/**
 * Saves one change of one cell in one transaction with its history row, the expert's version counter and
 * an audit entry, so a laptop that dies mid-session loses nothing that was reported saved. Only while the
 * expert's sheet is open (their PIN, see expert-pin.ts): on a shared laptop nobody edits another's sheet.
 */
export function saveCell(ctx: ServiceContext, change: CellChange): Result<CellView & { version: number }> {
  const { store } = ctx;
  return store.transaction(() => {
    const r = sessionRow(ctx, change.sessionId);
    if (isErr(r)) return r;
    const phase = requirePhase(r.value, ['scoring', 'discussion'], '只有规则冻结后、签字前可以评分', 'Scores can be entered after the rules are frozen and before sign-off');
    if (isErr(phase)) return phase;
    const expert = store.first(
      store.q.selectFrom('session_experts').selectAll().where('session_id', '=', change.sessionId).where('expert_id', '=', change.expertId),
    );
    if (!expert?.vault) return err('not-checked-in-here', `${change.expertId} 没有在本机签到`, `${change.expertId} did not check in on this laptop`);
    const unlocked = requireSheetUnlocked(ctx, change.sessionId, change.expertId);
    if (isErr(unlocked)) return unlocked;
    const rules = rulesOf(r.value);
    // The frozen rules list the session's nominations; the full nomination texts are not needed to save a cell.
    if (!rules.nominationIds.includes(change.nominationId)) {
      return err('nomination-not-in-session', `${change.nominationId} 不在本评审会中`, `${change.nominationId} is not in this session`);
    }
    const reason = change.changeReason?.trim() ?? '';
    if (expert.locked_at && reason === '') {
      return err('change-reason-required', '已锁定的评分修改须写明理由', 'Changing a score after locking needs a written reason');
    }
    const before = store.first(
      store.q
        .selectFrom('scores')
        .selectAll()
        .where('session_id', '=', change.sessionId)
        .where('expert_id', '=', change.expertId)
        .where('nomination_id', '=', change.nominationId),
    );
    const rubric = rules.rubric;
    const criteria: Record<string, number> = before ? readJson('scores.criteria', before.criteria) : {};
    let state: CellState = before?.state ?? 'partial';
    let recusalReason = before?.recusal_reason ?? '';
    if (change.recuse) {
      if (change.recuse.reason.trim() === '') return err('recusal-reason-required', '回避须写明理由', 'A conflict needs a reason');
      state = 'recused';
      recusalReason = change.recuse.reason.trim();
      for (const k of Object.keys(criteria)) delete criteria[k];
    } else if (change.criteria) {
      if (state === 'recused') return err('cell-recused', '已申报回避的推荐对象不能评分', 'A nomination you recused from cannot be scored');
      for (const [id, value] of Object.entries(change.criteria)) {
        const criterion = rubric.criteria.find((c) => c.id === id);
        if (!criterion) return err('unknown-criterion', `未知的评分项：${id}`, `Unknown criterion: ${id}`);
        if (value === null) {
          delete criteria[id];
          continue;
        }
        const checked = checkScore(criterion, value);
        if (isErr(checked)) return checked;
        criteria[id] = value;
      }
      state = rubric.criteria.every((c) => criteria[c.id] !== undefined) ? 'scored' : 'partial';
    }
    const now = ctx.now().toISOString();
    const row = {
      session_id: change.sessionId,
      expert_id: change.expertId,
      nomination_id: change.nominationId,
      state,
      criteria: JSON.stringify(criteria),
      comment: change.comment ?? before?.comment ?? '',
      recusal_reason: recusalReason,
      updated_at: now,
    };
    store.run(store.q.insertInto('scores').values(row).onConflict((oc) => oc.columns(['session_id', 'expert_id', 'nomination_id']).doUpdateSet(row)));
    const version = expert.version + 1;
    store.run(
      store.q.updateTable('session_experts').set({ version }).where('session_id', '=', change.sessionId).where('expert_id', '=', change.expertId),
    );
    store.run(
      store.q.insertInto('score_history').values({
        session_id: change.sessionId,
        expert_id: change.expertId,
        nomination_id: change.nominationId,
        version,
        state,
        criteria: row.criteria,
        comment: row.comment,
        recusal_reason: recusalReason,
        change_reason: reason,
        at: now,
      }),
    );
    store.audit({
      actor: ctx.actor,
      action: 'score.save',
      subject: auditSubject.scoreCell(change.sessionId, change.expertId, change.nominationId),
      details: { version, state, criteria, comment: row.comment, recusalReason, changeReason: reason },
    });
    return ok({ ...cellView(row), version });
  });
}
