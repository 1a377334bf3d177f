import { z } from 'zod';
import { CELL_STATES, type FileDownload } from '../../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { sha256Hex } from '../../../src-shared/sha256';
import { zodProblems } from '../../../src-shared/zod-problems';
import { keyId } from '../../crypto/keys';
import { openEnvelope, parseEnvelopeFile, seal, serializeEnvelope } from '../../crypto/envelope';
import type { ServiceContext } from '../context';
import { fileDownload } from '../downloads';
import { canonicalJson } from '../../../src-shared/canonical-json';
import { verifySignature } from '../../crypto/signing';
import { grantSheetUnlock, unlockExpertKey } from './expert-pin';
import { recordRemoteSheet, SCORE_SHEET, scoreSheet } from './signoff';
import { openDiscussionIfAllLocked } from './lock';
import { nominationsOf, panelOf, sessionCells, sessionRow } from './session-store';
import { auditSubject } from '../../../src-shared/audit/subjects';

export const SCORE_FILE = 'score-file';

const cellSchema = z.object({
  expertId: z.string(),
  nominationId: z.string(),
  state: z.enum(CELL_STATES),
  criteria: z.record(z.string(), z.number()),
  comment: z.string(),
  recusalReason: z.string(),
  updatedAt: z.string(),
});

export const scoreFileSchema = z.object({
  sessionId: z.string().min(1),
  rulesHash: z.string().length(64),
  expertId: z.string().min(1),
  version: z.number().int().min(0),
  locked: z.boolean(),
  exportedAt: z.string(),
  cells: z.array(cellSchema),
  /** The expert's signed sheet (score-sheet signature over these cells and the dissent), once signed. */
  signoff: z.object({ dissent: z.string(), signature: z.string(), payloadHash: z.string() }).optional(),
});
export type ScoreFile = z.output<typeof scoreFileSchema>;

/** An expert's scores, comments and conflicts with their version counter, signed with the expert's key. */
export function exportScoreFile(ctx: ServiceContext, sessionId: string, expertId: string, pin: string): Result<FileDownload> {
  const r = sessionRow(ctx, sessionId);
  if (isErr(r)) return r;
  const keys = unlockExpertKey(ctx, sessionId, expertId, pin, 'score-file');
  if (isErr(keys)) return keys;
  const expert = ctx.store.first(ctx.store.q.selectFrom('session_experts').selectAll().where('session_id', '=', sessionId).where('expert_id', '=', expertId))!;
  const payload: ScoreFile = {
    sessionId,
    rulesHash: r.value.rules_hash!,
    expertId,
    version: expert.version,
    locked: expert.locked_at !== null,
    exportedAt: ctx.now().toISOString(),
    cells: sessionCells(ctx, sessionId, expertId),
  };
  const signed = ctx.store.first(
    ctx.store.q.selectFrom('signoffs').selectAll().where('session_id', '=', sessionId).where('signer_id', '=', expertId).where('kind', '=', 'expert-sheet'),
  );
  if (signed) payload.signoff = { dissent: signed.dissent, signature: signed.signature, payloadHash: signed.payload_hash };
  const bytes = Buffer.from(serializeEnvelope(seal(SCORE_FILE, payload, keys.value)), 'utf8');
  ctx.store.transaction(() => ok(grantSheetUnlock(ctx, sessionId, expertId, 'score-file')));
  return ok(fileDownload(`评分-${sessionId}-${expertId}-v${payload.version}.json`, 'application/json', bytes));
}

const refuse = (code: string, file: string, zh: string, en: string) => err(code, `${file}：${zh}`, `${file}: ${en}`);

/**
 * The coordinator takes in one score file. Refused, with what it had kept unchanged: an altered file (bad
 * signature), another session or rules, someone not on the panel, a key other than the one this expert
 * used before, an older version (stale) or the same version again (duplicate). A refusal is recorded in the audit
 * log, in a transaction of its own.
 */
export function importScoreFile(ctx: ServiceContext, fileName: string, content: Buffer): Result<{ expertId: string; version: number; cells: number }> {
  const taken = takeScoreFile(ctx, fileName, content);
  if (isErr(taken)) {
    ctx.store.auditRefusal({ actor: ctx.actor, action: 'score.import-refused', subject: auditSubject.file(fileName), details: { sha256: sha256Hex(content), code: taken.error.code, reason: taken.error.message } });
  }
  return taken;
}

function takeScoreFile(ctx: ServiceContext, fileName: string, content: Buffer): Result<{ expertId: string; version: number; cells: number }> {
  const parsed = parseEnvelopeFile(content);
  if (isErr(parsed)) return refuse(parsed.error.code, fileName, parsed.error.message.zh, parsed.error.message.en);
  const opened = openEnvelope(parsed.value, { kind: SCORE_FILE });
  if (isErr(opened)) return refuse(opened.error.code, fileName, opened.error.message.zh, opened.error.message.en);
  const shape = scoreFileSchema.safeParse(opened.value.payload);
  if (!shape.success) return err('score-file-invalid', `${fileName}：评分文件内容不完整`, `${fileName}: the score file is incomplete`, zodProblems(scoreFileSchema, opened.value.payload));
  const f = shape.data;
  const { store } = ctx;
  return store.transaction(() => {
    const r = sessionRow(ctx, f.sessionId);
    if (isErr(r) || r.value.role !== 'coordinator') return refuse('foreign-session', fileName, `不是本评审会的评分文件（${f.sessionId}）`, `not a score file of a session coordinated here (${f.sessionId})`);
    if (f.rulesHash !== r.value.rules_hash) return refuse('foreign-session', fileName, '评分规则与本评审会不符', 'its rules are not the rules of this session');
    if (r.value.phase === 'signed') return refuse('session-signed', fileName, '评审会已签字锁定', 'the session is signed and locked');
    if (!panelOf(r.value).some((p) => p.expertId === f.expertId)) return refuse('not-on-panel', fileName, `${f.expertId} 不是本专家组成员`, `${f.expertId} is not on the panel`);
    if (f.cells.some((c) => c.expertId !== f.expertId)) return refuse('score-file-invalid', fileName, '文件中含有其他专家的评分', 'it holds cells of another expert');
    const ids = new Set(nominationsOf(r.value).map((n) => n.id));
    if (f.cells.some((c) => !ids.has(c.nominationId))) return refuse('score-file-invalid', fileName, '文件中含有不在本评审会的推荐对象', 'it scores a nomination that is not in the session');
    const known = store.first(store.q.selectFrom('session_experts').selectAll().where('session_id', '=', f.sessionId).where('expert_id', '=', f.expertId));
    if (known?.vault) return refuse('expert-is-local', fileName, `${f.expertId} 在本机签到评分，不接受外来评分文件`, `${f.expertId} scores on this laptop; outside score files are refused`);
    const signer = opened.value.signer.publicKey;
    if (known && known.public_key !== signer) return refuse('wrong-expert-key', fileName, `签名密钥不是 ${f.expertId} 此前使用的密钥`, `signed with a key other than the one ${f.expertId} used before`);
    const previous = store.first(store.q.selectFrom('score_imports').selectAll().where('session_id', '=', f.sessionId).where('expert_id', '=', f.expertId));
    const sha = sha256Hex(content);
    if (previous && f.version < previous.version) return refuse('stale-score-file', fileName, `版本 ${f.version} 早于已导入的版本 ${previous.version}`, `version ${f.version} is older than the imported version ${previous.version}`);
    if (previous && f.version === previous.version) return refuse('duplicate-score-file', fileName, `版本 ${f.version} 已导入过`, `version ${f.version} was already imported`);

    const now = ctx.now().toISOString();
    store.run(store.q.deleteFrom('scores').where('session_id', '=', f.sessionId).where('expert_id', '=', f.expertId));
    for (const c of f.cells) {
      store.run(
        store.q.insertInto('scores').values({
          session_id: f.sessionId,
          expert_id: f.expertId,
          nomination_id: c.nominationId,
          state: c.state,
          criteria: JSON.stringify(c.criteria),
          comment: c.comment,
          recusal_reason: c.recusalReason,
          updated_at: c.updatedAt,
        }),
      );
    }
    const expertRow = {
      session_id: f.sessionId,
      expert_id: f.expertId,
      public_key: signer,
      key_id: keyId(signer),
      vault: null,
      nomination_order: known?.nomination_order ?? '[]',
      version: f.version,
      checked_in_at: known?.checked_in_at ?? now,
      locked_at: f.locked ? (known?.locked_at ?? now) : null,
    };
    store.run(store.q.insertInto('session_experts').values(expertRow).onConflict((oc) => oc.columns(['session_id', 'expert_id']).doUpdateSet(expertRow)));
    const importRow = { session_id: f.sessionId, expert_id: f.expertId, version: f.version, public_key: signer, file_sha256: sha, envelope: JSON.stringify(parsed.value), imported_at: now };
    store.run(store.q.insertInto('score_imports').values(importRow).onConflict((oc) => oc.columns(['session_id', 'expert_id']).doUpdateSet(importRow)));
    if (f.signoff) {
      const sheet = scoreSheet(ctx, r.value, f.expertId, f.signoff.dissent);
      if (sha256Hex(canonicalJson(sheet)) !== f.signoff.payloadHash || !verifySignature(SCORE_SHEET, sheet, f.signoff.signature, signer)) {
        return refuse('bad-sheet-signature', fileName, '专家评分表签名与评分不符', "the expert's sheet signature does not match the scores");
      }
      recordRemoteSheet(store, f.sessionId, f.expertId, { signature: f.signoff.signature, signer: { publicKey: signer } }, f.signoff.payloadHash, f.signoff.dissent, now);
    }
    store.audit({ actor: ctx.actor, action: 'score.import', subject: auditSubject.sessionExpert(f.sessionId, f.expertId), details: { fileName, sha256: sha, version: f.version, cells: f.cells.length, locked: f.locked } });
    openDiscussionIfAllLocked(store, r.value);
    return ok({ expertId: f.expertId, version: f.version, cells: f.cells.length });
  });
}

/** A folder (a USB stick) of score files: each is taken or refused on its own, with its reason. */
export function importScoreFiles(ctx: ServiceContext, files: { fileName: string; content: Buffer }[]): { imported: { fileName: string; expertId: string; version: number }[]; refused: { fileName: string; message: { zh: string; en: string } }[] } {
  const imported: { fileName: string; expertId: string; version: number }[] = [];
  const refused: { fileName: string; message: { zh: string; en: string } }[] = [];
  for (const f of files) {
    const r = importScoreFile(ctx, f.fileName, f.content);
    if (r.ok) imported.push({ fileName: f.fileName, expertId: r.value.expertId, version: r.value.version });
    else refused.push({ fileName: f.fileName, message: r.error.message });
  }
  return { imported, refused };
}
