import { sizeText } from '../../src-shared/api/bytes';
import { IMPORT_LIMITS } from '../../src-shared/api/limits';
import { err, ok, type Result } from '../../src-shared/result';
import { echo } from '../../src-shared/text/echo';
import { damagedWorkbook, tooManyRows, unreadableWorkbook } from './messages';
import { SheetRowCounter } from './sheet-rows';
import { inflateEntry, readZipDirectory, type ZipEntry } from './zip-directory';

export type XlsxLimits = Record<'totalBytes' | 'entryBytes' | 'rows' | 'entries', number>;

// The parts exceljs reads as worksheets (its own pattern), so every sheet it would parse is counted here first.
const WORKSHEET = /xl\/worksheets\/sheet(\d+)[.]xml/;
const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';

const partName = (e: ZipEntry) => e.name.replace(/^\//, '');

/**
 * Everything an xlsx may cost is checked here, before exceljs reads it: the directory's declared sizes against
 * `limits` (nothing inflated yet), then every part inflated piece by piece and dropped, refused as soon as it
 * inflates to more than it declared, and every worksheet's rows counted, refused as soon as one passes the row
 * limit. Memory stays at the pieces in flight, whatever the file declares or holds.
 */
export async function checkXlsxBounds(bytes: Buffer, file: string, limits: XlsxLimits = IMPORT_LIMITS): Promise<Result<void>> {
  const dir = readZipDirectory(bytes, limits.entries);
  if (!dir.ok) {
    if (dir.why === 'encrypted') return unreadableWorkbook(file, '压缩包设了密码', 'the zip is encrypted');
    if (dir.why === 'too-many-entries') {
      return unreadableWorkbook(file, `压缩包里的文件超过 ${limits.entries} 个，不是普通的 Excel 工作簿`, `the zip holds more than ${limits.entries} parts, which no ordinary workbook does`);
    }
    return damagedWorkbook(file);
  }
  const declared = checkDeclaredSizes(dir.entries, file, limits);
  if (!declared.ok) return declared;

  const byName = new Map(dir.entries.map((e) => [partName(e), e]));
  const names = await sheetNames(bytes, byName.get(WORKBOOK), byName.get(WORKBOOK_RELS));
  if (!names) return damagedWorkbook(file);
  for (const entry of dir.entries) {
    const name = partName(entry);
    if (name === WORKBOOK || name === WORKBOOK_RELS) continue; // read above
    const counter = WORKSHEET.test(name) ? new SheetRowCounter(limits.rows) : undefined;
    const inflated = await inflateEntry(bytes, entry, (piece) => counter?.feed(piece) ?? 'go');
    if (inflated === 'damaged') return damagedWorkbook(file);
    if (inflated === 'larger-than-declared') return largerThanDeclared(file, entry);
    const rows = counter?.result();
    if (rows?.over) {
      const sheet = echo(names.get(name) ?? name);
      if (rows.declared !== undefined) return declaredTooManyRows(file, sheet, rows.declared, rows.lastRow, limits.rows);
      return tooManyRows(file, { zh: `的工作表“${sheet}”`, en: `, sheet "${sheet}",` }, limits.rows);
    }
  }
  return ok();
}

function checkDeclaredSizes(entries: readonly ZipEntry[], file: string, limits: XlsxLimits): Result<void> {
  const total = entries.reduce((sum, e) => sum + e.uncompressedSize, 0);
  if (total > limits.totalBytes) {
    return err(
      'file-too-large',
      `“${file}”解压后共 ${sizeText(total)}，超过可导入的 ${sizeText(limits.totalBytes)} 上限，未读取任何数据；请删除多余的工作表、行或图片，或分成几个文件导入`,
      `"${file}" inflates to ${sizeText(total)}, more than the ${sizeText(limits.totalBytes)} an import may hold; nothing was read. Delete extra sheets, rows or pictures, or import the data as several files`,
    );
  }
  const big = entries.find((e) => e.uncompressedSize > limits.entryBytes);
  if (big) {
    return err(
      'file-too-large',
      `“${file}”中的“${echo(big.name)}”解压后为 ${sizeText(big.uncompressedSize)}，超过单个部分 ${sizeText(limits.entryBytes)} 的上限，未读取任何数据`,
      `"${file}": its part "${echo(big.name)}" inflates to ${sizeText(big.uncompressedSize)}, more than the ${sizeText(limits.entryBytes)} one part may hold; nothing was read`,
    );
  }
  return ok();
}

function largerThanDeclared(file: string, entry: ZipEntry) {
  return err(
    'file-damaged',
    `“${file}”中的“${echo(entry.name)}”解压后比它声明的 ${sizeText(entry.uncompressedSize)} 更大：文件已损坏或被改动过，未读取任何数据`,
    `"${file}": its part "${echo(entry.name)}" inflates to more than the ${sizeText(entry.uncompressedSize)} it declares: the file is damaged or was tampered with; nothing was read`,
  );
}

function declaredTooManyRows(file: string, sheet: string, ref: string, lastRow: number, limit: number) {
  const rows = lastRow.toLocaleString('en');
  return err(
    'too-many-rows',
    `“${file}”的工作表“${sheet}”声明的范围是 ${echo(ref)}（到第 ${rows} 行），超过 ${limit.toLocaleString('en')} 行的上限，未读取任何数据；如果表格下方是空行，请在 Excel 中删除这些行后保存再导入，或分成几个文件导入`,
    `"${file}", sheet "${sheet}", declares the range ${echo(ref)} (to row ${rows}), more than the limit of ${limit.toLocaleString('en')} rows; nothing was read. If the rows below the table are blank, delete them in Excel and save before importing, or import the data as several files`,
  );
}

/**
 * Worksheet part → the sheet's name as staff see it on its tab, from the workbook and its relationships; undefined
 * when either is damaged.
 */
async function sheetNames(bytes: Buffer, workbook?: ZipEntry, rels?: ZipEntry): Promise<Map<string, string> | undefined> {
  const names = new Map<string, string>();
  if (!workbook || !rels) return names; // exceljs will find no sheets, and the reader says so
  const [workbookXml, relsXml] = [await inflateText(bytes, workbook), await inflateText(bytes, rels)];
  if (workbookXml === undefined || relsXml === undefined) return undefined;
  const targets = new Map<string, string>();
  for (const tag of relsXml.match(/<(?:\w+:)?Relationship\s[^>]*>/g) ?? []) {
    const id = attribute(tag, 'Id');
    const target = attribute(tag, 'Target');
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const tag of workbookXml.match(/<(?:\w+:)?sheet\s[^>]*>/g) ?? []) {
    const name = attribute(tag, 'name');
    const target = targets.get(attribute(tag, '(?:\\w+:)?id') ?? '');
    if (name && target) names.set(target, name);
  }
  return names;
}

/** A small part (the workbook, its relationships) as text; undefined when it does not inflate as declared. */
async function inflateText(bytes: Buffer, entry: ZipEntry): Promise<string | undefined> {
  const pieces: Buffer[] = [];
  const inflated = await inflateEntry(bytes, entry, (piece) => (pieces.push(piece), 'go'));
  return inflated === 'ok' ? Buffer.concat(pieces).toString('utf8') : undefined;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function attribute(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(tag);
  if (!m) return undefined;
  return (m[1] ?? m[2]).replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, ref: string) => {
    if (ref[0] !== '#') return ENTITIES[ref] ?? whole;
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return cp <= 0x10ffff ? String.fromCodePoint(cp) : whole;
  });
}
