import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/temp-dir';
import { CLI_PROCESS_TIMEOUT } from '../../tests/helpers/timeouts';
import { sha256Hex } from '../../src-shared/sha256';
import { DATABASE_FILE } from '../store/store';

const BIN = path.resolve(__dirname, '../../bin/studio-review.cjs');

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', timeout: CLI_PROCESS_TIMEOUT });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

const digestLine = (dataDir: string) => /data digest: ([0-9a-f]{64})/.exec(cli('info', '--data-dir', dataDir).stdout)![1];
const databaseSha = (dataDir: string) => sha256Hex(fs.readFileSync(path.join(dataDir, DATABASE_FILE)));

describe('studio-review backup and restore', () => {
  it('backs up to a folder, and restores it after the data changed', () => {
    const data = tempDir();
    const stick = tempDir();
    expect(cli('demo', '--data-dir', data, '--seed', '5').code).toBe(0);
    const backedUpDigest = digestLine(data);

    const b = cli('backup', '--data-dir', data, '--out', stick);
    expect(b.stderr).toBe('');
    expect(b.code).toBe(0);
    const file = /backup written and verified: (.+)$/m.exec(b.stdout)![1];
    const name = path.basename(file);
    expect(name).toMatch(/^studio-review-\d{4}-\d{8}T\d{6}Z\.sqlite$/);
    expect(fs.readdirSync(stick).sort()).toEqual([name, `${name}.sha256`]);
    // The checksum file is in sha256sum's own format: the standard tool checks the backup without the app.
    const check = spawnSync('sha256sum', ['-c', `${name}.sha256`], { cwd: stick, encoding: 'utf8' });
    expect(check.stdout).toBe(`${name}: OK\n`);
    expect(cli('backup', 'status', '--data-dir', data).stdout).toContain(`last backup: `);

    expect(cli('demo', '--data-dir', data, '--seed', '6').code).toBe(0);
    expect(digestLine(data)).not.toBe(backedUpDigest);

    const r = cli('restore', file, '--data-dir', data);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const kept = /the data from before is kept as: (backups\/before-restore-.+\.sqlite)$/m.exec(r.stdout)![1];
    expect(fs.existsSync(path.join(data, kept))).toBe(true);
    expect(digestLine(data)).toBe(backedUpDigest);
    const audit = cli('audit', 'verify', '--data-dir', data);
    expect(audit.code).toBe(0);
  });

  it('refuses a damaged backup with exit 1 and its message, leaving the database as it was', () => {
    const data = tempDir();
    const stick = tempDir();
    expect(cli('demo', '--data-dir', data, '--seed', '5').code).toBe(0);
    const file = /backup written and verified: (.+)$/m.exec(cli('backup', '--data-dir', data, '--out', stick).stdout)![1];
    const bytes = fs.readFileSync(file);
    bytes[bytes.length - 100] ^= 0xff;
    fs.writeFileSync(file, bytes);
    const before = databaseSha(data);

    const r = cli('restore', file, '--data-dir', data);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('与其校验文件不符');
    expect(r.stderr).toContain('does not match its checksum file');
    expect(r.stderr).toContain('The current data was not changed');
    expect(databaseSha(data)).toBe(before);
    // No copy kept aside either: nothing was replaced.
    expect(fs.readdirSync(path.join(data, 'backups'))).toEqual([]);
  });

  it('says what is missing: the folder to back up to, the file to restore', () => {
    const data = tempDir();
    expect(cli('backup', '--data-dir', data).code).toBe(2);
    expect(cli('restore', '--data-dir', data).code).toBe(2);
    const gone = cli('backup', '--data-dir', data, '--out', path.join(data, 'no-such-stick'));
    expect(gone.code).toBe(1);
    expect(gone.stderr).toContain('不是一个文件夹');
  });
});
