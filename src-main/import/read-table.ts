import fs from 'node:fs/promises';
import path from 'node:path';
import { sizeText } from '../../src-shared/api/bytes';
import { IMPORT_LIMITS } from '../../src-shared/api/limits';
import type { TableSpec } from '../../src-shared/import/columns';
import { decodeText, parseCsv } from '../../src-shared/import/csv';
import { gridSheet, locateTable, type ImportTable, type SheetSource } from '../../src-shared/import/table';
import { err, type Result } from '../../src-shared/result';
import { damagedWorkbook, notWorkbook, tooManyRows } from './messages';
import { hasZipEnd, loadSheets } from './xlsx-sheets';

type Sniffed = 'zip' | 'ole' | 'pdf' | 'text' | 'binary';

/** What the bytes are, whatever the file is called: staff rename files, and .xls/.docx/.pdf get mixed up. */
function sniff(bytes: Buffer): Sniffed {
  if (bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04) return 'zip';
  if (bytes.length >= 4 && bytes.readUInt32BE(0) === 0xd0cf11e0) return 'ole';
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  // Text has no NUL bytes, except UTF-16, which starts with a byte order mark.
  const head = bytes.subarray(0, 4096);
  const utf16 = (head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff);
  return utf16 || !head.includes(0) ? 'text' : 'binary';
}

const TEXT_EXTENSIONS = new Set(['.csv', '.txt', '.tsv']);

/**
 * Reads an .xlsx or .csv file and finds the table described by `spec`. Every expected failure (missing or
 * unreadable file, wrong type, no header, missing columns) is an err with a message naming the file.
 */
export async function readTable<F extends string>(filePath: string, spec: TableSpec<F>): Promise<Result<ImportTable<F>>> {
  const file = path.basename(filePath);
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(filePath);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return code === 'ENOENT'
      ? err('file-not-found', `找不到文件：${filePath}`, `File not found: ${filePath}`)
      : err('file-unreadable', `无法读取文件“${file}”（${code ?? String(e)}），文件可能正在被 Excel 打开`, `Cannot read "${file}" (${code ?? String(e)}); it may be open in Excel`);
  }
  return readTableBytes(bytes, filePath, spec);
}

/** The same as `readTable` for bytes already in memory (a file handed over by the renderer). */
export async function readTableBytes<F extends string>(bytes: Buffer, fileName: string, spec: TableSpec<F>): Promise<Result<ImportTable<F>>> {
  const file = path.basename(fileName);
  const ext = path.extname(fileName).toLowerCase();
  if (bytes.length === 0) return err('empty-file', `文件“${file}”是空的（0 字节）`, `"${file}" is empty (0 bytes)`);

  const kind = sniff(bytes);
  let sheets: SheetSource[];
  switch (kind) {
    case 'zip': {
      if (!hasZipEnd(bytes)) return damagedWorkbook(file);
      // Entry names are stored uncompressed, so the parts a zip holds can be seen in the raw bytes.
      if (!bytes.includes('xl/workbook.xml')) {
        return bytes.includes('word/document.xml')
          ? notWorkbook(file, '这是 Word 文档', 'it is a Word document')
          : notWorkbook(file, '压缩包里没有 Excel 工作簿', 'the zip holds no Excel workbook');
      }
      const loaded = await loadSheets(bytes, file);
      if (!loaded.ok) return loaded;
      sheets = loaded.value;
      break;
    }
    case 'ole':
      return err(
        'old-xls',
        `“${file}”是旧版 .xls 文件或设了密码的工作簿，请在 Excel 中“另存为”Excel 工作簿（.xlsx，不设密码）后再导入`,
        `"${file}" is an old .xls file or a password-protected workbook; save it in Excel as an .xlsx workbook without a password and import that`,
      );
    case 'pdf':
      return notWorkbook(file, '这是 PDF 文件', 'it is a PDF file');
    case 'text': {
      if (!TEXT_EXTENSIONS.has(ext)) {
        return notWorkbook(file, '内容是文本，可能只是改了扩展名；如果是 CSV，请把扩展名改回 .csv', 'its content is text, perhaps renamed; if it is a CSV file, name it .csv');
      }
      if (bytes.length > IMPORT_LIMITS.totalBytes) return csvTooLarge(file, bytes.length);
      const { text } = decodeText(bytes);
      const records = parseCsv(text, undefined, IMPORT_LIMITS.rows);
      if (records.length > IMPORT_LIMITS.rows) return tooManyRows(file, { zh: '', en: '' }, IMPORT_LIMITS.rows);
      sheets = [gridSheet(path.basename(file, path.extname(file)), records)];
      break;
    }
    default:
      return notWorkbook(file, '无法识别的文件类型', 'unknown file type');
  }
  return locateTable(sheets, spec);
}

function csvTooLarge(file: string, size: number) {
  return err(
    'file-too-large',
    `“${file}”有 ${sizeText(size)}，超过可导入的 ${sizeText(IMPORT_LIMITS.totalBytes)} 上限，未读取任何数据；请分成几个文件导入`,
    `"${file}" is ${sizeText(size)}, more than the ${sizeText(IMPORT_LIMITS.totalBytes)} an import may hold; nothing was read. Import the data as several files`,
  );
}
