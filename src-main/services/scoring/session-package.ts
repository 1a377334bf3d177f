import { z } from 'zod';
import type { FileDownload, SessionView } from '../../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { checkSessionDraw } from '../../../src-shared/scoring/draw-check';
import { rulesHash, sessionRulesSchema } from '../../../src-shared/scoring/session-rules';
import { canonicalJson } from '../../../src-shared/canonical-json';
import { zodProblems } from '../../../src-shared/zod-problems';
import { openEnvelope, parseEnvelopeFile, seal, serializeEnvelope } from '../../crypto/envelope';
import type { ServiceContext } from '../context';
import { deviceKey } from '../device-key';
import { fileDownload } from '../downloads';
import { PACKAGE_SOURCE, sessionProtocol } from './session-draw';
import { nominationsOf, panelOf, requirePhase, rulesOf, sessionRow, sessionView, type SessionRow } from './session-store';
import { auditSubject } from '../../../src-shared/audit/subjects';

export const SESSION_PACKAGE = 'session-package';

const packageSchema = z.object({
  sessionId: z.string().min(1),
  year: z.number().int(),
  drawSeed: z.string().min(1),
  /**
   * The draw record (抽取记录) as the draw's protocol file holds it: the pool snapshot, the configuration, the
   * witnesses' digits, the walk and the call log. The laptop recomputes the panel from it (checked there, so any
   * value is accepted here).
   */
  drawProtocol: z.custom<unknown>((v) => v !== undefined, { message: 'drawProtocol is missing' }),
  rules: sessionRulesSchema,
  rulesHash: z.string().length(64),
  panel: z.array(z.object({ expertId: z.string(), name: z.string(), unitName: z.string(), stratum: z.string() })),
  leaderId: z.string().nullable(),
  nominations: z.array(z.record(z.string(), z.unknown())),
});

/** What an expert laptop needs, signed by the coordinator laptop's device key. Only frozen rules travel. */
export function exportSessionPackage(ctx: ServiceContext, sessionId: string, passphrase?: string): Result<FileDownload> {
  const r = sessionRow(ctx, sessionId);
  if (isErr(r)) return r;
  const phase = requirePhase(r.value, ['scoring'], '评审规则冻结后、评分期间才能导出评审包', 'A session package is exported after the rules are frozen, while scoring');
  if (isErr(phase)) return phase;
  if (r.value.role !== 'coordinator') return err('not-coordinator', '只有主控电脑可以导出评审包', 'Only the coordinator laptop exports session packages');
  // The laptops refuse a package whose panel does not follow from its draw record: say so here, at the office.
  const protocol = sessionProtocol(ctx, r.value);
  if (isErr(protocol)) return protocol;
  const drawn = checkSessionDraw(protocol.value, { panel: panelOf(r.value), drawSeed: r.value.draw_seed }, { zh: '评审会', en: 'session' });
  if (isErr(drawn)) {
    const { zh, en } = drawn.error.message;
    return err(drawn.error.code, `评审会的专家组与抽取记录不符，不能导出评审包：${zh}`, `The session's panel does not follow from the draw record; no package exported: ${en}`, drawn.error.details);
  }
  const payload = {
    sessionId,
    year: r.value.year,
    drawSeed: r.value.draw_seed,
    drawProtocol: protocol.value,
    rules: rulesOf(r.value),
    rulesHash: r.value.rules_hash!,
    panel: panelOf(r.value),
    leaderId: r.value.leader_id,
    nominations: nominationsOf(r.value),
  };
  const keys = deviceKey(ctx, passphrase);
  if (isErr(keys)) return keys;
  const envelope = seal(SESSION_PACKAGE, payload, keys.value);
  ctx.store.transaction(() => {
    ctx.store.audit({ actor: ctx.actor, action: 'session.package-export', subject: auditSubject.session(sessionId), details: { rulesHash: payload.rulesHash } });
    return ok(undefined);
  });
  return ok(fileDownload(`评审包-${sessionId}.json`, 'application/json', Buffer.from(serializeEnvelope(envelope), 'utf8')));
}

/**
 * On an expert laptop: the package's signature is checked, the rules must hash to the frozen hash, the draw is
 * recomputed from the draw record it carries (walk, call log, replacements) and must seat exactly the package's
 * panel, and the coordinator's key is pinned: a later package for the same session must come from the same key.
 * A refused package writes nothing; the error names the first difference.
 */
export function importSessionPackage(ctx: ServiceContext, content: Buffer): Result<SessionView> {
  const parsed = parseEnvelopeFile(content);
  if (isErr(parsed)) return parsed;
  const opened = openEnvelope(parsed.value, { kind: SESSION_PACKAGE });
  if (isErr(opened)) return opened;
  const payload = opened.value.payload;
  if (payload !== null && typeof payload === 'object' && !('drawProtocol' in payload)) {
    return err(
      'package-no-draw-record',
      '评审包没有携带抽取记录（由旧版主控电脑导出），本机无法核验抽取：请在主控电脑上用新版重新导出评审包',
      'The session package carries no draw record (exported by an older coordinator version), so this laptop cannot verify the draw: export it again with the current version',
    );
  }
  const shape = packageSchema.safeParse(payload);
  if (!shape.success) return err('package-invalid', '评审包内容不完整', 'The session package is incomplete', zodProblems(packageSchema, payload));
  const p = shape.data;
  if (rulesHash(p.rules) !== p.rulesHash) return err('package-rules-hash', '评审包中的规则与其哈希不符', 'The rules in the package do not match their hash');
  const drawn = checkSessionDraw(p.drawProtocol, { panel: p.panel, drawSeed: p.drawSeed }, PACKAGE_SOURCE);
  if (isErr(drawn)) {
    const { zh, en } = drawn.error.message;
    return err(drawn.error.code, `评审包未通过抽取核验，已拒绝：${zh}`, `The session package fails the draw check and is refused: ${en}`, drawn.error.details);
  }
  if (p.leaderId !== null && !p.panel.some((m) => m.expertId === p.leaderId)) {
    return err('leader-not-in-panel', `评审包中的组长 ${p.leaderId} 不在专家组中`, `The package's leader ${p.leaderId} is not on the panel`);
  }
  const drawProtocol = canonicalJson(p.drawProtocol);
  const { store } = ctx;
  return store.transaction(() => {
    const existing = store.first(store.q.selectFrom('scoring_sessions').selectAll().where('session_id', '=', p.sessionId));
    if (existing) {
      if (existing.coordinator_key !== opened.value.signer.publicKey) {
        return err('package-other-coordinator', '该评审会已由另一台主控电脑的评审包建立，拒绝导入', 'This session came from another coordinator key; package refused');
      }
      // A laptop that took an earlier package without a draw record gets it now, if it is the same panel.
      if (existing.draw_protocol === null && existing.draw_seed === p.drawSeed && canonicalJson(panelOf(existing)) === canonicalJson(p.panel)) {
        store.run(store.q.updateTable('scoring_sessions').set({ draw_protocol: drawProtocol }).where('session_id', '=', p.sessionId));
        store.audit({ actor: ctx.actor, action: 'session.package-draw', subject: auditSubject.session(p.sessionId), details: { drawId: drawn.value.verified.drawId, seed: drawn.value.verified.seed } });
        return ok(sessionView(ctx, { ...existing, draw_protocol: drawProtocol }));
      }
      return ok(sessionView(ctx, existing));
    }
    const row: SessionRow = {
      session_id: p.sessionId,
      year: p.year,
      role: 'expert-laptop',
      draw_id: null,
      draw_seed: p.drawSeed,
      rules: JSON.stringify(p.rules),
      rules_hash: p.rulesHash,
      phase: 'scoring',
      panel: JSON.stringify(p.panel),
      nominations: JSON.stringify(p.nominations),
      coordinator_key: opened.value.signer.publicKey,
      leader_id: p.leaderId,
      created_at: ctx.now().toISOString(),
      frozen_at: null,
      signed_at: null,
      draw_protocol: drawProtocol,
    };
    store.run(store.q.insertInto('scoring_sessions').values(row));
    const { drawId, seed } = drawn.value.verified;
    store.audit({
      actor: ctx.actor,
      action: 'session.package-import',
      subject: auditSubject.session(p.sessionId),
      details: { coordinatorKeyId: opened.value.signer.keyId, rulesHash: p.rulesHash, drawId, seed, drawVerified: true },
    });
    return ok(sessionView(ctx, row));
  });
}
