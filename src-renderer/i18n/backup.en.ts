import type { backupZhCN } from './backup.zh-CN';

export const backupEn: typeof backupZhCN = {
  nav: 'Backup and restore',
  heading: 'Backup and restore',
  intro: 'The studio register, the subsidy ledger and the audit log are records the office answers for. Back the database up regularly to a USB stick or another disk, and keep it safe.',
  contents: 'A backup holds the database only; attachment scans (the attachments folder) and this device\'s key (the keys folder) stay in the data folder.',
  create: {
    heading: 'Back up to a folder',
    hint: 'The backup is made and checked on this computer first (database integrity, the audit log\'s hash chain), then copied to the folder, read back and compared, and a .sha256 checksum file written beside it.',
    folder: 'Destination folder path',
    folderPlaceholder: 'e.g. E:\\backups',
    run: 'Back up',
    running: 'Making, writing and checking the backup…',
    done: 'Backup written to {{file}}; the stick can be removed safely.',
    details: 'SHA-256 {{sha256}} · {{bytes}} bytes · audit log {{entries}} entries',
  },
  last: {
    never: 'No backup made yet.',
    at: 'Last backup: {{at}}, file {{file}}',
  },
  restore: {
    heading: 'Restore from a backup',
    hint: 'The backup file is checked first (its .sha256 checksum file, database integrity, schema version, audit log); if any check fails the current data is not changed.',
    file: 'Backup file path',
    filePlaceholder: 'e.g. E:\\backups\\studio-review-2026-20261125T013045Z.sqlite',
    run: 'Restore from this backup…',
    confirmTitle: 'Replace the current data with the backup?',
    confirmContent: 'A whole copy of the current data is kept first (before-restore-….sqlite in the data folder\'s backups folder), then the data is replaced by the backup\'s. Changes made after the backup will not be in the restored data, but can be found in that copy.',
    confirmOk: 'Restore',
    done: 'Restored from {{file}}. The data from before is kept as {{kept}}. The page will reload.',
  },
  reminder: {
    never: 'No backup of the data has been made yet. The studio register and the subsidy ledger are records the office answers for: back up soon.',
    'older-than-a-week': 'The last backup is more than 7 days old ({{at}}): back up again.',
    'proposals-since-backup': 'The year {{year}} has new proposed lists that are not yet published: back up before publishing.',
    go: 'Back up',
  },
};
