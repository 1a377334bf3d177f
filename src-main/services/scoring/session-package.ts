import { z } from 'zod';
import type { FileDownload, SessionView } from '../../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { rulesHash, sessionRulesSchema } from '../../../src-shared/scoring/session-rules';
import { zodProblems } from '../../../src-shared/zod-problems';
import { openEnvelope, parseEnvelopeFile, seal, serializeEnvelope } from '../../crypto/envelope';
import type { ServiceContext } from '../context';
import { deviceKey } from '../device-key';
import { fileDownload } from '../downloads';
import { nominationsOf, panelOf, requirePhase, rulesOf, sessionRow, sessionView } from './session-store';

export const SESSION_PACKAGE = 'session-package';

const packageSchema = z.object({
  sessionId: z.string().min(1),
  year: z.number().int(),
  drawSeed: z.string().min(1),
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
  const payload = {
    sessionId,
    year: r.value.year,
    drawSeed: r.value.draw_seed,
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
    ctx.store.audit({ actor: ctx.actor, action: 'session.package-export', subject: `session:${sessionId}`, details: { rulesHash: payload.rulesHash } });
    return ok(undefined);
  });
  return ok(fileDownload(`评审包-${sessionId}.json`, 'application/json', Buffer.from(serializeEnvelope(envelope), 'utf8')));
}

/**
 * On an expert laptop: the package's signature is checked, the rules must hash to the frozen hash, and the
 * coordinator's key is pinned: a later package for the same session must come from the same key.
 */
export function importSessionPackage(ctx: ServiceContext, content: Buffer): Result<SessionView> {
  const parsed = parseEnvelopeFile(content);
  if (isErr(parsed)) return parsed;
  const opened = openEnvelope(parsed.value, { kind: SESSION_PACKAGE });
  if (isErr(opened)) return opened;
  const shape = packageSchema.safeParse(opened.value.payload);
  if (!shape.success) return err('package-invalid', '评审包内容不完整', 'The session package is incomplete', zodProblems(packageSchema, opened.value.payload));
  const p = shape.data;
  if (rulesHash(p.rules) !== p.rulesHash) return err('package-rules-hash', '评审包中的规则与其哈希不符', 'The rules in the package do not match their hash');
  const { store } = ctx;
  return store.transaction(() => {
    const existing = store.first(store.q.selectFrom('scoring_sessions').selectAll().where('session_id', '=', p.sessionId));
    if (existing) {
      if (existing.coordinator_key !== opened.value.signer.publicKey) {
        return err('package-other-coordinator', '该评审会已由另一台主控电脑的评审包建立，拒绝导入', 'This session came from another coordinator key; package refused');
      }
      return ok(sessionView(ctx, existing));
    }
    const row = {
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
      created_at: new Date().toISOString(),
      frozen_at: null,
      signed_at: null,
    };
    store.run(store.q.insertInto('scoring_sessions').values(row));
    store.audit({ actor: ctx.actor, action: 'session.package-import', subject: `session:${p.sessionId}`, details: { coordinatorKeyId: opened.value.signer.keyId, rulesHash: p.rulesHash } });
    return ok(sessionView(ctx, row));
  });
}
