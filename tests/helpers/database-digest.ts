import type { Database } from 'better-sqlite3';
import { sha256Hex } from '../../src-shared/sha256';
import { loadSqlite } from '../../src-main/store/sqlite-driver';

/**
 * A digest of every table's rows (order-free, blobs as hex) and the schema version, table by table so a difference
 * names its table. `auditUpTo` leaves out the audit rows after that sequence number (rows a test accounts for itself).
 */
export function tableDigests(db: Database, options: { auditUpTo?: number } = {}): Record<string, string> {
  const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").all() as { name: string }[]).map((t) => t.name);
  const digests: Record<string, string> = { user_version: String(db.pragma('user_version', { simple: true })) };
  for (const table of tables) {
    const limit = table === 'audit_log' && options.auditUpTo !== undefined ? ` WHERE seq <= ${Number(options.auditUpTo)}` : '';
    const rows = (db.prepare(`SELECT * FROM "${table}"${limit}`).all() as Record<string, unknown>[]).map((row) =>
      JSON.stringify(Object.entries(row).map(([k, v]) => [k, Buffer.isBuffer(v) ? v.toString('hex') : v])),
    );
    digests[table] = sha256Hex(rows.sort().join('\n'));
  }
  return digests;
}

/** The digests of a database file, opened read-only for the moment of reading. */
export function fileTableDigests(file: string, options: { auditUpTo?: number } = {}): Record<string, string> {
  const db = new (loadSqlite())(file, { readonly: true, fileMustExist: true });
  try {
    return tableDigests(db, options);
  } finally {
    db.close();
  }
}
