import type { Database } from 'better-sqlite3';
import { canonicalJson } from '../../src-shared/canonical-json';
import type { AuditVerification } from '../../src-shared/api/contract';
import { auditRowProblem } from '../../src-shared/audit/check-row';
import type { AuditEntry } from '../../src-shared/audit/catalog';
import { sha256Hex } from '../../src-shared/sha256';

export const GENESIS_HASH = '0'.repeat(64);

export type { AuditEntry };

interface AuditRow {
  seq: number;
  at: string;
  device_id: string;
  actor: string;
  action: string;
  subject: string;
  details: string;
  prev_hash: string;
  hash: string;
}

/** The fields a row's hash covers, in the form they are exported in (result bundles carry rows like this). */
export interface AuditRecord {
  seq: number;
  at: string;
  deviceId: string;
  actor: string;
  action: string;
  subject: string;
  details: unknown;
  prevHash: string;
}

/**
 * The text a row's hash covers: every field and the previous row's hash, in RFC 8785 form. Exported so that
 * result bundles carry exactly these bytes and a verifier hashes them as they are, not a copy of this definition.
 */
export function auditRecordText(record: AuditRecord): string {
  return canonicalJson({
    seq: record.seq,
    at: record.at,
    deviceId: record.deviceId,
    actor: record.actor,
    action: record.action,
    subject: record.subject,
    details: record.details,
    prevHash: record.prevHash,
  });
}

export function auditRowHash(record: AuditRecord): string {
  return sha256Hex(auditRecordText(record));
}

function rowHash(row: Omit<AuditRow, 'hash'>): string {
  return auditRowHash({
    seq: row.seq,
    at: row.at,
    deviceId: row.device_id,
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    details: JSON.parse(row.details),
    prevHash: row.prev_hash,
  });
}

/**
 * Appends one row; call inside the transaction of the change it records. Details the catalog's schema refuses are
 * a bug (the compiler checked their type, not their values): thrown here, before a bundle carrying them is refused.
 */
export function appendAudit(db: Database, deviceId: string, entry: AuditEntry, now: Date): string {
  const problem = auditRowProblem(entry);
  if (problem) throw new Error(`audit log: ${problem.message.en}`);
  const last = db.prepare('SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    | { seq: number; hash: string }
    | undefined;
  const row = {
    seq: (last?.seq ?? 0) + 1,
    at: now.toISOString(),
    device_id: deviceId,
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    details: canonicalJson(entry.details),
    prev_hash: last?.hash ?? GENESIS_HASH,
  };
  const hash = rowHash(row);
  db.prepare(
    `INSERT INTO audit_log (seq, at, device_id, actor, action, subject, details, prev_hash, hash)
     VALUES (@seq, @at, @device_id, @actor, @action, @subject, @details, @prev_hash, @hash)`,
  ).run({ ...row, hash });
  return hash;
}

/**
 * Walks a chain of rows, wherever they come from (this database, or rows exported into a result bundle): each
 * must follow the previous one without a gap, link to its hash, and hash to the hash it carries. Rows read from a
 * bundle bring the exact text that was hashed (`hashOf`), so it is hashed as it is instead of serialised again.
 */
export function verifyAuditRecords<R extends AuditRecord & { hash: string }>(rows: Iterable<R>, hashOf: (row: R) => string = auditRowHash): AuditVerification {
  let prev = GENESIS_HASH;
  let entries = 0;
  for (const row of rows) {
    entries += 1;
    const bad = (zh: string, en: string): AuditVerification => ({
      valid: false,
      entries,
      headHash: prev,
      firstBadSeq: row.seq,
      problem: { zh: `审计日志第 ${row.seq} 条：${zh}`, en: `Audit log row ${row.seq}: ${en}` },
    });
    if (row.seq !== entries) {
      return bad(`序号应为 ${entries}（有记录被删除或插入）`, `sequence should be ${entries}: a gap (a row was removed or inserted)`);
    }
    if (row.prevHash !== prev) return bad('与上一条的链接断开', 'does not link to the previous row');
    let expected: string;
    try {
      expected = hashOf(row);
    } catch {
      return bad('内容无法计算哈希', 'content cannot be hashed');
    }
    if (expected !== row.hash) return bad('内容被修改（哈希不符）', 'content was altered (hash mismatch)');
    prev = row.hash;
  }
  return { valid: true, entries, headHash: prev };
}

/** Rows of this database as records; details that no longer parse are kept as text, so they fail their hash. */
function* databaseRecords(db: Database): Generator<AuditRecord & { hash: string }> {
  for (const r of db.prepare('SELECT * FROM audit_log ORDER BY seq').iterate() as Iterable<AuditRow>) {
    let details: unknown;
    try {
      details = JSON.parse(r.details);
    } catch {
      details = { unparseable: r.details };
    }
    yield { seq: r.seq, at: r.at, deviceId: r.device_id, actor: r.actor, action: r.action, subject: r.subject, details, prevHash: r.prev_hash, hash: r.hash };
  }
}

/** Walks the whole chain of this database; the first row that does not fit is reported. */
export function verifyAuditChain(db: Database): AuditVerification {
  return verifyAuditRecords(databaseRecords(db));
}
