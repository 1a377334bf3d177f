import { expect, test } from 'vitest';
import type { CellValue } from './cell';
import { EXPERT_TABLE, NOMINATION_TABLE } from './columns';
import { gridSheet, locateTable } from './table';

const header = ['专家编号', '姓名', '性别', '工作单位', '单位代码', '单位类型', '职称', '行业'];
const row = (id: string): CellValue[] => [id, '张三', '男', '郑州大学', 'U1', '高校', '教授', '教育'];

test('title rows, a note row and blank rows above the header are skipped', () => {
  const grid: CellValue[][] = [
    ['2026年专家库', '2026年专家库', '2026年专家库'], // a merged title shows its text in every cell
    [],
    ['填报单位：', '', '填报日期：2026-03-01'],
    header,
    row('E1'),
    [],
    ['', '  ', '\u3000'],
    row('E2'),
  ];
  const r = locateTable([gridSheet('专家库', grid)], EXPERT_TABLE);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  expect(r.value.headerRow).toBe(4);
  expect(r.value.rows.map((x) => x.row)).toEqual([5, 8]);
  expect(r.value.byField.id?.index).toBe(0);
});

test('the first sheet with a header is used; rows marked 示例 are skipped', () => {
  const notes = gridSheet('说明', [['请按模板填写'], ['姓名', '说明']]);
  const data = gridSheet('数据', [header, ['示例：E0001', ...row('x').slice(1)], row('E1'), ['例：E0002']]);
  const r = locateTable([notes, data], EXPERT_TABLE);
  expect(r.ok && r.value.sheetName).toBe('数据');
  expect(r.ok && r.value.exampleRows).toEqual([2, 4]);
  expect(r.ok && r.value.rows.map((x) => x.row)).toEqual([3]);
});

test('unknown and repeated headers are ignored and listed', () => {
  const r = locateTable([gridSheet('s', [['序号', ...header, '电话', '手机', '姓名']])], EXPERT_TABLE);
  expect(r.ok && r.value.ignoredHeaders).toEqual(['序号', '手机', '姓名']);
  expect(r.ok && r.value.byField.phone?.header).toBe('电话');
});

test('the header must be within the first ten non-blank rows', () => {
  const filler = Array.from({ length: 10 }, (_, i): CellValue[] => [`说明第 ${i + 1} 行`]);
  const r = locateTable([gridSheet('s', [...filler, header])], EXPERT_TABLE);
  expect(!r.ok && r.error.code).toBe('no-header');
});

test('missing required columns are all listed by their Chinese header', () => {
  const r = locateTable([gridSheet('s', [['专家编号', '姓名', '工作单位', '单位代码', '行业']])], EXPERT_TABLE);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe('missing-columns');
  expect(r.error.details?.map((d) => d.path)).toEqual(['性别', '职称']);
  expect(r.error.message.zh).toContain('性别、职称');
});

test('nominations need no id or year column', () => {
  const cols = NOMINATION_TABLE.columns.filter((c) => c.field !== 'id' && c.field !== 'year').map((c) => c.zh);
  expect(locateTable([gridSheet('s', [cols])], NOMINATION_TABLE).ok).toBe(true);
});

test('an empty workbook and a workbook without a header are told apart', () => {
  const empty = locateTable([gridSheet('Sheet1', []), gridSheet('Sheet2', [[], ['']])], EXPERT_TABLE);
  expect(!empty.ok && empty.error.code).toBe('empty-file');
  expect(!empty.ok && empty.error.message.zh).toContain('姓名、性别');
  const noHeader = locateTable([gridSheet('Sheet1', [row('E1'), row('E2')])], EXPERT_TABLE);
  expect(!noHeader.ok && noHeader.error.code).toBe('no-header');
});
