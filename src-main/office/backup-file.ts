import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { err, ok, type Result } from '../../src-shared/result';
import { verifyAuditChain } from '../store/audit-log';
import { schemaVersion } from '../store/migrate';
import { MIGRATIONS } from '../store/migrations';
import { loadSqlite } from '../store/sqlite-driver';

/** What a database file that passed every check holds. */
export interface DatabaseFacts {
  schemaVersion: number;
  auditEntries: number;
  auditHeadHash: string;
}

/** SHA-256 of a file, read in pieces: a database may be far larger than one Buffer should be. */
export function sha256OfFile(file: string): string {
  const hash = crypto.createHash('sha256');
  const piece = Buffer.alloc(1 << 20);
  const fd = fs.openSync(file, 'r');
  try {
    for (let n; (n = fs.readSync(fd, piece, 0, piece.length, null)) > 0; ) hash.update(piece.subarray(0, n));
  } finally {
    fs.closeSync(fd);
  }
  return hash.digest('hex');
}

/** The checksum file beside a backup, in `sha256sum` format, so `sha256sum -c` checks it without the app. */
export const sha256FileName = (backupName: string) => `${backupName}.sha256`;
export const sha256Line = (sha256: string, backupName: string) => `${sha256}  ${backupName}\n`;

/** The hash a checksum file names (`sha256sum` text or binary mode); undefined when it is not one. */
export function parseSha256Line(text: string): string | undefined {
  return /^([0-9a-fA-F]{64}) [ *]\S/.exec(text.trim())?.[1]?.toLowerCase();
}

const refused = (code: string, zh: string, en: string) => err(code, `${zh}。当前数据未作任何改动。`, `${en}. The current data was not changed.`);

/**
 * Checks that `file` is a whole database of this app that the app can open: SQLite's integrity check, the schema
 * version not newer than the app's, every migration it records one of the app's own, and an unbroken audit chain.
 * Opens the file for writing (a WAL database cannot be read otherwise), so give it a copy, never the only one.
 */
export function inspectDatabaseFile(file: string, label = path.basename(file)): Result<DatabaseFacts> {
  let db: Database | undefined;
  try {
    const Sqlite = loadSqlite();
    db = new Sqlite(file, { fileMustExist: true });
    return inspectOpen(db, label);
  } catch (e) {
    if ((e as { code?: string }).code === 'SQLITE_CORRUPT') {
      return refused('backup-damaged', `“${label}”已损坏（${(e as Error).message}）`, `"${label}" is damaged (${(e as Error).message})`);
    }
    return refused('backup-not-database', `“${label}”不是可用的数据库文件（${(e as Error).message}）`, `"${label}" is not a usable database file (${(e as Error).message})`);
  } finally {
    db?.close();
  }
}

function inspectOpen(db: Database, label: string): Result<DatabaseFacts> {
  const version = schemaVersion(db); // throws "file is not a database" for anything else
  const integrity = db.pragma('integrity_check') as { integrity_check: string }[];
  if (integrity.length !== 1 || integrity[0].integrity_check !== 'ok') {
    const first = integrity[0]?.integrity_check ?? '';
    return refused('backup-damaged', `“${label}”已损坏（SQLite 完整性检查：${first}）`, `"${label}" is damaged (SQLite integrity check: ${first})`);
  }
  const latest = MIGRATIONS.at(-1)?.version ?? 0;
  if (version > latest) {
    return refused(
      'backup-newer-schema',
      `“${label}”由更新版本的程序生成（数据库版本 ${version}，本程序最高支持 ${latest}），请升级程序后再恢复`,
      `"${label}" was made by a newer version of the app (schema ${version}; this app knows up to ${latest}). Update the app, then restore`,
    );
  }
  const foreign = notThisApp(db, version);
  if (foreign) {
    return refused('backup-not-this-app', `“${label}”不是本程序的数据库（${foreign.zh}）`, `"${label}" is not a database of this app (${foreign.en})`);
  }
  const chain = verifyAuditChain(db);
  if (!chain.valid) {
    return refused('backup-audit-broken', `“${label}”的审计日志校验未通过：${chain.problem?.zh}`, `The audit log in "${label}" fails its check: ${chain.problem?.en}`);
  }
  return ok({ schemaVersion: version, auditEntries: chain.entries, auditHeadHash: chain.headHash });
}

/** Why the database was not made by this app's migrations, if it was not. */
function notThisApp(db: Database, version: number): { zh: string; en: string } | undefined {
  const tables = new Set((db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as { name: string }[]).map((t) => t.name));
  const missing = ['meta', 'audit_log', 'schema_migrations'].filter((t) => !tables.has(t));
  if (missing.length) return { zh: `缺少数据表 ${missing.join('、')}`, en: `no table ${missing.join(', ')}` };
  const applied = db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all() as { version: number; name: string }[];
  for (const m of applied) {
    if (MIGRATIONS.find((x) => x.version === m.version)?.name !== m.name) {
      return { zh: `未知的数据库迁移 ${m.version}“${m.name}”`, en: `unknown migration ${m.version} "${m.name}"` };
    }
  }
  if ((applied.at(-1)?.version ?? 0) !== version) {
    return { zh: `数据库版本 ${version} 与迁移记录不符`, en: `schema version ${version} does not match its migration records` };
  }
  return undefined;
}
