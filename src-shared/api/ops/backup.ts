import { z } from 'zod';
import { operation } from '../operation';

/**
 * Backups of the database to a folder (a USB stick) and restoring from one: the register and the ledger are
 * records the office answers for. See src-main/office/backup.ts and restore.ts.
 */

export interface BackupView {
  /** The backup's full path on the destination, and its file name (studio-review-<year>-<instant>.sqlite). */
  file: string;
  name: string;
  /** SHA-256 of the file, also written beside it as `<name>.sha256` in `sha256sum` format. */
  sha256: string;
  bytes: number;
  schemaVersion: number;
  /** The head of the audit chain inside the backup (the `backup.create` row itself comes after it). */
  auditHeadHash: string;
  auditEntries: number;
  createdAt: string;
}

export interface RestoreView {
  /** The backup file restored from, and its SHA-256. */
  file: string;
  sha256: string;
  /** The copy of the database as it was before, kept in the data folder (backups/before-restore-….sqlite). */
  keptCopy: string;
  /** The backup's schema version, and the app's after the restored database was opened (migrated if older). */
  schemaVersion: number;
  auditHeadHash: string;
}

/**
 * Why a backup is due: none was ever made; the last is more than 7 days old; or the selection year has proposed
 * lists (a result bundle taken in, or a session signed here) that are not yet published and none was made since.
 */
export type BackupDueReason = 'never' | 'older-than-a-week' | 'proposals-since-backup';

export interface BackupStatus {
  last: { at: string; file: string; sha256: string } | null;
  due: boolean;
  reason: BackupDueReason | null;
  /** The selection year the proposal rule looked at. */
  year: number;
}

/** Days after which a backup is due again. */
export const BACKUP_DUE_DAYS = 7;

const path = z.string().trim().min(1).max(4000);

export const backupOperations = {
  'backup.create': operation<BackupView>()(z.object({ folder: path }).strict()),
  'backup.restore': operation<RestoreView>()(z.object({ file: path }).strict()),
  'backup.status': operation<BackupStatus>()(z.object({}).strict()),
};
