import type { SessionView } from '../../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import type { Store } from '../../store/store';
import type { ServiceContext } from '../context';
import { requireSheetUnlocked } from './expert-pin';
import { nominationsOf, panelOf, requirePhase, sessionCells, sessionRow, sessionView, type SessionRow } from './session-store';
import { auditSubject } from '../../../src-shared/audit/subjects';

/** Nominations an expert has neither scored in full nor recused from. */
export function openCells(ctx: ServiceContext, r: SessionRow, expertId: string): string[] {
  const done = new Set(sessionCells(ctx, r.session_id, expertId).filter((c) => c.state !== 'partial').map((c) => c.nominationId));
  return nominationsOf(r).map((n) => n.id).filter((id) => !done.has(id));
}

/** Blind scoring ends for everyone at once: when the last panel member has locked, discussion opens. */
export function openDiscussionIfAllLocked(store: Store, r: SessionRow): boolean {
  const locked = new Set(
    store
      .all(store.q.selectFrom('session_experts').select(['expert_id', 'locked_at']).where('session_id', '=', r.session_id))
      .filter((e) => e.locked_at)
      .map((e) => e.expert_id),
  );
  if (r.phase !== 'scoring' || !panelOf(r).every((p) => locked.has(p.expertId))) return false;
  store.run(store.q.updateTable('scoring_sessions').set({ phase: 'discussion' }).where('session_id', '=', r.session_id));
  return true;
}

export function lockExpert(ctx: ServiceContext, sessionId: string, expertId: string): Result<SessionView> {
  const { store } = ctx;
  return store.transaction(() => {
    const r = sessionRow(ctx, sessionId);
    if (isErr(r)) return r;
    const phase = requirePhase(r.value, ['scoring'], '只能在评分阶段锁定', 'Locking is part of the scoring phase');
    if (isErr(phase)) return phase;
    const expert = store.first(store.q.selectFrom('session_experts').selectAll().where('session_id', '=', sessionId).where('expert_id', '=', expertId));
    if (!expert?.vault) return err('not-checked-in-here', `${expertId} 没有在本机签到`, `${expertId} did not check in on this laptop`);
    const unlocked = requireSheetUnlocked(ctx, sessionId, expertId);
    if (isErr(unlocked)) return unlocked;
    if (expert.locked_at) return err('already-locked', '评分已锁定', 'The scores are already locked');
    const open = openCells(ctx, r.value, expertId);
    if (open.length) {
      return err('scores-incomplete', `还有 ${open.length} 个推荐对象未评分或未申报回避：${open.join('、')}`, `${open.length} nominations are neither scored nor recused: ${open.join(', ')}`);
    }
    const at = ctx.now().toISOString();
    store.run(store.q.updateTable('session_experts').set({ locked_at: at }).where('session_id', '=', sessionId).where('expert_id', '=', expertId));
    store.audit({ actor: ctx.actor, action: 'score.lock', subject: auditSubject.sessionExpert(sessionId, expertId), details: { version: expert.version } });
    openDiscussionIfAllLocked(store, r.value);
    const after = sessionRow(ctx, sessionId);
    return isErr(after) ? after : ok(sessionView(ctx, after.value));
  });
}
