import path from 'node:path';
import type { Database } from 'better-sqlite3';
import { err, ok, type Result } from '../../src-shared/result';
import type { Clock } from '../clock';
import { MIGRATIONS, type Migration } from './migrations';
import { copyDatabase, fileStamp } from './database-copy';
import { privateFolder } from './private-files';

export function schemaVersion(db: Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the database to the newest schema this app knows. Each migration runs in one transaction together
 * with its record, so a failure leaves the previous version intact; an existing database is first copied
 * with `VACUUM INTO` so an upgrade can always be undone by hand.
 */
export function migrate(
  db: Database,
  backupDir: string,
  now: Clock,
  migrations: readonly Migration[] = MIGRATIONS,
): Result<{ from: number; to: number; backupPath?: string }> {
  const from = schemaVersion(db);
  const latest = migrations.at(-1)?.version ?? 0;
  if (from > latest) {
    return err(
      'db-newer-than-app',
      `数据库版本（${from}）比本程序支持的版本（${latest}）新，请升级程序后再打开。`,
      `The database (schema ${from}) was made by a newer version of the app (knows up to ${latest}). Update the app to open it.`,
    );
  }
  if (from === latest) return ok({ from, to: latest });

  let backupPath: string | undefined;
  if (from > 0) {
    privateFolder(backupDir);
    backupPath = path.join(backupDir, `before-schema-${from}-to-${latest}-${fileStamp(now())}.sqlite`);
    copyDatabase(db, backupPath);
  }

  for (const m of migrations.filter((x) => x.version > from)) applyMigration(db, m, now);
  return ok({ from, to: latest, backupPath });
}

/**
 * A migration that rebuilds a parent table runs with foreign keys off (SQLite's documented way: a DROP would
 * otherwise cascade into the children) and proves them intact before it commits.
 */
function applyMigration(db: Database, m: Migration, now: Clock): void {
  const foreignKeysWereOn = db.pragma('foreign_keys', { simple: true }) === 1;
  if (m.rebuildsTables) db.pragma('foreign_keys = OFF');
  try {
    db.transaction(() => {
      db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
        version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL) STRICT`);
      db.exec(m.sql);
      m.seed?.(db);
      if (m.rebuildsTables) {
        const broken = db.pragma('foreign_key_check') as unknown[];
        if (broken.length > 0) throw new Error(`migration ${m.version} broke ${broken.length} foreign key(s)`);
      }
      db.prepare('INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)').run(
        m.version,
        m.name,
        now().toISOString(),
      );
      db.pragma(`user_version = ${m.version}`);
    })();
  } finally {
    if (m.rebuildsTables && foreignKeysWereOn) db.pragma('foreign_keys = ON');
  }
}
