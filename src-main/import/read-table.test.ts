import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXPERT_TABLE } from '../../src-shared/import/columns';
import { readTable, readTableBytes } from './read-table';
import { flattenCell } from './xlsx-sheets';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-read-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const header = ['专家编号', '姓名', '性别', '工作单位', '单位代码', '单位类型', '职称', '行业'];

describe('flattenCell shows what Excel shows', () => {
  test.each<[ExcelJS.CellValue, unknown]>([
    [null, ''],
    ['文本', '文本'],
    [42, 42],
    [true, true],
    [{ richText: [{ text: '郑州' }, { font: { bold: true }, text: '大学' }] }, '郑州大学'],
    [{ formula: 'A1&B1', result: '张三' } as ExcelJS.CellFormulaValue, '张三'],
    [{ formula: 'A1', result: { error: '#N/A' } } as unknown as ExcelJS.CellFormulaValue, '#N/A'],
    [{ sharedFormula: 'A1', result: 7 } as unknown as ExcelJS.CellValue, 7],
    [{ text: 'zhang@zzu.edu.cn', hyperlink: 'mailto:zhang@zzu.edu.cn' }, 'zhang@zzu.edu.cn'],
    [{ text: { richText: [{ text: '链接' }] }, hyperlink: 'http://x' } as unknown as ExcelJS.CellValue, '链接'],
    [{ error: '#DIV/0!' } as ExcelJS.CellErrorValue, '#DIV/0!'],
  ])('%j', (value, shown) => expect(flattenCell(value)).toEqual(shown));
});

test('an xlsx with rich text, formulas, hyperlinks, dates and merged title reads as displayed', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  ws.addRow(['专家库']);
  ws.mergeCells('A1:I1');
  ws.addRow([...header, '入库日期']);
  ws.addRow([
    'E0001',
    { richText: [{ text: '张' }, { text: '三' }] },
    { formula: '"男"', result: '男' },
    { text: '郑州大学', hyperlink: 'https://www.zzu.edu.cn' },
    'U1',
    '高校',
    '教授',
    '教育',
    new Date(Date.UTC(2020, 4, 6)),
  ]);
  ws.getCell('I3').numFmt = 'yyyy-mm-dd';
  const file = path.join(dir, 'cells.xlsx');
  await wb.xlsx.writeFile(file);
  const r = await readTable(file, EXPERT_TABLE);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.headerRow).toBe(2);
  const cells = r.value.rows[0].cells;
  expect(cells.slice(0, 4)).toEqual(['E0001', '张三', '男', '郑州大学']);
  expect(cells[8]).toEqual(new Date(Date.UTC(2020, 4, 6)));
});

describe('wrong or broken files are errors, never crashes', () => {
  const write = (name: string, bytes: Buffer | string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, bytes);
    return file;
  };

  test('a missing file', async () => {
    const r = await readTable(path.join(dir, 'nope.xlsx'), EXPERT_TABLE);
    expect(!r.ok && r.error.code).toBe('file-not-found');
  });

  test('a 0-byte file', async () => {
    const r = await readTable(write('empty.xlsx', ''), EXPERT_TABLE);
    expect(!r.ok && r.error.code).toBe('empty-file');
  });

  test('an old .xls (OLE compound file)', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504)]);
    const r = await readTable(write('old.xls', ole), EXPERT_TABLE);
    expect(!r.ok && r.error.code).toBe('old-xls');
    expect(!r.ok && r.error.message.zh).toMatch(/另存为/);
  });

  test('a workbook cut short (copied in part)', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('s').addRow(header);
    const full = Buffer.from(await wb.xlsx.writeBuffer());
    const r = await readTable(write('cut.xlsx', full.subarray(0, Math.floor(full.length / 2))), EXPERT_TABLE);
    expect(!r.ok && r.error.code).toBe('not-a-spreadsheet');
    expect(!r.ok && r.error.message.zh).toMatch(/损坏/);
  });

  test('a zip that is not a workbook', async () => {
    const { storedZip } = await import('../../tests/fixtures/stored-zip');
    const r = await readTable(write('other.xlsx', storedZip({ 'readme.txt': 'hello' })), EXPERT_TABLE);
    expect(!r.ok && r.error.code).toBe('not-a-spreadsheet');
  });

  test('random binary', async () => {
    const r = await readTable(write('noise.xlsx', Buffer.from([1, 0, 2, 0, 3, 0, 255, 254, 0])), EXPERT_TABLE);
    expect(!r.ok && r.error.code).toBe('not-a-spreadsheet');
  });
});

describe('CSV', () => {
  test('a .txt or .tsv holding CSV or tab-separated text is read; UTF-16 too', async () => {
    const text = `${header.join('\t')}\r\nE1\t张三\t男\t郑州大学\tU1\t高校\t教授\t教育\r\n`;
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const r = await readTableBytes(utf16, '导出.txt', EXPERT_TABLE);
    expect(r.ok && r.value.rows[0].cells[1]).toBe('张三');
    expect(r.ok && r.value.sheetName).toBe('导出');
  });

  test('quoted fields with commas and line breaks keep their record number as the row', async () => {
    const text = `${header.join(',')}\n"E1",张三,男,"郑州大学, 本部",U1,高校,教授,"教育\n科技"\nE2,李四,女,河南大学,U2,高校,教授,教育\n`;
    const r = await readTableBytes(Buffer.from(text), 'pool.csv', EXPERT_TABLE);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.rows.map((x) => x.row)).toEqual([2, 3]);
    expect(r.value.rows[0].cells[3]).toBe('郑州大学, 本部');
    expect(r.value.rows[0].cells[7]).toBe('教育\n科技');
  });
});

test('a unit name merged down several rows belongs to each of them', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('s');
  ws.addRow(header);
  ws.addRow(['E1', '张三', '男', '郑州大学', 'U1', '高校', '教授', '教育']);
  ws.addRow(['E2', '李四', '女', null, 'U1', '高校', '教授', '教育']);
  ws.mergeCells('D2:D3');
  const file = path.join(dir, 'merged.xlsx');
  await wb.xlsx.writeFile(file);
  const r = await readTable(file, EXPERT_TABLE);
  expect(r.ok && r.value.rows.map((x) => x.cells[3])).toEqual(['郑州大学', '郑州大学']);
});
