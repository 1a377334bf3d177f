import type { Selectable } from 'kysely';
import type { DrawSetup, DrawStatus, DrawView, FileDownload, StratumBy } from '../../src-shared/api/views';
import { canonicalJson } from '../../src-shared/canonical-json';
import { prepareDraw, runDraw } from '../../src-shared/draw';
import { checkFeasibility } from '../../src-shared/draw/feasibility';
import { appendCall, verifyProtocol, type VerifiedDraw } from '../../src-shared/draw/protocol';
import { applyCallLog, type CallOutcome } from '../../src-shared/draw/replacement';
import type { WitnessEntry } from '../../src-shared/draw/witnesses';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import { readJson } from '../store/json-columns';
import type { DrawsTable } from '../store/schema-types';
import type { ServiceContext } from './context';
import { commitmentHtml, drawRecordHtml, type RecordOptions } from '../print/layouts/draw-record';
import { fileDownload, PDF } from './downloads';
import { drawExclusions, poolEntries } from './draw-setup';
import { listExperts } from './pool';
import { printStampOf } from './print-stamp';
import { readSettings } from './settings';
import { auditSubject } from '../../src-shared/audit/subjects';

export interface CommitInput {
  year: number;
  drawId: string;
  stratumBy: StratumBy;
  excludeLastYearPanel: boolean;
  quotas: Record<string, number>;
  alternates: Record<string, number>;
  unitCap: number;
  place: string;
  operator: string;
}

function toView(ctx: ServiceContext, r: Selectable<DrawsTable>): DrawView {
  const pool = readJson('draws.pool', r.pool);
  const config = readJson('draws.config', r.config);
  const protocol = r.protocol ? readJson('draws.protocol', r.protocol) : null;
  const feasibility = checkFeasibility(pool, config);
  const panel = protocol ? applyCallLog(protocol, protocol.callLog) : null;
  const ids = new Set(pool.map((p) => p.id));
  const experts = Object.fromEntries(
    listExperts(ctx)
      .filter((e) => ids.has(e.id))
      .map((e) => [e.id, { name: e.name, unitName: e.unitName }]),
  );
  return {
    drawId: r.draw_id,
    year: r.year,
    status: r.status,
    setup: readJson('draws.setup', r.setup),
    config,
    poolHash: r.pool_hash,
    configHash: r.config_hash,
    poolSize: pool.length,
    feasibility: feasibility.ok ? feasibility.value : [],
    committedAt: r.committed_at,
    drawnAt: r.drawn_at,
    finishedAt: r.finished_at,
    abortReason: r.abort_reason,
    protocol,
    panel: panel?.ok ? panel.value : null,
    experts,
  };
}

function row(ctx: ServiceContext, drawId: string): Selectable<DrawsTable> | undefined {
  return ctx.store.first(ctx.store.q.selectFrom('draws').selectAll().where('draw_id', '=', drawId));
}

const notFound = (drawId: string) => err('draw-not-found', `找不到抽取 ${drawId}`, `No draw ${drawId}`);

export function getDraw(ctx: ServiceContext, drawId: string): Result<DrawView> {
  const r = row(ctx, drawId);
  return r ? ok(toView(ctx, r)) : notFound(drawId);
}

export function listDraws(ctx: ServiceContext, year: number): DrawView[] {
  return ctx.store.all(ctx.store.q.selectFrom('draws').selectAll().where('year', '=', year).orderBy('committed_at')).map((r) => toView(ctx, r));
}

/**
 * Steps 1–3: freezes the pool snapshot and the configuration with their hashes (the commitment) after the
 * feasibility check. Witness digits can only be entered after this, so nobody can pick a configuration
 * knowing the tickets.
 */
export function commitDraw(ctx: ServiceContext, input: CommitInput): Result<DrawView> {
  const { store } = ctx;
  return store.transaction(() => {
    if (row(ctx, input.drawId)) {
      return err('draw-id-used', `抽取编号 ${input.drawId} 已使用过，每次抽取须用新编号`, `Draw id ${input.drawId} was used before; every draw needs a new id`);
    }
    const { experts, exclusions } = drawExclusions(ctx, input.year, input.excludeLastYearPanel);
    const config = {
      drawId: input.drawId,
      title: `${input.year}年度劳模工匠创新工作室评审专家抽取`,
      quotas: input.quotas,
      alternates: input.alternates,
      unitCap: input.unitCap,
      excludedUnitCodes: exclusions.filter((x) => x.kind === 'unit').map((x) => x.code),
      excludedIds: exclusions.filter((x) => x.kind === 'expert').map((x) => x.code),
      exclusionReasons: {
        units: Object.fromEntries(exclusions.filter((x) => x.kind === 'unit').map((x) => [x.code, x.reason])),
        ids: Object.fromEntries(exclusions.filter((x) => x.kind === 'expert').map((x) => [x.code, x.reason])),
      },
    };
    const prepared = prepareDraw({ pool: poolEntries(experts, input.stratumBy), config });
    if (isErr(prepared)) return prepared;
    const setup: DrawSetup = {
      year: input.year,
      stratumBy: input.stratumBy,
      excludeLastYearPanel: input.excludeLastYearPanel,
      place: input.place,
      operator: input.operator,
      exclusions,
    };
    const values: Selectable<DrawsTable> = {
      draw_id: input.drawId,
      year: input.year,
      status: 'committed',
      setup: JSON.stringify(setup),
      pool: JSON.stringify(prepared.value.snapshot.entries),
      config: JSON.stringify(prepared.value.config),
      pool_hash: prepared.value.poolHash,
      config_hash: prepared.value.configHash,
      protocol: null,
      abort_reason: null,
      committed_at: ctx.now().toISOString(),
      drawn_at: null,
      finished_at: null,
    };
    store.run(store.q.insertInto('draws').values(values));
    store.audit({
      actor: ctx.actor,
      action: 'draw.commit',
      subject: auditSubject.draw(input.drawId),
      details: { poolHash: values.pool_hash, configHash: values.config_hash, operator: input.operator, place: input.place },
    });
    return ok(toView(ctx, values));
  });
}

function requireStatus(r: Selectable<DrawsTable>, wanted: DrawStatus, zh: string, en: string): Result<void> {
  return r.status === wanted
    ? ok(undefined)
    : err('draw-wrong-state', `${zh}（抽取 ${r.draw_id} 当前状态：${r.status}）`, `${en} (draw ${r.draw_id} is ${r.status})`);
}

/** Steps 4–7, once: the witnesses' digits make the seed; the draw is stored and can never be run again. */
export function runCommittedDraw(ctx: ServiceContext, drawId: string, witnesses: WitnessEntry[]): Result<DrawView> {
  const { store } = ctx;
  return store.transaction(() => {
    const r = row(ctx, drawId);
    if (!r) return notFound(drawId);
    const state = requireStatus(r, 'committed', '只有已承诺、尚未抽取的抽取可以进行抽取，不能重新抽取', 'Only a committed draw that has not been drawn can be drawn; there is no re-draw');
    if (isErr(state)) return state;
    const setup = readJson('draws.setup', r.setup);
    const protocol = runDraw({
      pool: readJson('draws.pool', r.pool),
      config: readJson('draws.config', r.config),
      witnesses,
      metadata: { place: setup.place, operator: setup.operator, time: ctx.now().toISOString(), appVersion: ctx.appVersion },
    });
    if (isErr(protocol)) return protocol;
    if (protocol.value.poolHash !== r.pool_hash || protocol.value.configHash !== r.config_hash) {
      return err('draw-commitment-mismatch', '抽取数据与承诺的哈希不一致', 'The draw data does not match the committed hashes');
    }
    const drawnAt = ctx.now().toISOString();
    store.run(store.q.updateTable('draws').set({ status: 'drawn', protocol: JSON.stringify(protocol.value), drawn_at: drawnAt }).where('draw_id', '=', drawId));
    store.audit({
      actor: ctx.actor,
      action: 'draw.run',
      subject: auditSubject.draw(drawId),
      details: { seed: protocol.value.seed, witnesses: protocol.value.witnesses, selected: protocol.value.result.filter((x) => x.status === 'selected').map((x) => x.id) },
    });
    return ok(toView(ctx, { ...r, status: 'drawn', protocol: JSON.stringify(protocol.value), drawn_at: drawnAt }));
  });
}

/** Step 8: one call to a drawn expert; a refusal seats the next alternate of the stratum. */
export function logCall(ctx: ServiceContext, drawId: string, call: { expertId: string; outcome: CallOutcome; caller: string; note?: string }): Result<DrawView> {
  const { store } = ctx;
  return store.transaction(() => {
    const r = row(ctx, drawId);
    if (!r) return notFound(drawId);
    const state = requireStatus(r, 'drawn', '只能在抽取完成后、结束前记录通知', 'Calls are logged after the draw and before it is finished');
    if (isErr(state)) return state;
    const entry = { at: ctx.now().toISOString(), caller: call.caller, expertId: call.expertId, outcome: call.outcome, ...(call.note ? { note: call.note } : {}) };
    const next = appendCall(readJson('draws.protocol', r.protocol!), entry);
    if (isErr(next)) return next;
    const protocol = JSON.stringify(next.value.protocol);
    store.run(store.q.updateTable('draws').set({ protocol }).where('draw_id', '=', drawId));
    store.audit({ actor: ctx.actor, action: 'draw.call', subject: auditSubject.draw(drawId), details: entry });
    return ok(toView(ctx, { ...r, protocol }));
  });
}

export function finishDraw(ctx: ServiceContext, drawId: string): Result<DrawView> {
  const { store } = ctx;
  return store.transaction(() => {
    const r = row(ctx, drawId);
    if (!r) return notFound(drawId);
    const state = requireStatus(r, 'drawn', '只有已抽取的抽取可以结束', 'Only a drawn draw can be finished');
    if (isErr(state)) return state;
    const at = ctx.now().toISOString();
    store.run(store.q.updateTable('draws').set({ status: 'finished', finished_at: at }).where('draw_id', '=', drawId));
    store.audit({ actor: ctx.actor, action: 'draw.finish', subject: auditSubject.draw(drawId), details: {} });
    return ok(toView(ctx, { ...r, status: 'finished', finished_at: at }));
  });
}

/** No re-draw button: stopping a draw needs a written reason, and trying again needs a new draw id. */
export function abortDraw(ctx: ServiceContext, drawId: string, reason: string): Result<DrawView> {
  const { store } = ctx;
  return store.transaction(() => {
    const r = row(ctx, drawId);
    if (!r) return notFound(drawId);
    if (r.status === 'finished' || r.status === 'aborted') {
      return err('draw-wrong-state', `抽取 ${drawId} 已${r.status === 'finished' ? '结束' : '中止'}`, `Draw ${drawId} is already ${r.status}`);
    }
    store.run(store.q.updateTable('draws').set({ status: 'aborted', abort_reason: reason }).where('draw_id', '=', drawId));
    store.audit({ actor: ctx.actor, action: 'draw.abort', subject: auditSubject.draw(drawId), details: { reason, from: r.status } });
    return ok(toView(ctx, { ...r, status: 'aborted', abort_reason: reason }));
  });
}

/** The protocol file: canonical JSON, so its SHA-256 (printed on the record) is the same wherever it is made. */
export function protocolFile(ctx: ServiceContext, drawId: string): Result<FileDownload> {
  const r = row(ctx, drawId);
  if (!r) return notFound(drawId);
  if (!r.protocol) return err('draw-not-drawn', `抽取 ${drawId} 尚未进行`, `Draw ${drawId} has not been drawn yet`);
  return ok(fileDownload(`抽取记录-${drawId}.json`, 'application/json', Buffer.from(canonicalJson(JSON.parse(r.protocol)), 'utf8')));
}

/** Any laptop: recompute a protocol file from its own contents. */
export function verifyProtocolFile(content: Buffer): Result<VerifiedDraw> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(content.toString('utf8'));
  } catch {
    return err('protocol-not-json', '抽取记录文件不是有效的 JSON', 'The draw record file is not valid JSON');
  }
  return verifyProtocol(parsed);
}

/** Printed sheets follow the app's language (labels in one language only) and the configured time zone. */
function printOptions(ctx: ServiceContext): RecordOptions {
  const settings = readSettings(ctx);
  return { language: settings.language, timeZone: settings.timeZone, printed: printStampOf(ctx) };
}

export async function commitmentPdf(ctx: ServiceContext, drawId: string): Promise<Result<FileDownload>> {
  const view = getDraw(ctx, drawId);
  if (isErr(view)) return view;
  const options = printOptions(ctx);
  return ok(fileDownload(`抽取承诺页-${drawId}.pdf`, PDF, await ctx.printPdf(commitmentHtml(view.value, options), { language: options.language })));
}

/** The draw record: it prints the protocol file's SHA-256, and everything needed to recompute the draw from paper. */
export async function drawRecordPdf(ctx: ServiceContext, drawId: string): Promise<Result<FileDownload>> {
  const view = getDraw(ctx, drawId);
  if (isErr(view)) return view;
  const file = protocolFile(ctx, drawId);
  if (isErr(file)) return file;
  const options = printOptions(ctx);
  return ok(fileDownload(`抽取记录-${drawId}.pdf`, PDF, await ctx.printPdf(drawRecordHtml(view.value, file.value.sha256, options), { language: options.language })));
}
