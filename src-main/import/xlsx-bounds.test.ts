import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { IMPORT_LIMITS } from '../../src-shared/api/limits';
import { EXPERT_TABLE } from '../../src-shared/import/columns';
import type { Result } from '../../src-shared/result';
import { bombSheet, rowsSheet, workbookParts, xlsxOf, zipOf } from '../testing/hostile-xlsx';
import { readTableBytes } from './read-table';
import { checkXlsxBounds } from './xlsx-bounds';

const MB = 1024 * 1024;

function refusal(r: Result<unknown>) {
  if (r.ok) throw new Error('expected a refusal');
  return r.error;
}

const read = (bytes: Buffer, name = 'pool.xlsx') => readTableBytes(bytes, name, EXPERT_TABLE);

describe('an xlsx is refused before it is parsed when it would cost too much', () => {
  test('a small file declaring a huge sheet: refused from the directory alone, naming both sizes', async () => {
    const bytes = xlsxOf(rowsSheet(3), 400 * MB);
    expect(bytes.length).toBeLessThan(4096);
    const e = refusal(await read(bytes));
    expect(e.code).toBe('file-too-large');
    expect(e.message.zh).toBe('“pool.xlsx”解压后共 400 MB，超过可导入的 50 MB 上限，未读取任何数据；请删除多余的工作表、行或图片，或分成几个文件导入');
    expect(e.message.en).toContain('inflates to 400 MB, more than the 50 MB an import may hold');
  });

  test('a zip bomb like the issue’s (1.3 MB that inflate to 400 MB of rows), honestly declared', async () => {
    const bytes = xlsxOf(bombSheet(400));
    expect(bytes.length).toBeLessThan(2 * MB);
    expect(refusal(await read(bytes)).code).toBe('file-too-large');
  });

  test('the same bomb declaring 1 KB: stopped once it inflates past what it declared', async () => {
    const e = refusal(await read(xlsxOf(bombSheet(400), 1024)));
    expect(e.code).toBe('file-damaged');
    expect(e.message.zh).toContain('“xl/worksheets/sheet1.xml”解压后比它声明的 1 KB 更大');
  });

  test('one part over the per-part limit is named', async () => {
    const limits = { ...IMPORT_LIMITS, entryBytes: 1000 };
    const e = refusal(await checkXlsxBounds(xlsxOf(rowsSheet(50)), 'pool.xlsx', limits));
    expect(e.code).toBe('file-too-large');
    expect(e.message.zh).toMatch(/^“pool.xlsx”中的“xl\/worksheets\/sheet1.xml”解压后为 .* KB，超过单个部分 1000 bytes 的上限/);
  });

  test('more rows than the limit: refused naming the sheet; the limit itself passes', async () => {
    const e = refusal(await read(xlsxOf(rowsSheet(IMPORT_LIMITS.rows + 1), undefined, '专家名单')));
    expect(e.code).toBe('too-many-rows');
    expect(e.message.zh).toBe(
      '“pool.xlsx”的工作表“专家名单”超过 100,000 行的上限（标题行、表头和带格式的空行也算在内），未读取任何数据；请删除多余的行，或分成几个文件导入',
    );
    expect(e.message.en).toContain('"pool.xlsx", sheet "专家名单", has more than the limit of 100,000 rows');
    expect((await checkXlsxBounds(xlsxOf(rowsSheet(IMPORT_LIMITS.rows)), 'pool.xlsx')).ok).toBe(true);
  });

  test('a highly compressible sheet of many rows (1 MB → 30 MB) is stopped by its rows, well within the size limit', async () => {
    const bytes = xlsxOf(bombSheet(30));
    expect(bytes.length).toBeLessThan(MB);
    expect(refusal(await read(bytes)).code).toBe('too-many-rows');
  });

  test('a sheet declaring a range past the limit is refused with the range, before its rows are read', async () => {
    const e = refusal(await read(xlsxOf(rowsSheet(3, 'A1:O1048576'))));
    expect(e.code).toBe('too-many-rows');
    expect(e.message.zh).toContain('工作表“专家库”声明的范围是 A1:O1048576（到第 1,048,576 行），超过 100,000 行的上限');
    expect(e.message.zh).toContain('删除这些行后保存');
  });

  test('a zip of more parts than any workbook has', async () => {
    const parts = [...workbookParts(rowsSheet(1)), ...Array.from({ length: 20 }, (_, i) => ({ name: `xl/media/image${i}.png`, content: 'x' }))];
    const limits = { ...IMPORT_LIMITS, entries: 10 };
    expect(refusal(await checkXlsxBounds(zipOf(parts), 'pool.xlsx', limits)).message.zh).toContain('压缩包里的文件超过 10 个');
  });

  test('an ordinary workbook passes, and its sheets load', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(['专家编号', '姓名', '性别', '工作单位', '单位代码', '单位类型', '职称', '行业']);
    ws.addRow(['E1', '张三', '男', '郑州大学', 'U1', '高校', '教授', '教育']);
    const r = await read(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(r.ok && r.value.rows.map((x) => x.cells[1])).toEqual(['张三']);
  });
});

describe('a CSV file is bounded the same way', () => {
  const header = '专家编号,姓名,性别,工作单位,单位代码,单位类型,职称,行业\n';

  test('more records than the limit: refused, without building them all', async () => {
    const e = refusal(await read(Buffer.from(header + 'E1,张三\n'.repeat(IMPORT_LIMITS.rows)), 'pool.csv'));
    expect(e.code).toBe('too-many-rows');
    expect(e.message.zh).toMatch(/^“pool.csv”超过 100,000 行的上限/);
    expect((await read(Buffer.from(header + 'E1,张三\n'.repeat(IMPORT_LIMITS.rows - 1)), 'pool.csv')).ok).toBe(true);
  });

  test('a file over the size limit', async () => {
    const e = refusal(await read(Buffer.alloc(IMPORT_LIMITS.totalBytes + 10 * MB, 'a'), 'pool.csv'));
    expect(e.code).toBe('file-too-large');
    expect(e.message.en).toBe('"pool.csv" is 60 MB, more than the 50 MB an import may hold; nothing was read. Import the data as several files');
  });
});
