import { describe, expect, test } from 'vitest';
import type { CellValue } from '../../src-shared/import/cell';
import { NOMINATION_TABLE } from '../../src-shared/import/columns';
import { gridSheet, locateTable } from '../../src-shared/import/table';
import { DEFAULT_RECOMMENDING_UNITS, type RecommendingUnitEntry } from '../../src-shared/registers/default-recommending-units';
import { NameRegister } from '../../src-shared/registers/name-register';
import { parseNominations } from './parse-nominations';

const base: Record<string, CellValue> = {
  工作室名称: '李四劳模创新工作室',
  领衔人: '李四',
  性别: '女',
  出生年月: '1975年3月',
  职称: '主任医师',
  所获荣誉: '2019年河南省劳动模范',
  工作单位: '郑州市第一人民医院',
  单位代码: 'W1',
  单位类别: '市级产业系统',
  行业: '卫生',
  推荐单位: '郑州市教科文卫体工会',
  推荐单位代码: 'HN-GH-4101',
  推荐单位类别: '市产业工会',
  成立时间: '2018-05-20',
};

function parse(rows: Record<string, CellValue>[], defaultYear = 2026) {
  const headers = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const grid = [headers, ...rows.map((r) => headers.map((h) => r[h] ?? ''))];
  const table = locateTable([gridSheet('s', grid)], NOMINATION_TABLE);
  if (!table.ok) throw new Error(table.error.message.en);
  return parseNominations(table.value, { defaultYear });
}

test('without id and year columns: the default year and a row-based id', () => {
  const r = parse([base, { ...base, 工作室名称: '王五创新工作室', 单位代码: 'W2' }]);
  expect(r.problems).toEqual([]);
  expect(r.records.map((n) => [n.id, n.year])).toEqual([['2026-R2', 2026], ['2026-R3', 2026]]);
  expect(r.records[0]).toMatchObject({ leaderBirthYear: 1975, workUnitCategory: 'municipal-industry', recommendingUnitKind: 'city-industry-union', isExistingRndOrTeam: false });
});

test('written ids and years win; empty ones fall back; a generated id equal to a written one is a duplicate', () => {
  const r = parse([
    { 推荐编号: '2025-R3', 年度: 2025, ...base },
    { 推荐编号: '', 年度: '', ...base, 工作室名称: '王五创新工作室' },
  ]);
  expect(r.records.map((n) => [n.id, n.year])).toEqual([['2025-R3', 2025], ['2026-R3', 2026]]);
  expect(r.duplicates).toEqual([]);
  const clash = parse([{ 推荐编号: '2026-R3', ...base }, { 推荐编号: '', ...base, 工作室名称: '王五创新工作室' }]);
  expect(clash.duplicates).toEqual([{ key: '2026-R3', rows: [2, 3], kind: 'id' }]);
});

test('same studio name and work unit code is a name-unit duplicate', () => {
  const r = parse([base, { ...base, 领衔人: '李四' }]);
  expect(r.duplicates).toEqual([{ key: '李四劳模创新工作室｜W1', rows: [2, 3], kind: 'name-unit' }]);
  expect(r.records).toHaveLength(2);
});

describe('every bad cell of a row is reported', () => {
  test('honour items, title, gender, kind, boolean and year', () => {
    const r = parse([
      {
        ...base,
        年度: '二〇二六',
        性别: '男性的',
        职称: '教授级高工',
        所获荣誉: '河南省劳动模范；2020年优秀教师；2021年郑州市五一劳动奖章',
        推荐单位类别: '省总工会',
        是否原有研发机构或班组: '可能',
        成立时间: '2018年5月',
      },
    ]);
    expect(r.records).toEqual([]);
    // Left to right as the columns stand in the file; 年度 and the yes/no column come last here. A title as
    // people write it (教授级高工) and an honour whose level the wording leaves open (优秀教师) are not
    // problems: the dictionary and a reviewer deal with them.
    expect(r.problems.map((p) => [p.column, p.value])).toEqual([
      ['性别', '男性的'],
      ['所获荣誉', '河南省劳动模范'],
      ['推荐单位类别', '省总工会'],
      ['成立时间', '2018年5月'],
      ['年度', '二〇二六'],
      ['是否原有研发机构或班组', '可能'],
    ]);
  });

  test('required cells left empty', () => {
    const r = parse([{ ...base, 领衔人: '', 工作单位: ' ', 成立时间: '' }]);
    expect(r.problems.map((p) => [p.row, p.column, p.reason.zh])).toEqual([
      [2, '领衔人', '必填，不能为空'],
      [2, '工作单位', '必填，不能为空'],
      [2, '成立时间', '必填，不能为空'],
    ]);
  });

  test('schema limits: a birth year outside 1930–2010 and a bad id', () => {
    const r = parse([{ 推荐编号: 'N 1/2', ...base, 出生年月: '1920-01' }]);
    expect(r.problems.map((p) => [p.column, p.reason.zh])).toEqual([
      ['推荐编号', expect.stringMatching(/编号只能包含/)],
      ['出生年月', expect.stringMatching(/1930–2010/)],
    ]);
  });
});

test('long texts keep their paragraphs; team members split on any separator', () => {
  const r = parse([{ ...base, 团队成员: '王五、赵六，孙七;周八\n吴九', 工作条件: '  场地120平方米 \n\n 设备齐全 ' }]);
  expect(r.records[0].teamMembers).toEqual(['王五', '赵六', '孙七', '周八', '吴九']);
  expect(r.records[0].conditionsEvidence).toBe('场地120平方米\n设备齐全');
});

test('a recommender\'s form with names only: codes come from the registers or the names, category and kind stay open', () => {
  const recommenders = NameRegister.build<RecommendingUnitEntry>(DEFAULT_RECOMMENDING_UNITS);
  if (!recommenders.ok) throw new Error('register');
  const { 单位代码: _c, 单位类别: _k, 推荐单位代码: _rc, 推荐单位类别: _rk, ...namesOnly } = base;
  const headers = Object.keys(namesOnly);
  const other: Record<string, CellValue> = { ...namesOnly, 推荐单位: '某某学会', 工作室名称: '王五创新工作室' };
  const grid = [headers, headers.map((h) => namesOnly[h]), headers.map((h) => other[h])];
  const table = locateTable([gridSheet('s', grid)], NOMINATION_TABLE);
  if (!table.ok) throw new Error(table.error.message.en);
  const r = parseNominations(table.value, { defaultYear: 2026, recommenders: recommenders.value });
  expect(r.problems).toEqual([]);
  expect(r.records.map((n) => [n.workUnitCode, n.workUnitCategory, n.recommendingUnitCode, n.recommendingUnitKind])).toEqual([
    [expect.stringMatching(/^U-[0-9A-F]{10}$/), null, 'RA-01', null], // 郑州市教科文卫体工会 is in the register
    [r.records[0].workUnitCode, null, expect.stringMatching(/^R-[0-9A-F]{10}$/), null],
  ]);
});
