import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { fileTableDigests, tableDigests } from '../../tests/helpers/database-digest';
import { tempDir } from '../../tests/helpers/temp-dir';
import { call } from '../api/dispatch';
import { generateDemo } from '../services/demo';
import { verifyAuditChain } from '../store/audit-log';
import { loadSqlite } from '../store/sqlite-driver';
import { fixedClock } from '../testing/clock';
import { sha256OfFile } from './backup-file';
import { createBackup } from './backup';

const lastAuditRow = (ctx: ReturnType<typeof openTestContext>) =>
  ctx.store.db.prepare('SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; subject: string; details: string; prev_hash: string };

describe('backup', () => {
  it('writes a checked copy and its sha256sum file into the folder, then records it after the copy', () => {
    const ctx = openTestContext();
    expectOk(generateDemo(ctx, 7));
    const folder = tempDir();
    const view = expectOk(createBackup(ctx, folder));

    expect(view.name).toBe('studio-review-2026-20260601T080000Z.sqlite');
    expect(fs.readdirSync(folder).sort()).toEqual([view.name, `${view.name}.sha256`]);
    expect(view.file).toBe(path.join(folder, view.name));
    expect(sha256OfFile(view.file)).toBe(view.sha256);
    expect(fs.statSync(view.file).size).toBe(view.bytes);
    expect(fs.readFileSync(`${view.file}.sha256`, 'utf8')).toBe(`${view.sha256}  ${view.name}\n`);
    // The backup holds the PIN vaults as much as the database does: the user's alone (where modes exist).
    if (process.platform !== 'win32') expect(fs.statSync(view.file).mode & 0o077).toBe(0);

    // The backup holds every row of the database as it was, and the chain up to the row before `backup.create`.
    const backup = new (loadSqlite())(view.file, { readonly: true });
    const inside = verifyAuditChain(backup);
    backup.close();
    expect(inside).toMatchObject({ valid: true, headHash: view.auditHeadHash, entries: view.auditEntries });
    expect(fileTableDigests(view.file)).toEqual(tableDigests(ctx.store.db, { auditUpTo: view.auditEntries }));
    const row = lastAuditRow(ctx);
    expect(row.action).toBe('backup.create');
    expect(row.subject).toBe(`file:${view.name}`);
    expect(row.prev_hash).toBe(view.auditHeadHash);
    expect(JSON.parse(row.details)).toEqual({ folder, sha256: view.sha256, bytes: view.bytes, auditHeadHash: view.auditHeadHash, schemaVersion: ctx.store.schemaVersion });
    // Nothing is left behind in the data folder's backups/ (the local copy is removed once it is on the stick).
    expect(fs.readdirSync(path.join(ctx.store.dataDir, 'backups'))).toEqual([]);
    ctx.store.close();
  });

  it('never overwrites an earlier backup made in the same second', () => {
    const ctx = openTestContext();
    const folder = tempDir();
    const first = expectOk(createBackup(ctx, folder));
    const second = expectOk(createBackup(ctx, folder));
    expect(second.name).toBe(first.name.replace('.sqlite', '-2.sqlite'));
    expect(sha256OfFile(first.file)).toBe(first.sha256);
    expect(fs.readdirSync(folder)).toHaveLength(4);
    ctx.store.close();
  });

  it('refuses a folder that is not there, writing nothing', async () => {
    const ctx = openTestContext();
    const gone = path.join(tempDir(), 'stick-removed');
    const r = await call(ctx, 'backup.create', { folder: gone });
    expect(r.ok || r.error.code).toBe('destination-not-folder');
    expect(lastAuditRow(ctx)?.action).not.toBe('backup.create');
    ctx.store.close();
  });
});

describe('backup status', () => {
  it('is due when there is none, then not, then again after 7 days', async () => {
    const clock = fixedClock('2026-06-01T08:00:00Z');
    const ctx = openTestContext(tempDir(), clock);
    expect(expectOk(await call(ctx, 'backup.status'))).toEqual({ last: null, due: true, reason: 'never', year: 2026 });
    const view = expectOk(createBackup(ctx, tempDir()));
    clock.set('2026-06-08T08:00:00Z');
    expect(expectOk(await call(ctx, 'backup.status'))).toEqual({
      last: { at: '2026-06-01T08:00:00.000Z', file: view.name, sha256: view.sha256 },
      due: false,
      reason: null,
      year: 2026,
    });
    clock.advance(1);
    expect(expectOk(await call(ctx, 'backup.status'))).toMatchObject({ due: true, reason: 'older-than-a-week' });
    ctx.store.close();
  });

  it('is due when the year has a proposed list newer than the last backup and is not published', async () => {
    const clock = fixedClock('2026-11-01T08:00:00Z');
    const ctx = openTestContext(tempDir(), clock);
    expectOk(createBackup(ctx, tempDir()));
    clock.advance(60_000);
    // A session signed on this computer proposes a list (the fields the rule reads; the rest as a session holds them).
    ctx.store.db
      .prepare(
        `INSERT INTO scoring_sessions (session_id, year, role, draw_seed, rules, rules_hash, phase, panel, nominations, created_at, signed_at)
         VALUES ('2026-S01', 2026, 'coordinator', 'seed', '{}', ?, 'signed', '[]', '[]', ?, ?)`,
      )
      .run('a'.repeat(64), clock().toISOString(), clock().toISOString());
    expect(expectOk(await call(ctx, 'backup.status'))).toMatchObject({ due: true, reason: 'proposals-since-backup' });
    clock.advance(60_000);
    expectOk(createBackup(ctx, tempDir()));
    expect(expectOk(await call(ctx, 'backup.status'))).toMatchObject({ due: false, reason: null });
    ctx.store.close();
  });

  it('does not ask for a backup for proposals of a year already published', async () => {
    const clock = fixedClock('2026-11-01T08:00:00Z');
    const ctx = openTestContext(tempDir(), clock);
    expectOk(createBackup(ctx, tempDir()));
    clock.advance(60_000);
    const at = clock().toISOString();
    ctx.store.db
      .prepare(
        `INSERT INTO scoring_sessions (session_id, year, role, draw_seed, rules, rules_hash, phase, panel, nominations, created_at, signed_at)
         VALUES ('2026-S01', 2026, 'coordinator', 'seed', '{}', ?, 'signed', '[]', '[]', ?, ?)`,
      )
      .run('a'.repeat(64), at, at);
    ctx.store.db
      .prepare("INSERT INTO publications (year, doc_no, published_on, published_at, published_by) VALUES (2026, '豫教科文卫体工〔2026〕1号', '2026-11-01', ?, 'test')")
      .run(at);
    expect(expectOk(await call(ctx, 'backup.status'))).toMatchObject({ due: false, reason: null });
    ctx.store.close();
  });
});
