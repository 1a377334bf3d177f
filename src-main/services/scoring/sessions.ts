import type { PanelMember, SessionView } from '../../../src-shared/api/views';

import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { defaultSessionRules, MAX_CUT, rulesHash, sessionRulesSchema } from '../../../src-shared/scoring/session-rules';
import { checkYearCap } from '../../../src-shared/scoring/year-cap';
import { zodProblems } from '../../../src-shared/zod-problems';
import type { ServiceContext } from '../context';
import { getDraw } from '../draws';
import { listNominations } from '../nominations';
import { reviewableNominationIds } from '../screening';
import { requirePhase, rulesOf, sessionRow, sessionView, type SessionRow } from './session-store';
import { checkSessionYearCap, yearCapacityFor } from './year-cap';
import { auditSubject } from '../../../src-shared/audit/subjects';

/**
 * A session is made from a drawn panel and the year's qualified nominations, with default rules that stay
 * editable until frozen. Its default cut is what the year has left (Art. 2 counts the whole year, every session
 * of it); a year with nothing left takes no new session.
 */
export function createSession(ctx: ServiceContext, input: { year: number; drawId: string; sessionId: string; leaderId?: string }): Result<SessionView> {
  const { store } = ctx;
  return store.transaction(() => {
    if (store.first(store.q.selectFrom('scoring_sessions').select('session_id').where('session_id', '=', input.sessionId))) {
      return err('session-exists', `评审会编号 ${input.sessionId} 已存在`, `Session ${input.sessionId} already exists`);
    }
    const draw = getDraw(ctx, input.drawId);
    if (isErr(draw)) return draw;
    if (!draw.value.panel || (draw.value.status !== 'drawn' && draw.value.status !== 'finished')) {
      return err('draw-not-drawn', `抽取 ${input.drawId} 尚未完成`, `Draw ${input.drawId} has not been drawn`);
    }
    const panel: PanelMember[] = draw.value.panel.panel.map((seat) => ({
      expertId: seat.expertId,
      name: draw.value.experts[seat.expertId]?.name ?? seat.expertId,
      unitName: draw.value.experts[seat.expertId]?.unitName ?? '',
      stratum: seat.stratum,
    }));
    const qualified = new Set(
      reviewableNominationIds(ctx),
    );
    const nominations = listNominations(ctx, input.year).filter((n) => qualified.has(n.id));
    if (nominations.length === 0) {
      return err('no-qualified', `${input.year} 年度没有资格审查合格的推荐对象`, `No nomination of ${input.year} is qualified`);
    }
    const leaderId = input.leaderId ?? panel[0]?.expertId ?? null;
    if (leaderId && !panel.some((p) => p.expertId === leaderId)) {
      return err('leader-not-in-panel', `组长 ${leaderId} 不在专家组中`, `The leader ${leaderId} is not on the panel`);
    }
    const room = yearCapacityFor(ctx, input.year, input.sessionId);
    const full = checkYearCap(room, 1);
    if (isErr(full)) return full;
    const rules = defaultSessionRules({ sessionId: input.sessionId, year: input.year, nominationIds: nominations.map((n) => n.id), cut: Math.min(MAX_CUT, room.remaining) });
    const row: SessionRow = {
      session_id: input.sessionId,
      year: input.year,
      role: 'coordinator',
      draw_id: input.drawId,
      draw_seed: draw.value.protocol!.seed,
      rules: JSON.stringify(rules),
      rules_hash: null,
      phase: 'draft',
      panel: JSON.stringify(panel),
      nominations: JSON.stringify(nominations),
      coordinator_key: null,
      leader_id: leaderId,
      created_at: ctx.now().toISOString(),
      frozen_at: null,
      signed_at: null,
      draw_protocol: null,
    };
    store.run(store.q.insertInto('scoring_sessions').values(row));
    store.audit({ actor: ctx.actor, action: 'session.create', subject: auditSubject.session(input.sessionId), details: { drawId: input.drawId, panel: panel.map((p) => p.expertId), nominations: nominations.length } });
    return ok(sessionView(ctx, row));
  });
}

export function updateRules(ctx: ServiceContext, sessionId: string, rules: unknown): Result<SessionView> {
  const { store } = ctx;
  return store.transaction(() => {
    const r = sessionRow(ctx, sessionId);
    if (isErr(r)) return r;
    const phase = requirePhase(r.value, ['draft'], '评审规则冻结后不能再修改', 'The rules cannot change once frozen');
    if (isErr(phase)) return phase;
    const parsed = sessionRulesSchema.safeParse(rules);
    if (!parsed.success) return err('rules-invalid', '评审规则无效', 'Invalid session rules', zodProblems(sessionRulesSchema, rules));
    const current = rulesOf(r.value);
    if (parsed.data.sessionId !== sessionId || parsed.data.year !== current.year) {
      return err('rules-invalid', '评审规则的编号或年度与评审会不符', 'The rules name another session or year');
    }
    // Art. 2 counts the year: the cut may not exceed what the other sessions of the year have left.
    const fits = checkSessionYearCap(ctx, current.year, sessionId, parsed.data.cut);
    if (isErr(fits)) return fits;
    store.run(store.q.updateTable('scoring_sessions').set({ rules: JSON.stringify(parsed.data) }).where('session_id', '=', sessionId));
    store.audit({ actor: ctx.actor, action: 'session.rules', subject: auditSubject.session(sessionId), details: { rules: parsed.data } });
    return ok(sessionView(ctx, { ...r.value, rules: JSON.stringify(parsed.data) }));
  });
}

/**
 * Before the first score: the rules' SHA-256 is stored; from then on any change is refused. From the freeze the
 * session's cut is reserved in the year (Art. 2), so it is checked again here against what the year has left: it
 * cannot be lowered afterwards.
 */
export function freezeSession(ctx: ServiceContext, sessionId: string): Result<SessionView> {
  const { store } = ctx;
  return store.transaction(() => {
    const r = sessionRow(ctx, sessionId);
    if (isErr(r)) return r;
    const phase = requirePhase(r.value, ['draft'], '评审规则已冻结', 'The rules are already frozen');
    if (isErr(phase)) return phase;
    const rules = rulesOf(r.value);
    const fits = checkSessionYearCap(ctx, r.value.year, sessionId, rules.cut);
    if (isErr(fits)) return fits;
    const hash = rulesHash(rules);
    const at = ctx.now().toISOString();
    store.run(store.q.updateTable('scoring_sessions').set({ rules_hash: hash, phase: 'scoring', frozen_at: at }).where('session_id', '=', sessionId));
    store.audit({ actor: ctx.actor, action: 'session.freeze', subject: auditSubject.session(sessionId), details: { rulesHash: hash } });
    return ok(sessionView(ctx, { ...r.value, rules_hash: hash, phase: 'scoring', frozen_at: at }));
  });
}

export function getSession(ctx: ServiceContext, sessionId: string): Result<SessionView> {
  const r = sessionRow(ctx, sessionId);
  return isErr(r) ? r : ok(sessionView(ctx, r.value));
}

export function listSessions(ctx: ServiceContext): { sessionId: string; year: number; role: string; phase: string }[] {
  return ctx.store
    .all(ctx.store.q.selectFrom('scoring_sessions').select(['session_id', 'year', 'role', 'phase']).orderBy('created_at'))
    .map((s) => ({ sessionId: s.session_id, year: s.year, role: s.role, phase: s.phase }));
}

