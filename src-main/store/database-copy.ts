import type { Database } from 'better-sqlite3';
import { privateFile } from './private-files';

/** An instant as a file-name part: 2026-06-01T08-00-00-000Z (no colons, which Windows refuses in names). */
export function fileStamp(at: Date): string {
  return at.toISOString().replace(/[:.]/g, '-');
}

/**
 * A whole, consistent copy of the open database in one new file (`VACUUM INTO`: the WAL folded in, free pages
 * left out, rollback-journal mode so the copy is one file). Outside a transaction only: SQLite refuses it inside.
 * The copy holds the PIN vaults as much as the database does, so it is the user's alone.
 */
export function copyDatabase(db: Database, target: string): void {
  db.prepare('VACUUM INTO ?').run(target);
  privateFile(target);
}
