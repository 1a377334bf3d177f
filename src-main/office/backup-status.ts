import { BACKUP_DUE_DAYS, type BackupDueReason, type BackupStatus } from '../../src-shared/api/ops/backup';
import { auditDetails } from '../../src-shared/audit/catalog';
import type { ServiceContext } from '../services/context';
import { readSettings } from '../services/settings';

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The last backup is the newest `backup.create` row of the audit log (no table of its own: the log already says
 * when, where and what). After a restore that is the newest one inside the restored backup.
 */
function lastBackup({ store }: ServiceContext): BackupStatus['last'] {
  const row = store.db.prepare("SELECT at, subject, details FROM audit_log WHERE action = 'backup.create' ORDER BY seq DESC LIMIT 1").get() as
    | { at: string; subject: string; details: string }
    | undefined;
  if (!row) return null;
  const { sha256 } = auditDetails('backup.create', JSON.parse(row.details));
  return { at: row.at, file: row.subject.replace(/^file:/, ''), sha256 };
}

/** When the year's newest proposed list arrived: a result bundle taken in, or a session signed on this computer. */
function lastProposalAt({ store }: ServiceContext, year: number): string | undefined {
  const imported = store.first(store.q.selectFrom('imported_bundles').select((eb) => eb.fn.max('imported_at').as('at')).where('year', '=', year))?.at;
  const signed = store.first(
    store.q
      .selectFrom('scoring_sessions')
      .select((eb) => eb.fn.max('signed_at').as('at'))
      .where('year', '=', year)
      .where('role', '=', 'coordinator'),
  )?.at;
  return [imported, signed].filter((a): a is string => !!a).sort().at(-1);
}

/**
 * Whether the dashboard should remind the office to back up, with the first reason that holds: never backed up; the
 * last backup more than 7 days old; or the selection year has a proposed list newer than the last backup and is not
 * yet published (the list and the decisions about to be taken are what a lost disk would cost).
 */
export function backupStatus(ctx: ServiceContext): BackupStatus {
  const { year } = readSettings(ctx);
  const last = lastBackup(ctx);
  const status = (reason: BackupDueReason | null): BackupStatus => ({ last, due: reason !== null, reason, year });
  if (!last) return status('never');
  if (ctx.now().getTime() - Date.parse(last.at) > BACKUP_DUE_DAYS * DAY_MS) return status('older-than-a-week');
  const published = ctx.store.first(ctx.store.q.selectFrom('publications').select('year').where('year', '=', year));
  const proposed = lastProposalAt(ctx, year);
  if (!published && proposed && proposed > last.at) return status('proposals-since-backup');
  return status(null);
}
