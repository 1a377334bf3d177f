import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { tempDir } from '../../tests/helpers/temp-dir';
import { deviceKeyInfo } from '../services/device-key';
import { fixedClock } from '../testing/clock';
import { MIGRATIONS } from './migrations';
import { DATABASE_FILE, Store } from './store';

const modeOf = (p: string) => fs.statSync(p).mode & 0o777;

// POSIX modes: on Windows the data folder is protected by the user profile's ACL instead.
describe.skipIf(process.platform === 'win32')('the data folder is the user’s alone', () => {
  it('makes the folder 0700 and the database, its -wal and -shm files and the device key 0600', () => {
    const dataDir = path.join(tempDir(), 'studio-review');
    const ctx = openTestContext(dataDir);
    try {
      deviceKeyInfo(ctx);
      ctx.store.db.prepare("INSERT INTO meta (key, value) VALUES ('probe', 'x')").run();
      const db = path.join(dataDir, DATABASE_FILE);
      expect(modeOf(dataDir)).toBe(0o700);
      for (const file of [db, `${db}-wal`, `${db}-shm`]) expect([file, modeOf(file)]).toEqual([file, 0o600]);
      expect(modeOf(path.join(dataDir, 'keys'))).toBe(0o700);
      expect(modeOf(path.join(dataDir, 'keys', 'device-key.json'))).toBe(0o600);
    } finally {
      ctx.store.close();
    }
  });

  it('takes group and other access away from a folder, database and key an older version left open', () => {
    const dataDir = tempDir();
    const first = openTestContext(dataDir);
    deviceKeyInfo(first);
    first.store.close();
    const db = path.join(dataDir, DATABASE_FILE);
    const key = path.join(dataDir, 'keys', 'device-key.json');
    for (const [p, mode] of [[dataDir, 0o755], [path.join(dataDir, 'keys'), 0o755], [db, 0o644], [key, 0o644]] as const) fs.chmodSync(p, mode);

    const again = openTestContext(dataDir);
    try {
      expect(modeOf(dataDir)).toBe(0o700);
      expect(modeOf(db)).toBe(0o600);
      deviceKeyInfo(again);
      expect(modeOf(path.join(dataDir, 'keys'))).toBe(0o700);
      expect(modeOf(key)).toBe(0o600);
    } finally {
      again.store.close();
    }
  });

  it('keeps the backup taken before a migration 0600 too: it holds the PIN vaults as much as the database', () => {
    const dataDir = tempDir();
    const clock = fixedClock();
    expectOk(Store.open(dataDir, clock, MIGRATIONS.slice(0, -1))).close();
    const store = expectOk(Store.open(dataDir, clock));
    try {
      const backups = path.join(dataDir, 'backups');
      const files = fs.readdirSync(backups);
      expect(files).toHaveLength(1);
      expect(modeOf(backups)).toBe(0o700);
      expect(modeOf(path.join(backups, files[0]))).toBe(0o600);
    } finally {
      store.close();
    }
  });
});
