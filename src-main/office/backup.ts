import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { BackupView } from '../../src-shared/api/ops/backup';
import { auditSubject } from '../../src-shared/audit/subjects';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import { destinationFolder } from '../bundle/export';
import { nodeIo, syncDir } from '../bundle/write-folder';
import type { ServiceContext } from '../services/context';
import { readSettings } from '../services/settings';
import { copyDatabase, fileStamp } from '../store/database-copy';
import { privateFile, privateFolder } from '../store/private-files';
import { inspectDatabaseFile, sha256FileName, sha256Line, sha256OfFile } from './backup-file';

/** The data folder's own place for copies of the database (the migrations' `before-schema-…` copies too). */
export const backupsFolder = (ctx: ServiceContext) => path.join(ctx.store.dataDir, 'backups');

/** studio-review-2026-20260601T080000Z.sqlite: the selection year and the instant, in UTC. */
export function backupFileName(year: number, at: Date): string {
  return `studio-review-${year}-${at.toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '')}.sqlite`;
}

/**
 * Backs the database up into `folder` (a USB stick, another disk):
 * 1. `VACUUM INTO` a file in the data folder's backups/ (local and private), checked there: SQLite's integrity check,
 *    the audit chain, the schema; its SHA-256 taken;
 * 2. copied into the folder under a temporary name and fsynced, read back and hashed again;
 * 3. the checksum file written beside it, both renamed to their final names, the folder fsynced;
 * 4. recorded as `backup.create`. The row comes after the copy (its sha256 cannot be inside the file it hashes), so
 *    the recorded `auditHeadHash` is the head of the chain inside the backup: the row just before this one.
 * Any failure removes what was written: under the final name there is a whole, checked backup or nothing.
 */
export function createBackup(ctx: ServiceContext, folder: string): Result<BackupView> {
  const dest = destinationFolder(folder);
  if (isErr(dest)) return dest;
  const createdAt = ctx.now();
  const local = path.join(backupsFolder(ctx), `.backup-${fileStamp(createdAt)}-${randomBytes(4).toString('hex')}.sqlite`);
  try {
    privateFolder(backupsFolder(ctx));
    copyDatabase(ctx.store.db, local);
    const facts = inspectDatabaseFile(local);
    if (isErr(facts)) {
      return err('backup-self-check-failed', `备份自检未通过，未写出备份：${facts.error.message.zh}`, `The backup failed its own check; nothing was written: ${facts.error.message.en}`);
    }
    const sha256 = sha256OfFile(local);
    const bytes = fs.statSync(local).size;
    const name = freeName(dest.value, backupFileName(readSettings(ctx).year, createdAt));
    const placed = placeCopy(local, dest.value, name, sha256, bytes);
    if (isErr(placed)) return placed;
    const view: BackupView = { file: placed.value, name, sha256, bytes, ...facts.value, createdAt: createdAt.toISOString() };
    ctx.store.transaction(() => {
      ctx.store.audit({
        actor: ctx.actor,
        action: 'backup.create',
        subject: auditSubject.file(name),
        details: { folder: dest.value, sha256, bytes, auditHeadHash: view.auditHeadHash, schemaVersion: view.schemaVersion },
      });
      return ok(undefined);
    });
    return ok(view);
  } finally {
    fs.rmSync(local, { force: true });
  }
}

/** A second copy in the same second gets -2, -3: a backup or a kept copy never overwrites another. */
export function freeName(dir: string, name: string): string {
  const taken = (n: string) => fs.existsSync(path.join(dir, n)) || fs.existsSync(path.join(dir, sha256FileName(n)));
  let candidate = name;
  for (let i = 2; taken(candidate); i += 1) candidate = name.replace(/\.sqlite$/, `-${i}.sqlite`);
  return candidate;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function placeCopy(local: string, dest: string, name: string, sha256: string, bytes: number): Result<string> {
  const need = bytes + 1024 * 1024;
  try {
    const free = nodeIo.freeBytes(dest);
    if (free < need) {
      return err('not-enough-space', `${dest} 空间不足：备份需要 ${mb(need)}，只剩 ${mb(free)}`, `Not enough space in ${dest}: the backup needs ${mb(need)}, ${mb(free)} are free`);
    }
  } catch (e) {
    return err('destination-unreadable', `无法读取 ${dest} 的剩余空间：${(e as Error).message}`, `Cannot read the free space of ${dest}: ${(e as Error).message}`);
  }
  const final = path.join(dest, name);
  const partial = `.${randomBytes(4).toString('hex')}.partial`;
  const temp = path.join(dest, name + partial);
  const tempSum = path.join(dest, sha256FileName(name) + partial);
  try {
    fs.copyFileSync(local, temp, fs.constants.COPYFILE_EXCL);
    fsyncFile(temp);
    privateFile(temp);
    if (sha256OfFile(temp) !== sha256) {
      removeQuietly(temp);
      return err('backup-copy-corrupt', `${dest} 上的副本读回校验不符，未留下备份，请换一个 U 盘或文件夹重试`, `The copy in ${dest} did not read back as written; no backup was left. Try another stick or folder`);
    }
    nodeIo.writeFile(tempSum, Buffer.from(sha256Line(sha256, name), 'utf8'));
    fs.renameSync(temp, final);
    fs.renameSync(tempSum, path.join(dest, sha256FileName(name)));
    syncDir(dest);
    return ok(final);
  } catch (e) {
    removeQuietly(temp);
    removeQuietly(tempSum);
    removeQuietly(final);
    const code = (e as NodeJS.ErrnoException).code ?? 'EIO';
    return err('write-failed', `写入 ${dest} 失败（${code}：${(e as Error).message}），未留下备份`, `Writing to ${dest} failed (${code}: ${(e as Error).message}); no backup was left`);
  }
}

function fsyncFile(file: string): void {
  const fd = fs.openSync(file, 'r+');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

function removeQuietly(file: string): void {
  try {
    fs.rmSync(file, { force: true });
  } catch {
    // Left for the person to delete: the message names no backup as written.
  }
}
