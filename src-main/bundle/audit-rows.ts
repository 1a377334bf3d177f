import { z } from 'zod';
import type { AuditVerification } from '../../src-shared/api/contract';
import { canonicalTextProblem } from '../../src-shared/canonical-json-check';
import { err, ok, type Result } from '../../src-shared/result';
import { sha256Hex } from '../../src-shared/sha256';
import { auditRecordText, verifyAuditRecords } from '../store/audit-log';
import { auditRecordSchema, type ExportedAuditRow } from './schemas';

/**
 * The audit log as a bundle carries it: JSON Lines, one row per line, `["<hash>",<record>]`, where <record> is
 * byte for byte the canonical text the meeting laptop hashed. The office hashes that text as it stands, so
 * checking the chain costs one SHA-256 per row and no serialising.
 */
export function auditLogText(rows: readonly ExportedAuditRow[]): string {
  return rows.map((r) => `["${r.hash}",${auditRecordText(r)}]\n`).join('');
}

/** A row read from a bundle, with the exact text its hash covers. */
export interface BundleAuditRow extends ExportedAuditRow {
  text: string;
}

const lineSchema = z.tuple([z.string().regex(/^[0-9a-f]{64}$/), auditRecordSchema]);
const HASH_PREFIX = '["'.length + 64 + '",'.length;

export function parseAuditLog(text: string): Result<BundleAuditRow[]> {
  const lines = text.split('\n');
  if (lines.pop() !== '') return err('data-invalid', '最后一行不完整（文件被截断）', 'the last line is incomplete (the file was cut off)');
  const rows: BundleAuditRow[] = new Array(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      return badLine(i, '不是有效的 JSON', 'not valid JSON');
    }
    // Canonical, so the line is `["<hash>",<record>]` with nothing around: the text hashed below is the record parsed here.
    const problem = canonicalTextProblem(line, value);
    if (problem) return badLine(i, problem.message.zh, problem.message.en, `data-${problem.code}`);
    const parsed = lineSchema.safeParse(value);
    if (!parsed.success) return badLine(i, '不是一条审计记录', 'not an audit row');
    const [hash, r] = parsed.data;
    // One fixed shape, member by member: a spread of the record costs more than parsing the line.
    rows[i] = { seq: r.seq, at: r.at, deviceId: r.deviceId, actor: r.actor, action: r.action, subject: r.subject, details: r.details, prevHash: r.prevHash, hash, text: line.slice(HASH_PREFIX, -1) };
  }
  return ok(rows);
}

const badLine = (i: number, zh: string, en: string, code = 'data-invalid') => err(code, `第 ${i + 1} 行：${zh}`, `line ${i + 1}: ${en}`);

/** The app's own chain walk over the rows of a bundle, hashing each row's text as it was read. */
export function verifyAuditRows(rows: readonly BundleAuditRow[]): AuditVerification {
  return verifyAuditRecords(rows, (r) => sha256Hex(r.text));
}
