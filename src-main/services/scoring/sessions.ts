import type { PanelMember, SessionView } from '../../../src-shared/api/views';

import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { rulesHash } from '../../../src-shared/scoring/session-rules';
import { checkYearCap } from '../../../src-shared/scoring/year-cap';
import type { ServiceContext } from '../context';
import { getDraw } from '../draws';
import { sessionPackage } from '../issued-packages/records';
import { requirePhase, rulesOf, sessionRow, sessionView, type SessionRow } from './session-store';
import { checkSessionYearCap, yearCapacityFor } from './year-cap';
import { auditSubject } from '../../../src-shared/audit/subjects';

/**
 * A session is made from an issued session package (评审会授权包) and a drawn panel: the package gives its year,
 * nominations and rules (the office decided them before the meeting); the draw must have committed to the pool
 * snapshot the package names and seated the package's panel size. A year with nothing left takes no new session.
 */
export function createSession(ctx: ServiceContext, input: { year: number; drawId: string; sessionId: string; leaderId?: string }): Result<SessionView> {
  const { store } = ctx;
  return store.transaction(() => {
    if (store.first(store.q.selectFrom('scoring_sessions').select('session_id').where('session_id', '=', input.sessionId))) {
      return err('session-exists', `评审会编号 ${input.sessionId} 已存在`, `Session ${input.sessionId} already exists`);
    }
    const pkg = sessionPackage(ctx, input.sessionId);
    if (isErr(pkg)) return pkg;
    const terms = pkg.value.payload;
    if (terms.year !== input.year) {
      return err('package-other-year', `评审会 ${input.sessionId} 的授权包是 ${terms.year} 年度的，不是 ${input.year} 年度`, `The package of session ${input.sessionId} is of ${terms.year}, not ${input.year}`);
    }
    const draw = getDraw(ctx, input.drawId);
    if (isErr(draw)) return draw;
    if (!draw.value.panel || (draw.value.status !== 'drawn' && draw.value.status !== 'finished')) {
      return err('draw-not-drawn', `抽取 ${input.drawId} 尚未完成`, `Draw ${input.drawId} has not been drawn`);
    }
    if (draw.value.poolHash !== terms.pool.hash) {
      return err(
        'package-pool-mismatch',
        `抽取 ${input.drawId} 的专家库快照（${draw.value.poolHash.slice(0, 16)}…）不是授权包签发时的快照（${terms.pool.hash.slice(0, 16)}…，分层方式 ${terms.pool.stratumBy}）：专家库在签发后有变化，或抽取的分层方式不同`,
        `Draw ${input.drawId} committed to pool snapshot ${draw.value.poolHash.slice(0, 16)}…, not the one the package was issued with (${terms.pool.hash.slice(0, 16)}…, stratified by ${terms.pool.stratumBy}): the pool changed after issue, or the draw stratified it otherwise`,
      );
    }
    const panel: PanelMember[] = draw.value.panel.panel.map((seat) => ({
      expertId: seat.expertId,
      name: draw.value.experts[seat.expertId]?.name ?? seat.expertId,
      unitName: draw.value.experts[seat.expertId]?.unitName ?? '',
      stratum: seat.stratum,
    }));
    if (panel.length !== terms.panelSize) {
      return err('package-panel-mismatch', `抽取 ${input.drawId} 的专家组有 ${panel.length} 人，授权包规定 ${terms.panelSize} 人`, `Draw ${input.drawId} seated ${panel.length} experts; the package says ${terms.panelSize}`);
    }
    const leaderId = input.leaderId ?? panel[0]?.expertId ?? null;
    if (leaderId && !panel.some((p) => p.expertId === leaderId)) {
      return err('leader-not-in-panel', `组长 ${leaderId} 不在专家组中`, `The leader ${leaderId} is not on the panel`);
    }
    const full = checkYearCap(yearCapacityFor(ctx, input.year, input.sessionId), 1);
    if (isErr(full)) return full;
    const row: SessionRow = {
      session_id: input.sessionId,
      year: input.year,
      role: 'coordinator',
      draw_id: input.drawId,
      draw_seed: draw.value.protocol!.seed,
      rules: JSON.stringify(terms.rules),
      rules_hash: null,
      phase: 'draft',
      panel: JSON.stringify(panel),
      nominations: JSON.stringify(terms.nominations),
      coordinator_key: null,
      leader_id: leaderId,
      created_at: ctx.now().toISOString(),
      frozen_at: null,
      signed_at: null,
      draw_protocol: null,
    };
    store.run(store.q.insertInto('scoring_sessions').values(row));
    store.audit({
      actor: ctx.actor,
      action: 'session.create',
      subject: auditSubject.session(input.sessionId),
      details: { drawId: input.drawId, panel: panel.map((p) => p.expertId), nominations: terms.nominations.length, packageSha256: pkg.value.sha256 },
    });
    return ok(sessionView(ctx, row));
  });
}

/**
 * Before the first score: the rules' SHA-256 is stored; from then on any change is refused. The rules are the
 * package's, and must still hash as the package says. From the freeze the session's cut is reserved in the year
 * (Art. 2), so it is checked again here against what the year has left: it cannot be lowered afterwards.
 */
export function freezeSession(ctx: ServiceContext, sessionId: string): Result<SessionView> {
  const { store } = ctx;
  return store.transaction(() => {
    const r = sessionRow(ctx, sessionId);
    if (isErr(r)) return r;
    const phase = requirePhase(r.value, ['draft'], '评审规则已冻结', 'The rules are already frozen');
    if (isErr(phase)) return phase;
    const rules = rulesOf(r.value);
    const hash = rulesHash(rules);
    const pkg = sessionPackage(ctx, sessionId);
    if (isErr(pkg)) return pkg;
    if (hash !== pkg.value.payload.rulesHash) {
      return err('package-rules-mismatch', `评审规则的哈希 ${hash} 不是授权包签发的 ${pkg.value.payload.rulesHash}`, `The rules hash to ${hash}, not to the ${pkg.value.payload.rulesHash} the package was issued with`);
    }
    const fits = checkSessionYearCap(ctx, r.value.year, sessionId, rules.cut);
    if (isErr(fits)) return fits;
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

