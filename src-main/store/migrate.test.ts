import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOk } from '../../tests/helpers/context';
import { tempDir } from '../../tests/helpers/temp-dir';
import { auditSubject } from '../../src-shared/audit/subjects';
import { fixedClock } from '../testing/clock';
import { MIGRATIONS } from './migrations';
import { loadSqlite } from './sqlite-driver';
import { DATABASE_FILE, Store } from './store';

const clock = fixedClock();

const tables = (s: Store) =>
  (s.db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as { name: string }[]).map(
    (r) => r.name,
  );

describe('migrations', () => {
  it('are numbered 1, 2, 3 … with no gap and in order: a database past a gap would never get the migration in it', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(new Set(MIGRATIONS.map((m) => m.name)).size).toBe(MIGRATIONS.length);
  });

  it('creates a fresh database at the newest version with STRICT tables, WAL and foreign keys', () => {
    const store = expectOk(Store.open(tempDir(), clock));
    expect(store.schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    expect(tables(store)).toEqual(
      expect.arrayContaining(['audit_log', 'experts', 'meta', 'nominations', 'schema_migrations', 'settings']),
    );
    expect(store.db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    const ddl = store.db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name <> 'sqlite_sequence'").all() as { sql: string }[];
    for (const { sql } of ddl) expect(sql).toMatch(/\)\s*STRICT$/);
    const applied = store.db.prepare('SELECT version, name FROM schema_migrations ORDER BY version').all();
    expect(applied).toEqual(MIGRATIONS.map((m) => ({ version: m.version, name: m.name })));
    store.close();
  });

  it('upgrades an older database, keeps its data and leaves a VACUUM INTO backup', () => {
    const dir = tempDir();
    const old = expectOk(Store.open(dir, clock, MIGRATIONS.slice(0, 1)));
    expect(old.schemaVersion).toBe(1);
    old.transaction(() => {
      old.audit({ actor: 't', action: 'settings.update', subject: auditSubject.setting('language'), details: { from: 'zh-CN', to: 'en' } });
      return { ok: true, value: undefined };
    });
    old.close();

    const upgraded = expectOk(Store.open(dir, clock));
    expect(upgraded.schemaVersion).toBe(MIGRATIONS.at(-1)!.version);
    expect(upgraded.db.prepare('SELECT action FROM audit_log').all()).toEqual([{ action: 'settings.update' }]);
    upgraded.close();

    const backups = fs.readdirSync(path.join(dir, 'backups'));
    expect(backups).toHaveLength(1);
    expect(backups[0]).toBe(`before-schema-1-to-${MIGRATIONS.at(-1)!.version}-2026-06-01T08-00-00-000Z.sqlite`);
    const Sqlite = loadSqlite();
    const backup = new Sqlite(path.join(dir, 'backups', backups[0]), { readonly: true });
    expect(backup.pragma('user_version', { simple: true })).toBe(1);
    expect(backup.prepare('SELECT count(*) AS n FROM audit_log').get()).toEqual({ n: 1 });
    backup.close();
  });

  it('refuses a database made by a newer version and leaves it untouched', () => {
    const dir = tempDir();
    expectOk(Store.open(dir, clock)).close();
    const Sqlite = loadSqlite();
    const raw = new Sqlite(path.join(dir, DATABASE_FILE));
    raw.pragma('user_version = 99');
    raw.close();
    const before = fs.readFileSync(path.join(dir, DATABASE_FILE));

    const opened = Store.open(dir, clock);
    expect(opened.ok).toBe(false);
    if (!opened.ok) {
      expect(opened.error.code).toBe('db-newer-than-app');
      expect(opened.error.message.zh).toContain('99');
      expect(opened.error.message.en).toContain('newer version');
    }
    expect(fs.readFileSync(path.join(dir, DATABASE_FILE)).equals(before)).toBe(true);
  });

  it('rolls back a migration that fails, keeping the previous version', () => {
    const dir = tempDir();
    expectOk(Store.open(dir, clock, MIGRATIONS.slice(0, 1))).close();
    const broken = [...MIGRATIONS.slice(0, 1), { version: 2, name: 'broken', sql: 'CREATE TABLE t (a INTEGER) STRICT; SELECT nope FROM missing;' }];
    expect(() => Store.open(dir, clock, broken)).toThrow();
    const store = expectOk(Store.open(dir, clock, MIGRATIONS.slice(0, 1)));
    expect(store.schemaVersion).toBe(1);
    expect(tables(store)).not.toContain('t');
    store.close();
  });

  it('gives a clear error for a file that is not a database', () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, DATABASE_FILE), 'this is not sqlite at all, just text that fills a header........');
    const opened = Store.open(dir, clock);
    expect(opened.ok).toBe(false);
    if (!opened.ok) expect(opened.error.code).toBe('db-open-failed');
  });

  it('rebuilds experts and nominations (v7) without cascading into screenings, and seeds the registers', () => {
    const dir = tempDir();
    const old = expectOk(Store.open(dir, clock, MIGRATIONS.slice(0, 6)));
    old.db.exec(`
      INSERT INTO experts (id, name, gender, unit_name, unit_code, unit_type, title, title_rank, sectors, status, non_senior_reason)
        VALUES ('E1', '张三', 'male', '郑州大学', 'U1', 'university', '副教授', 'associate-senior', '["education"]', 'available', '学科需要');
      INSERT INTO nominations (id, year, studio_name, leader_name, leader_gender, leader_birth_year, leader_title, leader_title_rank,
          work_unit_name, work_unit_code, work_unit_category, sector, recommending_unit, recommending_unit_code,
          recommending_unit_kind, founded_on)
        VALUES ('N1', 2026, '李四工作室', '李四', 'female', 1975, '主任医师', 'full-senior', '某医院', 'W1', 'other', 'health',
          '某工会', 'R1', 'member-unit', '2015-01-01');
      INSERT INTO screenings (nomination_id, reference_date, checks, manual, outcome, reasons, screened_by, screened_at)
        VALUES ('N1', '2026-06-30', '[]', '[]', 'needs-judgement', '[]', '张三', '2026-01-01T00:00:00Z');
      INSERT INTO attachments (nomination_id, file_name, media_type, sha256, size, added_at)
        VALUES ('N1', 'a.pdf', 'application/pdf', '${'0'.repeat(64)}', 1, '2026-01-01T00:00:00Z');
    `);
    old.close();

    const store = expectOk(Store.open(dir, clock));
    expect(store.db.prepare('SELECT id, non_senior_reason, unit_type_inferred FROM experts').all()).toEqual([
      { id: 'E1', non_senior_reason: '学科需要', unit_type_inferred: 0 },
    ]);
    expect(store.db.prepare('SELECT id, recommending_unit_kind FROM nominations').all()).toEqual([{ id: 'N1', recommending_unit_kind: 'member-unit' }]);
    expect(store.db.prepare('SELECT nomination_id, exception FROM screenings').all()).toEqual([{ nomination_id: 'N1', exception: 0 }]);
    expect(store.db.prepare('SELECT count(*) AS n FROM attachments').get()).toEqual({ n: 1 });
    expect(store.db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
    // Deleting the nomination still cascades: the rebuilt table is the one the children point to.
    store.db.prepare("DELETE FROM nominations WHERE id = 'N1'").run();
    expect(store.db.prepare('SELECT count(*) AS n FROM screenings').get()).toEqual({ n: 0 });
    expect((store.db.prepare('SELECT count(*) AS n FROM title_dictionary').get() as { n: number }).n).toBeGreaterThan(150);
    expect(store.db.prepare("SELECT code, kind FROM recommending_units WHERE name = '济源示范区教科文卫体工会'").get()).toEqual({
      code: 'RA-18', kind: 'city-industry-union',
    });
    store.close();
  });
});
