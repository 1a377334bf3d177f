import type { Selectable } from 'kysely';
import type { CellView, SessionView } from '../../../src-shared/api/views';
import { err, ok, type Result } from '../../../src-shared/result';
import { fingerprint } from '../../crypto/keys';
import { readJson } from '../../store/json-columns';
import type { ScoresTable, ScoringSessionsTable } from '../../store/schema-types';
import type { ServiceContext } from '../context';

export type SessionRow = Selectable<ScoringSessionsTable>;

export function sessionRow(ctx: ServiceContext, sessionId: string): Result<SessionRow> {
  const r = ctx.store.first(ctx.store.q.selectFrom('scoring_sessions').selectAll().where('session_id', '=', sessionId));
  return r ? ok(r) : err('session-not-found', `找不到评审会 ${sessionId}`, `No scoring session ${sessionId}`);
}

export const rulesOf = (r: SessionRow) => readJson('scoring_sessions.rules', r.rules);
export const panelOf = (r: SessionRow) => readJson('scoring_sessions.panel', r.panel);
export const nominationsOf = (r: SessionRow) => readJson('scoring_sessions.nominations', r.nominations);

export function cellView(c: Selectable<ScoresTable>): CellView {
  return {
    expertId: c.expert_id,
    nominationId: c.nomination_id,
    state: c.state,
    criteria: readJson('scores.criteria', c.criteria),
    comment: c.comment,
    recusalReason: c.recusal_reason,
    updatedAt: c.updated_at,
  };
}

export function sessionCells(ctx: ServiceContext, sessionId: string, expertId?: string): CellView[] {
  let q = ctx.store.q.selectFrom('scores').selectAll().where('session_id', '=', sessionId);
  if (expertId) q = q.where('expert_id', '=', expertId);
  return ctx.store.all(q.orderBy('expert_id').orderBy('nomination_id')).map(cellView);
}

export function sessionView(ctx: ServiceContext, r: SessionRow): SessionView {
  const { store } = ctx;
  const experts = store.all(store.q.selectFrom('session_experts').selectAll().where('session_id', '=', r.session_id).orderBy('expert_id'));
  return {
    sessionId: r.session_id,
    year: r.year,
    role: r.role,
    drawId: r.draw_id,
    phase: r.phase,
    rules: rulesOf(r),
    rulesHash: r.rules_hash,
    panel: panelOf(r),
    leaderId: r.leader_id,
    nominations: nominationsOf(r),
    experts: experts.map((e) => ({
      expertId: e.expert_id,
      keyId: e.key_id,
      fingerprint: fingerprint(e.public_key),
      local: e.vault !== null,
      order: readJson('session_experts.nomination_order', e.nomination_order),
      version: e.version,
      checkedInAt: e.checked_in_at,
      lockedAt: e.locked_at,
    })),
    cells: sessionCells(ctx, r.session_id),
    imports: store
      .all(store.q.selectFrom('score_imports').select(['expert_id', 'version', 'imported_at']).where('session_id', '=', r.session_id))
      .map((i) => ({ expertId: i.expert_id, version: i.version, importedAt: i.imported_at })),
    signoffs: store
      .all(store.q.selectFrom('signoffs').select(['signer_id', 'kind', 'at', 'dissent']).where('session_id', '=', r.session_id))
      .map((s) => ({ signerId: s.signer_id, kind: s.kind, at: s.at, dissent: s.dissent })),
  };
}

export function requirePhase(r: SessionRow, phases: SessionView['phase'][], zh: string, en: string): Result<void> {
  return phases.includes(r.phase)
    ? ok(undefined)
    : err('session-wrong-phase', `${zh}（评审会当前阶段：${r.phase}）`, `${en} (the session is in phase ${r.phase})`);
}
