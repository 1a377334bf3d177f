import { expect, test } from 'vitest';
import type { CellValue } from '../../src-shared/import/cell';
import { EXPERT_TABLE } from '../../src-shared/import/columns';
import { gridSheet, locateTable } from '../../src-shared/import/table';
import { parseExperts } from './parse-experts';

const base: Record<string, CellValue> = {
  编号: 'E1', 姓名: '张三', 性别: '男', 单位: '郑州大学', 单位代码: 'U1', 单位类型: '高校', 职称: '教授', 行业: '教育',
};

function parse(rows: Record<string, CellValue>[]) {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const grid = [headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))];
  const table = locateTable([gridSheet('s', grid)], EXPERT_TABLE);
  if (!table.ok) throw new Error(table.error.message.en);
  return parseExperts(table.value);
}

test('defaults for optional columns the file does not have', () => {
  const r = parse([base]);
  expect(r.problems).toEqual([]);
  expect(r.records).toEqual([
    {
      id: 'E1', name: '张三', gender: 'male', unitName: '郑州大学', unitCode: 'U1', unitType: 'university', title: '教授',
      sectors: ['education'], specialty: '', phone: '', email: '', status: 'available', avoidUnitCodes: [], panelYears: [],
      nonSeniorReason: '',
    },
  ]);
});

test('full-width codes and phones, labels, lists and numbers as cells', () => {
  const r = parse([{ ...base, 编号: 'Ｅ１', 单位代码: 'Ｕ １', 行业: '卫生、教育；卫生', 手机: 13800000000, 邮箱: ' ZHANG＠ZZU.EDU.CN ', 状态: '暂停', 回避单位: 'W1 W2；W3', 参评年份: 2024 }]);
  expect(r.problems).toEqual([]);
  expect(r.records[0]).toMatchObject({
    id: 'E1', unitCode: 'U1', sectors: ['health', 'education'], phone: '13800000000', email: 'ZHANG@ZZU.EDU.CN',
    status: 'paused', avoidUnitCodes: ['W1', 'W2', 'W3'], panelYears: [2024],
  });
});

test('a non-full-senior expert with a reason is accepted', () => {
  const r = parse([{ ...base, 职称: '副教授', 说明: '学科急需' }]);
  expect(r.problems).toEqual([]);
  expect(r.records[0].nonSeniorReason).toBe('学科急需');
});

test('a non-full-senior expert without the reason column is reported under the canonical header', () => {
  const r = parse([{ ...base, 职称: '副主任医师' }]);
  expect(r.problems.map((p) => [p.row, p.column])).toEqual([[2, '非正高原因']]);
});

test('duplicates by id and by name + unit code, with every row', () => {
  const r = parse([base, { ...base, 姓名: '李四' }, { ...base, 编号: 'E3' }, { ...base, 编号: 'E4', 单位代码: 'U2' }]);
  expect(r.duplicates).toEqual([
    { key: 'E1', rows: [2, 3], kind: 'id' },
    { key: '张三｜U1', rows: [2, 4], kind: 'name-unit' },
  ]);
  expect(r.records).toHaveLength(4);
});
