import { expect, test } from 'vitest';
import type { CellValue } from '../../src-shared/import/cell';
import { EXPERT_TABLE } from '../../src-shared/import/columns';
import { gridSheet, locateTable } from '../../src-shared/import/table';
import { NameRegister } from '../../src-shared/registers/name-register';
import type { UnitEntry } from '../../src-shared/registers/unit-entry';
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
      id: 'E1', name: '张三', gender: 'male', unitName: '郑州大学', unitCode: 'U1', unitType: 'university', unitTypeInferred: false, title: '教授',
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

test('a non-full-senior expert needs no reason (Art. 6 asks for a main body, not a reason each)', () => {
  const r = parse([{ ...base, 职称: '副主任医师' }, { ...base, 编号: 'E2', 职称: '高级技师' }, { ...base, 编号: 'E3', 职称: '首席专家' }]);
  expect(r.problems).toEqual([]);
  expect(r.records.map((e) => [e.title, e.nonSeniorReason])).toEqual([['副主任医师', ''], ['高级技师', ''], ['首席专家', '']]);
});

test('an office file with names only: ids and unit codes are generated stably, unit types come from the register or the name', () => {
  const units = NameRegister.build<UnitEntry>([{ code: 'HN-H-0002', name: '郑州大学第一附属医院', aliases: ['郑大一附院'], type: 'hospital' }]);
  if (!units.ok) throw new Error('register');
  const rows = [
    { 姓名: '张三', 性别: '男', 工作单位: '郑大一附院', 职称: '主任医师', 行业: '卫生' },
    { 姓名: '李四', 性别: '女', 工作单位: '河南理工大学', 职称: '教授', 行业: '教育' },
    { 姓名: '王五', 性别: '男', 工作单位: '河南省科学院', 职称: '研究员', 行业: '科技' },
    { 姓名: '赵六', 性别: '男', 工作单位: '河南理工大学', 职称: '副教授', 行业: '教育' },
  ];
  const grid = [Object.keys(rows[0]), ...rows.map((r) => Object.values(r))];
  const table = locateTable([gridSheet('s', grid)], EXPERT_TABLE);
  if (!table.ok) throw new Error(table.error.message.en);
  const r = parseExperts(table.value, { units: units.value });
  expect(r.problems).toEqual([]);
  expect(r.records.map((e) => [e.unitCode, e.unitType, e.unitTypeInferred])).toEqual([
    ['HN-H-0002', 'hospital', false], // matched by its alias in the register
    [expect.stringMatching(/^U-[0-9A-F]{10}$/), 'university', true],
    [expect.stringMatching(/^U-[0-9A-F]{10}$/), 'research-institute', true],
    [r.records[1].unitCode, 'university', true], // the same unit, the same code
  ]);
  expect(new Set(r.records.map((e) => e.id)).size).toBe(4);
  expect(r.records.every((e) => /^X-[0-9A-F]{10}$/.test(e.id))).toBe(true);
  // Reported for staff to check, once per unit with its rows.
  expect(r.inferredUnitTypes.map((u) => [u.unitName, u.type, u.rows])).toEqual([
    ['河南理工大学', 'university', [3, 5]],
    ['河南省科学院', 'research-institute', [4]],
  ]);
  // The same file again gives the same ids; a type chosen in the preview replaces the inference.
  const again = parseExperts(table.value, { units: units.value, unitTypes: { 河南省科学院: 'other' } });
  expect(again.records.map((e) => e.id)).toEqual(r.records.map((e) => e.id));
  expect(again.records[2]).toMatchObject({ unitType: 'other', unitTypeInferred: false });
});

test('duplicates by id and by name + unit code, with every row', () => {
  const r = parse([base, { ...base, 姓名: '李四' }, { ...base, 编号: 'E3' }, { ...base, 编号: 'E4', 单位代码: 'U2' }]);
  expect(r.duplicates).toEqual([
    { key: 'E1', rows: [2, 3], kind: 'id' },
    { key: '张三｜U1', rows: [2, 4], kind: 'name-unit' },
  ]);
  expect(r.records).toHaveLength(4);
});
