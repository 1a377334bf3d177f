/** Strings of 办公室 → 备份与恢复 and the dashboard's backup reminder. */
export const backupZhCN = {
  nav: '备份与恢复',
  heading: '备份与恢复',
  intro: '工作室名录、补助经费台账和审计日志都是办公室要负责的记录。请定期把数据库备份到 U 盘或另一块硬盘，并妥善保管。',
  contents: '备份文件只包含数据库；附件扫描件（attachments 文件夹）和本机密钥（keys 文件夹）仍在本机数据文件夹中。',
  create: {
    heading: '备份到文件夹',
    hint: '程序先在本机生成备份并检查（数据库完整性、审计日志哈希链），再复制到目标文件夹、读回核对，最后写出同名的 .sha256 校验文件。',
    folder: '目标文件夹路径',
    folderPlaceholder: '例如：E:\\备份',
    run: '开始备份',
    running: '正在生成、写入并核验备份…',
    done: '备份已写入 {{file}}，可以安全拔出 U 盘。',
    details: 'SHA-256 {{sha256}} · {{bytes}} 字节 · 审计日志 {{entries}} 条',
  },
  last: {
    never: '尚未备份过。',
    at: '上次备份：{{at}}，文件 {{file}}',
  },
  restore: {
    heading: '从备份恢复',
    hint: '恢复前程序会先核验备份文件（.sha256 校验文件、数据库完整性、数据库版本、审计日志），任何一项不符都不会改动当前数据。',
    file: '备份文件路径',
    filePlaceholder: '例如：E:\\备份\\studio-review-2026-20261125T013045Z.sqlite',
    run: '从此备份恢复…',
    confirmTitle: '确定用备份替换当前数据？',
    confirmContent: '当前数据会先完整保存一份副本（数据文件夹 backups 下的 before-restore-….sqlite），然后替换为备份中的数据。备份之后所做的改动将不在恢复后的数据中，但可从该副本找回。',
    confirmOk: '恢复',
    done: '已从 {{file}} 恢复。恢复前的数据已保存为 {{kept}}。页面将重新载入。',
  },
  reminder: {
    never: '还没有备份过数据。工作室名录和经费台账是办公室要负责的记录，请尽快备份。',
    'older-than-a-week': '上次备份已超过 7 天（{{at}}），请再备份一次。',
    'proposals-since-backup': '{{year}} 年度已有新的拟入选名单，尚未发文公布，请在公布前备份一次。',
    go: '去备份',
  },
};
