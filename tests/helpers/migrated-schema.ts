import os from 'node:os';
import { migrate } from '../../src-main/store/migrate';
import { loadSqlite } from '../../src-main/store/sqlite-driver';

/** table name → its CREATE TABLE text, in a database freshly migrated to the current schema. */
export function migratedTables(): Map<string, string> {
  const db = new (loadSqlite())(':memory:');
  try {
    const done = migrate(db, os.tmpdir(), () => new Date('2026-01-01T00:00:00Z'));
    if (!done.ok) throw new Error(done.error.message.en);
    const rows = db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table'").all() as { name: string; sql: string }[];
    return new Map(rows.map((r) => [r.name, r.sql]));
  } finally {
    db.close();
  }
}
