import ExcelJS from 'exceljs';
import { describe, expect, test } from 'vitest';
import { EXPERT_TABLE, NOMINATION_TABLE } from '../../src-shared/import/columns';
import { parseExperts } from './parse-experts';
import { parseNominations } from './parse-nominations';
import { readTableBytes } from './read-table';

const HEADER = ['专家编号', '姓名', '性别', '工作单位', '单位代码', '单位类型', '职称', '行业'];
const ROW = ['E1', '张三', '男', '郑州大学', 'U1', '高校', '教授', '教育'];

async function expertsFromCsv(rows: string[][]) {
  const csv = [HEADER, ...rows].map((r) => r.join(',')).join('\r\n');
  const table = await readTableBytes(Buffer.from(csv), 'pool.csv', EXPERT_TABLE);
  if (!table.ok) throw new Error(table.error.message.en);
  return parseExperts(table.value);
}

const withCell = (column: number, value: string, id = 'E1') => ROW.map((c, i) => (i === column ? value : i === 0 ? id : c));

describe('hidden characters in cells are refused with the row and column', () => {
  test('DEL, ESC and RLO: one problem each, naming the cell and the character; no record', async () => {
    const r = await expertsFromCsv([withCell(1, '张\u007f三', 'E1'), withCell(3, '\u001b[31m郑州大学', 'E2'), withCell(3, '郑州大学\u202e系学医', 'E3'), withCell(1, '李四', 'E4')]);
    expect(r.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, '姓名', '张‹U+007F›三'],
      [3, '工作单位', '‹U+001B›[31m郑州大学'],
      [4, '工作单位', '郑州大学‹U+202E›系学医'],
    ]);
    expect(r.problems[0].reason.zh).toBe('第 2 个字符是不可见的控制字符 U+007F（DEL）；请删除后重新导入');
    expect(r.problems[2].reason.en).toContain('invisible bidirectional control U+202E (RLO)');
    expect(r.records.map((e) => e.id)).toEqual(['E4']);
    expect(r.problemCount).toBe(3);
  });

  test('the cell’s other problems are still found in the same pass', async () => {
    const r = await expertsFromCsv([withCell(2, '男\u001b?')]);
    expect(r.problems.map((p) => [p.column, p.reason.en.split(';')[0]])).toEqual([
      ['性别', 'character 2 is an invisible control character U+001B (ESC)'],
      ['性别', 'unrecognised "男?"'],
    ]);
  });

  test('tab, CR and LF are white space: a trailing one in a name is trimmed, as any white space is', async () => {
    const r = await expertsFromCsv([withCell(1, '"张三\t\r\n"')]);
    expect(r.problems).toEqual([]);
    expect(r.records[0].name).toBe('张三');
  });

  test('in an xlsx: Excel writes a control character as _x001B_ (NUL as _x0000_), and exceljs reads it back as one', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('名单');
    ws.addRow(HEADER);
    ws.addRow(withCell(6, '教授_x001B_'));
    ws.addRow(withCell(3, '\u2066郑州大学\u2069', 'E2'));
    ws.addRow(withCell(1, '张_x0000_三', 'E3'));
    const table = await readTableBytes(Buffer.from(await wb.xlsx.writeBuffer()), 'pool.xlsx', EXPERT_TABLE);
    if (!table.ok) throw new Error(table.error.message.en);
    const r = parseExperts(table.value);
    expect(r.problems.map((p) => [p.row, p.column, p.value])).toEqual([
      [2, '职称', '教授‹U+001B›'],
      [3, '工作单位', '‹U+2066›郑州大学‹U+2069›'],
      [4, '姓名', '张‹U+0000›三'],
    ]);
    expect(r.problems[2].reason.zh).toBe('第 2 个字符是不可见的控制字符 U+0000（NUL）；请删除后重新导入');
  });

  test('long text of a nomination keeps its line breaks; a control character in it is refused', async () => {
    const header = ['工作室名称', '领衔人', '性别', '出生年份', '职称', '所获荣誉', '工作单位', '行业', '推荐单位', '成立时间', '创新成果'];
    const row = ['张三创新工作室', '张三', '男', 1975, '教授', '2019年河南省五一劳动奖章', '郑州大学', '教育', '郑州市教育工会', '2018-03-01'];
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('推荐');
    ws.addRow(header);
    ws.addRow([...row, '第一项\r\n第二项']);
    ws.addRow([...row.map((c, i) => (i === 0 ? '李四创新工作室' : c)), '第一项_x0007_']);
    const table = await readTableBytes(Buffer.from(await wb.xlsx.writeBuffer()), 'n.xlsx', NOMINATION_TABLE);
    if (!table.ok) throw new Error(table.error.message.en);
    const r = parseNominations(table.value, { defaultYear: 2026 });
    expect(r.problems.map((p) => [p.row, p.column, p.value])).toEqual([[3, '创新成果', '第一项‹U+0007›']]);
    expect(r.records[0].projects).toBe('第一项\n第二项');
  });
});

test('a sheet name is shown with its hidden characters written out', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('名\u202e单').addRow(HEADER);
  const table = await readTableBytes(Buffer.from(await wb.xlsx.writeBuffer()), 'pool.xlsx', EXPERT_TABLE);
  expect(table.ok && table.value.sheetName).toBe('名‹U+202E›单');
});

describe('problems are bounded', () => {
  test('300 bad rows: the first 200 problems, by row, and the count of all', async () => {
    const rows = Array.from({ length: 300 }, (_, i) => withCell(2, '未知', `E${i + 1}`));
    const r = await expertsFromCsv(rows);
    expect(r.problemCount).toBe(300);
    expect(r.problems).toHaveLength(200);
    expect(r.problems.map((p) => p.row)).toEqual(Array.from({ length: 200 }, (_, i) => i + 2));
  });

  test('a long value is quoted cut at 80 characters, in the problem and in its reason', async () => {
    const long = '男'.repeat(5000);
    const r = await expertsFromCsv([withCell(2, long)]);
    const shown = `${'男'.repeat(80)}…`;
    expect(r.problems[0].value).toBe(shown);
    expect(r.problems[0].reason.zh).toContain(`无法识别“${shown}”`);
    expect(r.problems[0].reason.zh.length).toBeLessThan(200);
  });
});
