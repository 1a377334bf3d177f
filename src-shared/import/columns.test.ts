import { describe, expect, test } from 'vitest';
import { EXPERT_TABLE, matchColumn, NOMINATION_TABLE, templateHeader } from './columns';
import {
  GENDER_LABELS,
  RECOMMENDING_UNIT_KIND_VALUES,
  SECTOR_VALUES,
  STATUS_VALUES,
  UNIT_TYPE_VALUES,
  WORK_UNIT_CATEGORY_VALUES,
} from './labels';

describe('expert headers', () => {
  test.each([
    ['专家编号', 'id'], ['编号', 'id'], ['工号', 'id'], ['ID', 'id'], ['Expert ID', 'id'],
    ['姓名', 'name'], ['专家姓名', 'name'], ['*姓名', 'name'], ['＊ 姓 名', 'name'],
    ['性别（男/女）', 'gender'], ['性别(男/女)', 'gender'], ['性别【必填】', 'gender'],
    ['工作单位', 'unitName'], ['单位', 'unitName'], ['单位名称', 'unitName'],
    ['单位代码', 'unitCode'], ['单位编码', 'unitCode'], ['统一社会信用代码', 'unitCode'],
    ['单位类型', 'unitType'], ['单位性质', 'unitType'],
    ['职称', 'title'], ['专业技术职务', 'title'],
    ['行业', 'sectors'], ['所属行业', 'sectors'], ['领域', 'sectors'], ['行业（可多选，用顿号分隔）', 'sectors'],
    ['专业', 'specialty'], ['研究方向', 'specialty'],
    ['手机', 'phone'], ['电话', 'phone'], ['联系电话', 'phone'],
    ['邮箱', 'email'], ['电子邮箱', 'email'], ['E-mail', 'email'], ['EMAIL', 'email'], ['Ｅ－ｍａｉｌ', 'email'],
    ['状态', 'status'], ['回避单位', 'avoidUnitCodes'], ['回避单位(代码)', 'avoidUnitCodes'], ['回避单位代码', 'avoidUnitCodes'],
    ['参评年份', 'panelYears'], ['历年参加评审', 'panelYears'],
    ['非正高原因', 'nonSeniorReason'], ['说明', 'nonSeniorReason'],
  ])('%s → %s', (header, field) => expect(matchColumn(EXPERT_TABLE, header)?.field).toBe(field));
  test.each(['序号', '备注', '入库时间', ''])('%j is not a column', (header) => expect(matchColumn(EXPERT_TABLE, header)).toBeUndefined());
});

describe('nomination headers', () => {
  test.each([
    ['编号', 'id'], ['推荐编号', 'id'], ['年度', 'year'], ['工作室名称', 'studioName'],
    ['领衔人', 'leaderName'], ['领衔人姓名', 'leaderName'], ['领衔人(姓名)', 'leaderName'], ['领衔人性别', 'leaderGender'],
    ['出生年份', 'leaderBirthYear'], ['出生年月', 'leaderBirthYear'], ['领衔人职称', 'leaderTitle'],
    ['荣誉', 'honours'], ['所获荣誉', 'honours'], ['工作单位', 'workUnitName'], ['单位代码', 'workUnitCode'],
    ['单位类别', 'workUnitCategory'], ['行业', 'sector'], ['推荐单位', 'recommendingUnit'],
    ['推荐单位代码', 'recommendingUnitCode'], ['推荐单位类别', 'recommendingUnitKind'], ['成立时间', 'foundedOn'],
    ['创建时间', 'foundedOn'], ['团队成员', 'teamMembers'], ['是否原有研发机构或班组', 'isExistingRndOrTeam'],
    ['工作条件', 'conditionsEvidence'], ['创新项目与成果', 'projects'], ['经济社会效益', 'benefits'],
  ])('%s → %s', (header, field) => expect(matchColumn(NOMINATION_TABLE, header)?.field).toBe(field));
});

test('every schema field has exactly one column, and required ones are marked * in templates', () => {
  expect(EXPERT_TABLE.columns.map((c) => c.field).sort()).toEqual(
    ['avoidUnitCodes', 'email', 'gender', 'id', 'name', 'nonSeniorReason', 'panelYears', 'phone', 'sectors', 'specialty', 'status', 'title', 'unitCode', 'unitName', 'unitType'].sort(),
  );
  expect(NOMINATION_TABLE.columns).toHaveLength(21);
  // Office files carry names, not codes: ids and codes are optional, the name is not.
  expect(templateHeader(EXPERT_TABLE.columns[0])).toBe('专家编号');
  expect(templateHeader(EXPERT_TABLE.columns[1])).toBe('*姓名');
  expect(EXPERT_TABLE.columns.filter((c) => c.required).map((c) => c.field)).toEqual(['name', 'gender', 'unitName', 'title', 'sectors']);
  expect(NOMINATION_TABLE.columns.filter((c) => c.required).map((c) => c.field)).toEqual([
    'studioName', 'leaderName', 'leaderGender', 'leaderBirthYear', 'leaderTitle', 'honours', 'workUnitName', 'sector', 'recommendingUnit', 'foundedOn',
  ]);
  expect(templateHeader(EXPERT_TABLE.columns.find((c) => c.field === 'phone')!)).toBe('手机');
});

describe('labels map to codes', () => {
  test.each<[{ lookup(s: string): string | undefined }, string, string]>([
    [GENDER_LABELS, '男', 'male'], [GENDER_LABELS, '女', 'female'], [GENDER_LABELS, 'Female', 'female'], [GENDER_LABELS, 'M', 'male'],
    [UNIT_TYPE_VALUES, '高校', 'university'], [UNIT_TYPE_VALUES, '医院', 'hospital'], [UNIT_TYPE_VALUES, '科研院所', 'research-institute'],
    [UNIT_TYPE_VALUES, 'research-institute', 'research-institute'], [UNIT_TYPE_VALUES, '高校（本科）', 'university'],
    [SECTOR_VALUES, '教育', 'education'], [SECTOR_VALUES, '医疗卫生', 'health'], [SECTOR_VALUES, 'Sports', 'sports'],
    [STATUS_VALUES, '可用', 'available'], [STATUS_VALUES, '在库', 'available'], [STATUS_VALUES, '暂停', 'paused'],
    [STATUS_VALUES, '退出', 'retired'], [STATUS_VALUES, '退休', 'retired'],
    [WORK_UNIT_CATEGORY_VALUES, '省管企事业单位', 'provincial-enterprise'], [WORK_UNIT_CATEGORY_VALUES, '市级产业系统（行业）', 'municipal-industry'],
    [RECOMMENDING_UNIT_KIND_VALUES, '各省辖市、济源示范区相关产业工会', 'city-industry-union'],
    [RECOMMENDING_UNIT_KIND_VALUES, '市产业工会', 'city-industry-union'],
    [RECOMMENDING_UNIT_KIND_VALUES, '直属基层工会', 'direct-grassroots-union'],
    [RECOMMENDING_UNIT_KIND_VALUES, '委员单位', 'member-unit'],
    [RECOMMENDING_UNIT_KIND_VALUES, 'member-unit', 'member-unit'],
  ])('%#: %s → %s', (map, label, code) => expect(map.lookup(label)).toBe(code));

  test('unknown labels are undefined; written labels are the first Chinese ones', () => {
    expect(GENDER_LABELS.lookup('男的')).toBeUndefined();
    expect(SECTOR_VALUES.lookup('农业')).toBeUndefined();
    expect(SECTOR_VALUES.choices).toEqual(['教育', '科技', '文化', '卫生', '体育']);
    expect(UNIT_TYPE_VALUES.label('research-institute')).toBe('科研院所');
  });
});
