import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { err, ok, type Err, type ErrorDetail, type MismatchCause, type Result } from '../result';
import { configHash, parseDrawConfig, type DrawConfig } from './config';
import { checkFeasibility } from './feasibility';
import { configHashCause, excerptPair, fieldLabel, firstDifferentPath, keyCause, poolHashCause, valueText, type RecordForLabels } from './mismatch';
import { buildPoolSnapshot, parsePoolLines } from './pool-snapshot';
import { applyCallLog, callLogEntrySchema, type CallLogEntry, type PanelState } from './replacement';
import { ALGORITHM, seedFromKey, seedKey } from './seed';
import { ROW_STATUSES, SKIP_REASONS, walkDraw, type ResultRow } from './walk';
import { validateWitnesses, type Witness } from './witnesses';
import { zodProblems } from '../zod-problems';

export const PROTOCOL_FORMAT_VERSION = 1;

const resultRowSchema = z.strictObject({
  rank: z.number().int().min(1),
  ticket: z.string(),
  id: z.string(),
  unitCode: z.string(),
  stratum: z.string(),
  status: z.enum(ROW_STATUSES),
  order: z.number().int().min(1).optional(),
  reason: z.enum(SKIP_REASONS).optional(),
});

/** Free, unhashed context for the printed record; it does not influence any recomputed value. */
const metadataSchema = z.looseObject({
  place: z.string().optional(),
  time: z.string().optional(),
  operator: z.string().optional(),
  appVersion: z.string().optional(),
});

/** Shape only: the values are checked by recomputation in {@link verifyProtocol}. */
export const drawProtocolSchema = z.strictObject({
  algorithm: z.string(),
  formatVersion: z.literal(PROTOCOL_FORMAT_VERSION),
  /** Snapshot lines `id|unit_code|stratum`, without `\n`; poolHash covers each line followed by `\n`. */
  pool: z.array(z.string()),
  config: z.unknown(),
  poolHash: z.string(),
  configHash: z.string(),
  witnesses: z.array(z.strictObject({ name: z.string(), digits: z.string() })),
  key: z.string(),
  seed: z.string(),
  result: z.array(resultRowSchema),
  callLog: z.array(callLogEntrySchema),
  metadata: metadataSchema,
});

export type DrawMetadata = z.output<typeof metadataSchema>;

/** The draw record (抽取记录): plain JSON holding everything needed to recompute the draw. */
export interface DrawProtocol {
  algorithm: typeof ALGORITHM;
  formatVersion: typeof PROTOCOL_FORMAT_VERSION;
  pool: string[];
  config: DrawConfig;
  poolHash: string;
  configHash: string;
  witnesses: Witness[];
  key: string;
  seed: string;
  result: ResultRow[];
  callLog: CallLogEntry[];
  metadata: DrawMetadata;
}

export interface VerifiedDraw {
  status: 'VERIFIED';
  drawId: string;
  poolHash: string;
  configHash: string;
  seed: string;
  selected: ResultRow[];
  alternates: ResultRow[];
  /** The panel after replaying the call log. */
  panel: PanelState;
}

const shown = (v: unknown) => {
  const s = v === undefined ? '（无 none）' : typeof v === 'string' ? v : JSON.stringify(v);
  return s.length > 80 ? `${s.slice(0, 77)}...` : s;
};

/**
 * The first difference, for people: the field in words and by path, both values in full in `details[0].mismatch`
 * (for an aligned display), a one-line message with both values cut around the difference (not at the start,
 * where a long key or configuration would look the same), and the field that explains it when it can be told.
 */
function mismatch(field: string, recorded: unknown, recomputed: unknown, p: RecordForLabels, cause?: MismatchCause): Err {
  const label = fieldLabel(field, p);
  const [r, c] = [valueText(recorded), valueText(recomputed)];
  const [rz, cz] = excerptPair(r, c, '（无）');
  const [re, ce] = excerptPair(r, c, '(none)');
  let zh = `核验不一致：${label.zh}（字段 ${field}）记录值 ${rz}，重新计算值 ${cz}`;
  let en = `Verification failed: ${label.en} (field ${field}) is ${re} in the record but recomputes to ${ce}`;
  if (cause && cause.path !== field) {
    const [vz, oz] = excerptPair(cause.value, cause.other, '（无）');
    const [ve, oe] = excerptPair(cause.value, cause.other, '(none)');
    zh += `；原因在于${cause.label.zh}（${cause.path}）：记录中为 ${vz}，${cause.against.zh} ${oz}`;
    en += `; explained by ${cause.label.en} (${cause.path}): ${ve} in the record, ${oe} ${cause.against.en}`;
  }
  return err('verify-mismatch', zh, en, [{ path: field, message: { zh, en }, mismatch: { label, recorded: r, recomputed: c, ...(cause ? { cause } : {}) } }]);
}

function invalid(field: string, cause: Err): Err {
  const { zh, en } = cause.error.message;
  const details: ErrorDetail[] = [{ path: field, message: { zh, en } }, ...(cause.error.details ?? [])];
  return err('verify-invalid', `核验失败：字段 ${field} 无效（${zh}）`, `Verification failed: field ${field} is invalid (${en})`, details);
}

const ROW_FIELDS = ['rank', 'ticket', 'id', 'unitCode', 'stratum', 'status', 'order', 'reason'] as const;

/**
 * Recomputes the whole draw from the snapshot, the configuration and the witnesses' digits, in the order the
 * values were produced, and stops at the first field that differs, so the message points at the earliest edit.
 */
export function verifyProtocol(input: unknown): Result<VerifiedDraw> {
  const shape = drawProtocolSchema.safeParse(input);
  if (!shape.success) {
    return err('protocol-bad-shape', '抽取记录文件格式不正确', 'The draw record does not have the expected shape', zodProblems(drawProtocolSchema, input));
  }
  const p = shape.data;
  if (p.algorithm !== ALGORITHM) {
    return err('protocol-unknown-algorithm', `不支持的抽取算法：${shown(p.algorithm)}`, `Unsupported draw algorithm: ${shown(p.algorithm)}`);
  }

  const entries = parsePoolLines(p.pool);
  if (!entries.ok) return invalid('pool', entries);
  const snapshot = buildPoolSnapshot(entries.value);
  if (!snapshot.ok) return invalid('pool', snapshot);
  for (let i = 0; i < p.pool.length; i++) {
    if (snapshot.value.lines[i] !== p.pool[i]) return mismatch(`pool[${i}]`, p.pool[i], snapshot.value.lines[i], p);
  }
  if (p.poolHash !== snapshot.value.poolHash) return mismatch('poolHash', p.poolHash, snapshot.value.poolHash, p, poolHashCause(p));

  const config = parseDrawConfig(p.config);
  if (!config.ok) return invalid('config', config);
  if (canonicalJson(p.config) !== canonicalJson(config.value)) {
    const d = firstDifferentPath(p.config, config.value, 'config');
    const cause = d && { path: d.path, label: fieldLabel(d.path, p), value: valueText(d.a) ?? '', other: valueText(d.b) ?? '', against: { zh: '规范化后为', en: 'after normalization' } };
    return mismatch('config', p.config, config.value, p, cause);
  }
  const cHash = configHash(config.value);
  if (p.configHash !== cHash) return mismatch('configHash', p.configHash, cHash, p, configHashCause(config.value, p));

  const witnesses = validateWitnesses(p.witnesses.map((w) => ({ name: w.name, first: w.digits, second: w.digits })));
  if (!witnesses.ok) return invalid('witnesses', witnesses);
  for (let i = 0; i < p.witnesses.length; i++) {
    if (p.witnesses[i].name !== witnesses.value[i].name) return mismatch(`witnesses[${i}].name`, p.witnesses[i].name, witnesses.value[i].name, p);
    if (p.witnesses[i].digits !== witnesses.value[i].digits) return mismatch(`witnesses[${i}].digits`, p.witnesses[i].digits, witnesses.value[i].digits, p);
  }

  const key = seedKey(config.value.drawId, snapshot.value.poolHash, cHash, witnesses.value);
  if (p.key !== key) return mismatch('key', p.key, key, p, keyCause(p.key, key, { ...p, config: config.value }));
  const seed = seedFromKey(key);
  if (p.seed !== seed) return mismatch('seed', p.seed, seed, p);

  const feasible = checkFeasibility(snapshot.value.entries, config.value);
  if (!feasible.ok) return invalid('config', feasible);

  const rows = walkDraw(snapshot.value.entries, config.value, seed);
  for (let i = 0; i < Math.max(rows.length, p.result.length); i++) {
    const [want, got] = [rows[i], p.result[i]];
    if (!want || !got) return mismatch('result.length', p.result.length, rows.length, p);
    for (const f of ROW_FIELDS) if (got[f] !== want[f]) return mismatch(`result[${i}].${f}`, got[f], want[f], p);
  }

  const panel = applyCallLog({ result: rows, config: config.value }, p.callLog);
  if (!panel.ok) return invalid('callLog', panel);

  return ok({
    status: 'VERIFIED',
    drawId: config.value.drawId,
    poolHash: snapshot.value.poolHash,
    configHash: cHash,
    seed,
    selected: rows.filter((r) => r.status === 'selected'),
    alternates: rows.filter((r) => r.status === 'alternate'),
    panel: panel.value,
  });
}

/** Appends one call to the record, refusing an entry that the replacement rules cannot apply. */
export function appendCall(protocol: DrawProtocol, entry: unknown): Result<{ protocol: DrawProtocol; panel: PanelState }> {
  const parsed = callLogEntrySchema.safeParse(entry);
  if (!parsed.success) {
    return err('call-invalid', '通知记录无效', 'Invalid call log entry', zodProblems(callLogEntrySchema, entry));
  }
  const callLog = [...protocol.callLog, parsed.data];
  const panel = applyCallLog(protocol, callLog);
  if (!panel.ok) return panel;
  return ok({ protocol: { ...protocol, callLog }, panel: panel.value });
}
