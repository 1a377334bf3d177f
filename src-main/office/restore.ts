import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { RestoreView } from '../../src-shared/api/ops/backup';
import { auditSubject } from '../../src-shared/audit/subjects';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import type { ServiceContext } from '../services/context';
import { copyDatabase, fileStamp } from '../store/database-copy';
import { privateFile, privateFolder } from '../store/private-files';
import { Store } from '../store/store';
import { inspectDatabaseFile, parseSha256Line, sha256FileName, sha256OfFile } from './backup-file';
import { backupsFolder, freeName } from './backup';

const SIDECARS = ['-wal', '-shm', '-journal'];
const removeWithSidecars = (file: string) => ['', ...SIDECARS].forEach((s) => fs.rmSync(file + s, { force: true }));

/**
 * Replaces the database with a backup:
 * 1. the backup is copied into the data folder and every check runs on that copy (the file on the stick could change
 *    between a check and its use): its SHA-256 against the `.sha256` file beside it when there is one, then SQLite's
 *    integrity check, this app's schema not newer than the app's, and the audit chain (office/backup-file.ts);
 * 2. the current database is copied aside (`backups/before-restore-<instant>.sqlite` in the data folder);
 * 3. the store is closed, the checked copy renamed over the database file, and the store opened again in `ctx`;
 * 4. the restore is the first row written in the restored database (`backup.restore`, after the backup's head).
 * A refusal in step 1 leaves the current database exactly as it was: not even a refusal row is written into it, so
 * "unchanged" holds to the byte.
 */
export function restoreBackup(ctx: ServiceContext, file: string): Result<RestoreView> {
  const source = path.resolve(file);
  const label = path.basename(source);
  if (!fs.existsSync(source) || !fs.statSync(source).isFile()) {
    return err('backup-not-found', `找不到备份文件 ${source}`, `No backup file at ${source}`);
  }
  if (source === path.resolve(ctx.store.databasePath)) {
    return err('backup-is-live-database', '不能从正在使用的数据库文件恢复，请选择一个备份文件', 'Cannot restore from the database file in use; choose a backup file');
  }
  const incoming = path.join(ctx.store.dataDir, `.restore-${randomBytes(4).toString('hex')}.sqlite`);
  try {
    fs.copyFileSync(source, incoming, fs.constants.COPYFILE_EXCL);
    privateFile(incoming);
    const sha256 = sha256OfFile(incoming);
    const sum = checkSha256File(source, label, sha256);
    if (isErr(sum)) return sum;
    const facts = inspectDatabaseFile(incoming, label);
    if (isErr(facts)) return facts;
    for (const s of SIDECARS) fs.rmSync(incoming + s, { force: true });

    privateFolder(backupsFolder(ctx));
    const keptName = freeName(backupsFolder(ctx), `before-restore-${fileStamp(ctx.now())}.sqlite`);
    const kept = path.join(backupsFolder(ctx), keptName);
    copyDatabase(ctx.store.db, kept);
    const swapped = swapDatabase(ctx, incoming, kept);
    if (isErr(swapped)) return swapped;

    const view: RestoreView = { file: source, sha256, keptCopy: `backups/${keptName}`, ...facts.value };
    ctx.store.transaction(() => {
      ctx.store.audit({
        actor: ctx.actor,
        action: 'backup.restore',
        subject: auditSubject.file(label),
        details: { sha256, keptCopy: view.keptCopy, auditHeadHash: view.auditHeadHash, schemaVersion: view.schemaVersion },
      });
      return ok(undefined);
    });
    return ok(view);
  } finally {
    removeWithSidecars(incoming);
  }
}

/** The `.sha256` file beside a backup, when there is one, must name the backup's hash. */
function checkSha256File(source: string, label: string, sha256: string): Result<void> {
  const sumFile = path.join(path.dirname(source), sha256FileName(label));
  if (!fs.existsSync(sumFile)) return ok();
  const expected = parseSha256Line(fs.readFileSync(sumFile, 'utf8'));
  if (!expected) {
    return err('backup-sha256-unreadable', `校验文件 ${path.basename(sumFile)} 无法读取（应为 sha256sum 格式）。当前数据未作任何改动。`, `The checksum file ${path.basename(sumFile)} cannot be read (sha256sum format expected). The current data was not changed.`);
  }
  if (expected !== sha256) {
    return err(
      'backup-sha256-mismatch',
      `备份文件“${label}”与其校验文件不符（文件已损坏或被改动）。当前数据未作任何改动。`,
      `The backup "${label}" does not match its checksum file (it is damaged or was altered). The current data was not changed.`,
    );
  }
  return ok();
}

/**
 * Closes the store, puts the checked file in the database's place and opens the store again into `ctx`: every door
 * (IPC, loopback, CLI) holds the one context object and reads `ctx.store` per call, so all of them go on with the
 * restored database. Should the restored file not open (a migration of an older schema failing), the kept copy is
 * put back and opened instead.
 */
function swapDatabase(ctx: ServiceContext, incoming: string, kept: string): Result<void> {
  const { dataDir, databasePath, now } = ctx.store;
  ctx.store.db.pragma('wal_checkpoint(TRUNCATE)');
  ctx.store.close();
  for (const s of SIDECARS) fs.rmSync(databasePath + s, { force: true });
  fs.renameSync(incoming, databasePath);
  const reopened = Store.open(dataDir, now);
  if (reopened.ok) {
    ctx.store = reopened.value;
    return ok();
  }
  removeWithSidecars(databasePath);
  fs.copyFileSync(kept, databasePath);
  const back = Store.open(dataDir, now);
  if (!back.ok) throw new Error(`restore: neither the backup nor the kept copy ${kept} opens: ${back.error.message.en}`);
  ctx.store = back.value;
  return err(
    'restore-open-failed',
    `备份通过了校验，但无法打开（${reopened.error.message.zh}）；已换回恢复前的数据。`,
    `The backup passed its checks but cannot be opened (${reopened.error.message.en}); the data from before the restore is back in place.`,
  );
}
