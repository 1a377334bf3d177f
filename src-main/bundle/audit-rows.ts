import type { AuditVerification } from '../../src-shared/api/contract';
import { auditRowHash, GENESIS_HASH } from '../store/audit-log';
import type { ExportedAuditRow } from './schemas';

/**
 * The audit-log chain check of store/audit-log.ts, over rows exported into a bundle instead of a database: pure,
 * so the office can run it on rows it has only read from a file. Each row must follow the previous one without a
 * gap, link to its hash, and hash (with the app's own row-hash function) to the hash it carries.
 */
export function verifyAuditRows(rows: readonly ExportedAuditRow[]): AuditVerification {
  let prev = GENESIS_HASH;
  for (const [i, row] of rows.entries()) {
    const entries = i + 1;
    const bad = (zh: string, en: string): AuditVerification => ({
      valid: false,
      entries,
      headHash: prev,
      firstBadSeq: row.seq,
      problem: { zh: `审计日志第 ${row.seq} 条：${zh}`, en: `Audit log row ${row.seq}: ${en}` },
    });
    if (row.seq !== entries) return bad(`序号应为 ${entries}（有记录被删除或插入）`, `sequence should be ${entries} (a row was removed or inserted)`);
    if (row.prevHash !== prev) return bad('与上一条的链接断开', 'does not link to the previous row');
    let expected: string;
    try {
      expected = auditRowHash(row);
    } catch {
      return bad('内容无法计算哈希', 'content cannot be hashed');
    }
    if (expected !== row.hash) return bad('内容被修改（哈希不符）', 'content was altered (hash mismatch)');
    prev = row.hash;
  }
  return { valid: true, entries: rows.length, headHash: prev };
}
