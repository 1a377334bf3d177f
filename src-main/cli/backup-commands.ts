import { call } from '../api/dispatch';
import { dataDir, positional, required } from './args';
import type { ParsedArgs } from './commands';
import { EXIT, unwrap, withContext } from './context';

/** `backup`, `restore` and `backup status`: the same operations as the office's 备份与恢复 page. */


export async function backup(args: ParsedArgs): Promise<number> {
  const out = required(args, 'out');
  return withContext(dataDir(args), async (ctx) => {
    const b = unwrap(await call(ctx, 'backup.create', { folder: out }));
    console.log(
      [
        `备份已写入并核验 / backup written and verified: ${b.file}`,
        `SHA-256: ${b.sha256}  (${b.name}.sha256)`,
        `大小 / bytes: ${b.bytes}`,
        `数据库版本 / schema version: ${b.schemaVersion}`,
        `审计日志 / audit log: ${b.auditEntries} entries, head ${b.auditHeadHash}`,
      ].join('\n'),
    );
    return EXIT.ok;
  });
}

export async function restore(args: ParsedArgs): Promise<number> {
  const file = positional(args, 1, '备份文件 / the backup file');
  return withContext(dataDir(args), async (ctx) => {
    const r = unwrap(await call(ctx, 'backup.restore', { file }));
    console.log(
      [
        `已从备份恢复 / restored from: ${r.file}`,
        `SHA-256: ${r.sha256}`,
        `恢复前的数据已保存为 / the data from before is kept as: ${r.keptCopy}`,
        `审计日志 / audit log: head of the backup ${r.auditHeadHash}, then the restore's own row`,
      ].join('\n'),
    );
    return EXIT.ok;
  });
}

export async function backupStatus(args: ParsedArgs): Promise<number> {
  return withContext(dataDir(args), async (ctx) => {
    const s = unwrap(await call(ctx, 'backup.status'));
    console.log(s.last ? `上次备份 / last backup: ${s.last.at} ${s.last.file}` : '尚未备份 / never backed up');
    console.log(s.due ? `应当备份 / a backup is due: ${s.reason}` : '无需备份 / no backup due');
    return EXIT.ok;
  });
}
