import { err, type Message } from '../../src-shared/result';

export function idMessage(v: string): Message {
  return {
    zh: `编号只能包含字母、数字和 . _ -（不超过 40 个字符）：${v}`,
    en: `an id may contain only letters, digits and . _ - (at most 40 characters): ${v}`,
  };
}

export function unknownTitle(title: string): Message {
  return {
    zh: `职称“${title}”不在职称表中，请使用标准名称（如 教授、主任医师、正高级工程师；见模板“填写说明”）`,
    en: `title "${title}" is not in the title dictionary; use a standard title (e.g. 教授, 主任医师, 正高级工程师)`,
  };
}

/** A file that is not a spreadsheet this app reads, with why; every such message names the file. */
export function notWorkbook(file: string, whyZh: string, whyEn: string) {
  return err(
    'not-a-spreadsheet',
    `“${file}”不是可导入的表格文件：${whyZh}。请使用 Excel 工作簿（.xlsx）或 CSV 文件`,
    `"${file}" is not a spreadsheet that can be imported: ${whyEn}. Use an Excel workbook (.xlsx) or a CSV file`,
  );
}

/** A zip that cannot be read as a workbook, with why (for any workbook import: tables and the title dictionary). */
export function unreadableWorkbook(file: string, whyZh: string, whyEn: string) {
  return err('not-a-spreadsheet', `“${file}”无法读取：${whyZh}`, `"${file}" cannot be read: ${whyEn}`);
}

export function damagedWorkbook(file: string) {
  return unreadableWorkbook(
    file,
    '文件已损坏（可能没有复制或下载完整），或不是 Excel 工作簿（.xlsx）',
    'it is damaged (perhaps copied or downloaded only in part), or it is not an Excel workbook (.xlsx)',
  );
}

const count = (n: number) => n.toLocaleString('en');

/** A sheet or CSV file over `IMPORT_LIMITS.rows`; `where` names the sheet ('' for a CSV file). */
export function tooManyRows(file: string, where: Message, limit: number) {
  return err(
    'too-many-rows',
    `“${file}”${where.zh}超过 ${count(limit)} 行的上限（标题行、表头和带格式的空行也算在内），未读取任何数据；请删除多余的行，或分成几个文件导入`,
    `"${file}"${where.en} has more than the limit of ${count(limit)} rows (title and header rows and formatted blank rows count too); nothing was read. Delete the extra rows, or import the data as several files`,
  );
}
