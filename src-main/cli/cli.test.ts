import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/temp-dir';
import { loadSqlite } from '../store/sqlite-driver';
import { DATABASE_FILE } from '../store/store';
import { CLI_PROCESS_TIMEOUT } from '../../tests/helpers/timeouts';

const BIN = path.resolve(__dirname, '../../bin/studio-review.cjs');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: CLI_PROCESS_TIMEOUT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const digest = (stdout: string) => /data digest: ([0-9a-f]{64})/.exec(stdout)?.[1];

describe('studio-review CLI', () => {
  it('fills a folder with the demo year and reports non-zero counts', () => {
    const dir = tempDir();
    const demo = cli('demo', '--data-dir', dir);
    expect(demo.stderr).toBe('');
    expect(demo.code).toBe(0);
    const info = cli('info', '--data-dir', dir);
    expect(info.code).toBe(0);
    expect(info.stdout).toContain(path.join(dir, DATABASE_FILE));
    expect(Number(/experts: (\d+)/.exec(info.stdout)?.[1])).toBeGreaterThan(0);
    expect(Number(/nominations: (\d+)/.exec(info.stdout)?.[1])).toBeGreaterThan(0);
    expect(info.stdout).toMatch(/schema version: \d+/);
  });

  it('gives identical data for the same seed, in the same folder or another, and different data for another seed', () => {
    const a = tempDir();
    const b = tempDir();
    const c = tempDir();
    cli('demo', '--data-dir', a, '--seed', '7');
    const first = digest(cli('info', '--data-dir', a).stdout);
    expect(cli('demo', '--data-dir', a, '--seed', '7').code).toBe(0);
    expect(digest(cli('info', '--data-dir', a).stdout)).toBe(first);
    cli('demo', '--data-dir', b, '--seed', '7');
    expect(digest(cli('info', '--data-dir', b).stdout)).toBe(first);
    cli('demo', '--data-dir', c, '--seed', '8');
    expect(digest(cli('info', '--data-dir', c).stdout)).not.toBe(first);
  });

  it('verifies the audit chain, and fails after a row is edited by hand', () => {
    const dir = tempDir();
    cli('demo', '--data-dir', dir);
    const good = cli('audit', 'verify', '--data-dir', dir);
    expect(good.code).toBe(0);
    expect(good.stdout).toContain('audit log OK');

    const Sqlite = loadSqlite();
    const db = new Sqlite(path.join(dir, DATABASE_FILE));
    db.exec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET actor = 'someone-else' WHERE seq = 1;");
    db.close();
    const bad = cli('audit', 'verify', '--data-dir', dir);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('audit log check FAILED');
    expect(bad.stderr).toContain('row 1');
  });

  it.each([
    [['frobnicate'], 'unknown command'],
    [[], 'missing command'],
    [['demo', '--data-dir'], 'argument missing'],
    [['demo', '--seed', 'abc', '--data-dir', '/tmp/x-never-made'], 'non-negative integer'],
    [['info', '--bogus'], "Unknown option '--bogus'"],
  ])('exits 2 on bad usage %j', (args, message) => {
    const r = cli(...args);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
  });
});
