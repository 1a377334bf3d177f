import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { databaseBytes, expectOk, openTestContext } from '../../tests/helpers/context';
import { fileTableDigests, tableDigests } from '../../tests/helpers/database-digest';
import { tempDir } from '../../tests/helpers/temp-dir';
import { call } from '../api/dispatch';
import type { ServiceContext } from '../services/context';
import { generateDemo } from '../services/demo';
import { updateSettings } from '../services/settings';
import { verifyAuditChain } from '../store/audit-log';
import { MIGRATIONS } from '../store/migrations';
import { loadSqlite } from '../store/sqlite-driver';
import { sha256Hex } from '../../src-shared/sha256';
import { copyDatabase } from '../store/database-copy';
import { Store } from '../store/store';
import { fixedClock } from '../testing/clock';
import { sha256Line, sha256OfFile } from './backup-file';
import { createBackup } from './backup';

function backedUp() {
  const ctx = openTestContext();
  expectOk(generateDemo(ctx, 7));
  const backup = expectOk(createBackup(ctx, tempDir()));
  return { ctx, backup };
}

/** Changes made after the backup: other demo data and another selection year. */
function changeData(ctx: ServiceContext) {
  expectOk(generateDemo(ctx, 8));
  expectOk(updateSettings(ctx, { year: 2027 }));
}

/** Rewrites the checksum file so that a refusal comes from the check under test, not from the hash. */
const rehash = (file: string) => fs.writeFileSync(`${file}.sha256`, sha256Line(sha256OfFile(file), path.basename(file)));

/** Edits a copy of a database with SQL (triggers that guard it are the app's, not a forger's). */
function editDatabase(file: string, sql: string) {
  const db = new (loadSqlite())(file);
  db.exec(sql);
  db.close();
}

describe('restore', () => {
  it('puts back exactly the backed-up data, keeps a copy of the replaced one and records itself after the backup head', async () => {
    const { ctx, backup } = backedUp();
    changeData(ctx);
    const beforeRestore = tableDigests(ctx.store.db);
    const oldStore = ctx.store;

    const view = expectOk(await call(ctx, 'backup.restore', { file: backup.file }));

    // The context holds a new store on the restored file; the old handle is closed.
    expect(ctx.store).not.toBe(oldStore);
    expect(oldStore.db.open).toBe(false);
    expect(view).toMatchObject({ file: backup.file, sha256: backup.sha256, auditHeadHash: backup.auditHeadHash, schemaVersion: backup.schemaVersion });
    // Every table equal to the backup's; the audit log equal up to the backup's head …
    expect(tableDigests(ctx.store.db, { auditUpTo: backup.auditEntries })).toEqual(fileTableDigests(backup.file));
    // … followed by exactly one row: the restore's own, linked to the backup's head.
    const after = ctx.store.db.prepare('SELECT * FROM audit_log WHERE seq > ?').all(backup.auditEntries) as { action: string; subject: string; prev_hash: string; details: string }[];
    expect(after).toHaveLength(1);
    expect(after[0]).toMatchObject({ action: 'backup.restore', subject: `file:${backup.name}`, prev_hash: backup.auditHeadHash });
    expect(JSON.parse(after[0].details)).toEqual({ sha256: backup.sha256, keptCopy: view.keptCopy, auditHeadHash: backup.auditHeadHash, schemaVersion: backup.schemaVersion });
    expect(verifyAuditChain(ctx.store.db).valid).toBe(true);
    // The replaced database is kept whole in backups/.
    expect(view.keptCopy).toMatch(/^backups\/before-restore-2026-06-01T08-00-00-000Z\.sqlite$/);
    expect(fileTableDigests(path.join(ctx.store.dataDir, view.keptCopy))).toEqual(beforeRestore);
    // The app goes on with the restored data through the same context.
    expect(expectOk(await call(ctx, 'settings.get')).year).toBe(2026);
    expect(expectOk(await call(ctx, 'audit.verify')).valid).toBe(true);
    expect(fs.readdirSync(ctx.store.dataDir).filter((f) => f.startsWith('.restore-'))).toEqual([]);
    ctx.store.close();
  });

  it('restores a backup that has no checksum file beside it', async () => {
    const { ctx, backup } = backedUp();
    changeData(ctx);
    fs.rmSync(`${backup.file}.sha256`);
    expectOk(await call(ctx, 'backup.restore', { file: backup.file }));
    expect(tableDigests(ctx.store.db, { auditUpTo: backup.auditEntries })).toEqual(fileTableDigests(backup.file));
    ctx.store.close();
  });

  it('restores a backup of an older schema, brought up to date as the app opens it', async () => {
    const ctx = openTestContext();
    const old = expectOk(Store.open(tempDir(), fixedClock(), MIGRATIONS.slice(0, -1)));
    const file = path.join(tempDir(), 'studio-review-2025-older.sqlite');
    copyDatabase(old.db, file);
    old.close();

    const view = expectOk(await call(ctx, 'backup.restore', { file }));

    expect(view.schemaVersion).toBe(MIGRATIONS.at(-2)!.version);
    expect(ctx.store.schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    expect(fs.readdirSync(path.join(ctx.store.dataDir, 'backups')).some((f) => f.startsWith('before-schema-'))).toBe(true);
    expect(expectOk(await call(ctx, 'audit.verify')).valid).toBe(true);
    ctx.store.close();
  });

  const damages: [string, string, (file: string) => void][] = [
    ['bytes flipped (its checksum file then differs)', 'backup-sha256-mismatch', (file) => {
      const bytes = fs.readFileSync(file);
      for (let i = 0; i < 16; i += 1) bytes[Math.floor(bytes.length / 2) + i] ^= 0xff;
      fs.writeFileSync(file, bytes);
    }],
    ['truncated, without its checksum file', 'backup-damaged', (file) => {
      fs.truncateSync(file, Math.floor(fs.statSync(file).size / 2));
      fs.rmSync(`${file}.sha256`);
    }],
    ['a file that is not a database', 'backup-not-database', (file) => {
      fs.writeFileSync(file, 'studio-review backup? no: a text file named like one\n'.repeat(200));
      rehash(file);
    }],
    ['a checksum file that is not one', 'backup-sha256-unreadable', (file) => fs.writeFileSync(`${file}.sha256`, 'not a checksum\n')],
    ['a database of a newer schema version', 'backup-newer-schema', (file) => {
      editDatabase(file, `PRAGMA user_version = ${MIGRATIONS.at(-1)!.version + 1}`);
      rehash(file);
    }],
    ['a database of another app', 'backup-not-this-app', (file) => {
      fs.rmSync(file);
      editDatabase(file, 'CREATE TABLE t (x); INSERT INTO t VALUES (1);');
      rehash(file);
    }],
    ['an audit row altered', 'backup-audit-broken', (file) => {
      editDatabase(file, "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone else' WHERE seq = 1;");
      rehash(file);
    }],
  ];

  it.each(damages)('refuses %s and leaves the current database as it was, to the byte', async (_name, code, damage) => {
    const { ctx, backup } = backedUp();
    changeData(ctx);
    damage(backup.file);
    const store = ctx.store;
    const before = sha256Hex(databaseBytes(ctx));
    const listing = fs.readdirSync(ctx.store.dataDir).sort();

    const r = await call(ctx, 'backup.restore', { file: backup.file });

    expect(r.ok || r.error.code).toBe(code);
    if (!r.ok) expect(r.error.message.en).toContain('The current data was not changed');
    expect(ctx.store).toBe(store);
    expect(sha256Hex(databaseBytes(ctx))).toBe(before);
    expect(fs.readdirSync(ctx.store.dataDir).sort()).toEqual(listing);
    expect(fs.existsSync(path.join(ctx.store.dataDir, 'backups')) ? fs.readdirSync(path.join(ctx.store.dataDir, 'backups')) : []).toEqual([]);
    ctx.store.close();
  });

  it('refuses a file that is not there, and the live database file itself', async () => {
    const ctx = openTestContext();
    const missing = await call(ctx, 'backup.restore', { file: path.join(tempDir(), 'nothing.sqlite') });
    expect(missing.ok || missing.error.code).toBe('backup-not-found');
    const live = await call(ctx, 'backup.restore', { file: ctx.store.databasePath });
    expect(live.ok || live.error.code).toBe('backup-is-live-database');
    ctx.store.close();
  });
});
