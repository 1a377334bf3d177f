import { canonicalJson } from '../../src-shared/canonical-json';
import type { DrawProtocol } from '../../src-shared/draw/protocol';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import { sha256Hex } from '../../src-shared/sha256';
import type { FileDownload } from '../../src-shared/api/views';
import type { ServiceContext } from '../services/context';
import { asBuffer } from '../services/downloads';
import { drawRecordPdf, protocolFile } from '../services/draws';
import { sessionPackage } from '../services/issued-packages/records';
import { scoreMatrixXlsx, sessionPrintout } from '../services/scoring/printouts';
import { getResults } from '../services/scoring/results';
import { nominationsOf, panelOf, rulesOf, sessionRow } from '../services/scoring/session-store';
import { scoreSheet, sessionSummary } from '../services/scoring/signoff';
import { PRINT_DIR, safeName } from './layout';
import type { BundleData } from './render';
import type { ExportedAuditRow, ProposedListFile, ResultsFile, ScoreSheet, SessionFile, SummarySheet } from './schemas';

/** JSON has no undefined: every value goes into the bundle in the form it will be read back in. */
const asJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Everything of a signed session on the meeting (coordinator) laptop, for its result bundle. The signed payloads
 * are rebuilt from the database and must hash to what was signed: a sheet or summary that no longer matches its
 * signature is refused here, at the meeting, rather than discovered at the office.
 */
export async function collectBundleData(ctx: ServiceContext, sessionId: string): Promise<Result<BundleData>> {
  const { store } = ctx;
  const r = sessionRow(ctx, sessionId);
  if (isErr(r)) return r;
  const row = r.value;
  if (row.role !== 'coordinator' || !row.draw_id) {
    return err('not-coordinator', '只有主控电脑可以导出结果包', 'Only the coordinator laptop exports result bundles');
  }
  if (row.phase !== 'signed' || !row.rules_hash || !row.leader_id) {
    return err('session-not-signed', '组长签署汇总表后才能导出结果包', 'A result bundle is exported after the panel leader has signed the summary');
  }
  const issued = sessionPackage(ctx, sessionId);
  if (isErr(issued)) return issued;
  const protocolBytes = protocolFile(ctx, row.draw_id);
  if (isErr(protocolBytes)) return protocolBytes;
  const protocol = JSON.parse(asBuffer(protocolBytes.value.content).toString('utf8')) as DrawProtocol;

  const experts = store.all(store.q.selectFrom('session_experts').selectAll().where('session_id', '=', sessionId).orderBy('expert_id'));
  const signoffs = store.all(store.q.selectFrom('signoffs').selectAll().where('session_id', '=', sessionId));
  const panel = panelOf(row);
  const session: SessionFile = asJson({
    sessionId,
    year: row.year,
    drawId: row.draw_id,
    drawSeed: row.draw_seed,
    rules: rulesOf(row),
    rulesHash: row.rules_hash,
    leaderId: row.leader_id,
    frozenAt: row.frozen_at,
    signedAt: row.signed_at,
    panel,
    experts: experts.map((e) => ({ expertId: e.expert_id, keyId: e.key_id, publicKey: e.public_key, local: e.vault !== null, checkedInAt: e.checked_in_at, lockedAt: e.locked_at })),
    nominations: nominationsOf(row),
  });

  const sheets: BundleData['sheets'] = [];
  for (const member of panel) {
    const s = signoffs.find((x) => x.signer_id === member.expertId && x.kind === 'expert-sheet');
    if (!s) return err('sheet-unsigned', `专家 ${member.name}（${member.expertId}）尚未签署评分表`, `Expert ${member.name} (${member.expertId}) has not signed their sheet`);
    const payload = asJson(scoreSheet(ctx, row, member.expertId, s.dissent)) as ScoreSheet;
    if (sha256Hex(canonicalJson(payload)) !== s.payload_hash) {
      return err('sheet-changed', `专家 ${member.expertId} 的评分在签字后有变化，不能导出`, `The scores of expert ${member.expertId} changed after they signed; cannot export`);
    }
    sheets.push({ payload, signature: s.signature, publicKey: s.public_key, signedAt: s.at });
  }
  const summarySignoff = signoffs.find((x) => x.kind === 'summary');
  const summaryPayload = sessionSummary(ctx, sessionId);
  if (isErr(summaryPayload)) return summaryPayload;
  if (!summarySignoff || sha256Hex(canonicalJson(summaryPayload.value)) !== summarySignoff.payload_hash) {
    return err('summary-changed', '汇总表与组长签署的内容不一致，不能导出', 'The summary no longer matches what the leader signed; cannot export');
  }

  const results = getResults(ctx, sessionId);
  if (isErr(results)) return results;
  const { aggregation, ranking, votes } = results.value;
  const resultsFile = asJson({ sessionId, rulesHash: row.rules_hash, method: rulesOf(row).method, aggregation, ranking, votes }) as unknown as ResultsFile;
  const byId = new Map(nominationsOf(row).map((n) => [n.id, n]));
  const proposed: ProposedListFile = {
    sessionId,
    year: row.year,
    cut: rulesOf(row).cut,
    entries: ranking.rows
      .filter((x) => x.inCut)
      .map((x) => {
        const n = byId.get(x.nominationId)!;
        return { position: x.position, rank: x.rank, nominationId: x.nominationId, studioName: n.studioName, leaderName: n.leaderName, workUnitName: n.workUnitName, recommendingUnit: n.recommendingUnit, score: x.score };
      }),
  };

  const human = await humanFiles(ctx, sessionId, row.draw_id, panel.map((p) => p.expertId));
  if (isErr(human)) return human;

  const rows = auditRows(ctx);
  return ok({
    createdAt: ctx.now().toISOString(),
    deviceId: store.deviceId,
    appVersion: ctx.appVersion,
    session,
    protocol,
    sheets,
    summary: { signerId: summarySignoff.signer_id, payload: asJson(summaryPayload.value) as SummarySheet, signature: summarySignoff.signature, publicKey: summarySignoff.public_key, signedAt: summarySignoff.at },
    results: resultsFile,
    proposed,
    audit: { deviceId: store.deviceId, entries: rows.length, headHash: rows.at(-1)?.hash ?? '0'.repeat(64), rows },
    issuedPackage: issued.value.bytes,
    human: human.value,
  });
}

/** The whole hash chain of this laptop, from its first row, so the office can check it from the start. */
function auditRows(ctx: ServiceContext): ExportedAuditRow[] {
  const rows = ctx.store.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as {
    seq: number; at: string; device_id: string; actor: string; action: string; subject: string; details: string; prev_hash: string; hash: string;
  }[];
  return rows.map((a) => ({ seq: a.seq, at: a.at, deviceId: a.device_id, actor: a.actor, action: a.action, subject: a.subject, details: JSON.parse(a.details), prevHash: a.prev_hash, hash: a.hash }));
}

/** The sheets people print and sign for the file, and the spreadsheet for Excel users. */
async function humanFiles(ctx: ServiceContext, sessionId: string, drawId: string, experts: string[]): Promise<Result<{ path: string; content: Buffer }[]>> {
  const jobs: (() => Promise<Result<FileDownload>>)[] = [
    () => sessionPrintout(ctx, sessionId, 'summary'),
    () => sessionPrintout(ctx, sessionId, 'proposed-list'),
    ...experts.map((id) => () => sessionPrintout(ctx, sessionId, 'expert-sheet', id)),
    () => scoreMatrixXlsx(ctx, sessionId),
    () => drawRecordPdf(ctx, drawId),
  ];
  const out: { path: string; content: Buffer }[] = [];
  for (const job of jobs) {
    const file = await job();
    if (isErr(file)) return file;
    out.push({ path: `${PRINT_DIR}${safeName(file.value.fileName)}`, content: asBuffer(file.value.content) });
  }
  return ok(out);
}
