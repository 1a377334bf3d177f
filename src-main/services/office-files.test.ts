import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ImportKind } from '../../src-shared/api/views';
import { MANUAL_ITEMS, type ManualAnswer } from '../../src-shared/screening/manual-checklist';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { call } from '../api/dispatch';
import type { ServiceContext } from './context';

/**
 * Issue 10: the files a union office really has. A pool spreadsheet with a title row and names only (no expert
 * ids, no unit codes, no unit-type column, associate-senior experts without a written reason, titles as
 * people write them), and a recommender's form with names only (no codes, no categories, no kinds).
 */
let ctx: ServiceContext;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.store.close());

async function xlsx(title: string, header: string[], rows: (string | number)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow([title]);
  ws.mergeCells(1, 1, 1, header.length);
  ws.addRow(header);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const file = (kind: ImportKind, fileName: string, content: Buffer) => ({ kind, fileName, content, year: 2026 });

const POOL_HEADER = ['序号', '姓名', '性别', '工作单位', '职称', '专业', '行业', '联系电话'];
const POOL_ROWS: (string | number)[][] = [
  [1, '张建国', '男', '郑州大学', '教授', '材料科学', '教育', '13800000001'],
  [2, '李秀英', '女', '郑州大学第一附属医院', '主任医师', '心血管内科', '卫生', '13800000002'],
  [3, '王志强', '男', '河南理工大学', '副教授', '采矿工程', '教育、科技', '13800000003'],
  [4, '赵丽', '女', '河南省人民医院', '副主任医师', '儿科', '卫生', '13800000004'],
  [5, '刘洋', '男', '河南省交通规划设计研究院', '高级工程师', '道路工程', '科技', '13800000005'],
  [6, '陈刚', '男', '许继集团有限公司', '教授级高级工程师', '电气工程', '科技', '13800000006'],
  [7, '杨帆', '女', '河南中医药大学第一附属医院', '主任中医师', '中医内科', '卫生', '13800000007'],
  [8, '孙伟', '男', '河南省体育局训练中心', '正高级教练', '田径', '体育', '13800000008'],
  [9, '周敏', '女', '河南省科学院', '研究员', '化学', '科技', '13800000009'],
  [10, '吴强', '男', '中国一拖集团有限公司', '高级技师', '数控加工', '科技', '13800000010'],
  [11, '郑红', '女', '郑州大学', '教授', '新闻传播', '文化', '13800000011'],
];

describe('a realistic pool spreadsheet (title row, names only)', () => {
  it('imports in full: ids and unit codes generated, unit types inferred and shown as such, any title kept', async () => {
    const content = await xlsx('2026年河南省教科文卫体系统评审专家库', POOL_HEADER, POOL_ROWS);
    const preview = expectOk(await call(ctx, 'import.preview', file('experts', '专家库.xlsx', content)));
    expect(preview.problems).toEqual([]);
    expect(preview.records).toBe(11);
    expect(preview.headerRow).toBe(2);
    expect(preview.ignoredHeaders).toEqual(['序号']);
    // One line per unit, with its rows, for staff to check before committing.
    const inferred = Object.fromEntries(preview.inferredUnitTypes.map((u) => [u.unitName, [u.type, u.rows]]));
    expect(inferred).toMatchObject({
      郑州大学: ['university', [3, 13]],
      郑州大学第一附属医院: ['hospital', [4]],
      河南省交通规划设计研究院: ['research-institute', [7]],
      许继集团有限公司: ['other', [8]],
      河南省体育局训练中心: ['other', [10]],
    });
    expect(preview.inferredUnitTypes).toHaveLength(10);

    // Staff correct one inference before the commit.
    const done = expectOk(
      await call(ctx, 'import.commit', { ...file('experts', '专家库.xlsx', content), unitTypes: { 河南省交通规划设计研究院: 'other' } }),
    );
    expect(done.inserted).toBe(11);
    const experts = expectOk(await call(ctx, 'experts.list', {}));
    const byName = Object.fromEntries(experts.map((e) => [e.name, e]));
    expect(byName['刘洋']).toMatchObject({ unitType: 'other', unitTypeInferred: false });
    expect(byName['张建国']).toMatchObject({ unitType: 'university', unitTypeInferred: true, titleRank: 'full-senior' });
    expect(byName['张建国'].unitCode).toBe(byName['郑红'].unitCode); // one unit, one code
    expect(byName['陈刚'].titleRank).toBe('full-senior'); // 教授级高级工程师 = 正高级工程师
    expect(byName['杨帆'].titleRank).toBe('full-senior');
    expect(byName['孙伟'].titleRank).toBe('full-senior');
    expect(byName['王志强']).toMatchObject({ titleRank: 'associate-senior', nonSeniorReason: '' });
    expect(byName['吴强'].titleRank).toBeNull(); // a skill grade: a reviewer rules

    // The units met for the first time are in the register now: the next file gets the same codes.
    const units = expectOk(await call(ctx, 'units.list', {}));
    expect(units.find((u) => u.name === '郑州大学')?.code).toBe(byName['张建国'].unitCode);
    const again = expectOk(await call(ctx, 'import.preview', file('experts', '专家库.xlsx', content)));
    expect(again.inferredUnitTypes).toEqual([]);
    expect(again.duplicates.length).toBe(11); // the same people, found by their generated ids
  });

  it('a title awaiting a ruling is ruled once and the rank reaches every expert with it', async () => {
    const content = await xlsx('专家库', POOL_HEADER, POOL_ROWS);
    expectOk(await call(ctx, 'import.commit', file('experts', '专家库.xlsx', content)));
    const view = expectOk(await call(ctx, 'titles.view', {}));
    expect(view.pending).toEqual([{ title: '高级技师', source: 'skill-grade', experts: 1, nominations: 0 }]);
    const ruled = expectOk(await call(ctx, 'titles.rule', { title: '高级技师', rank: 'associate-senior', reason: '按本省规定比照副高级', reviewer: '王主任' }));
    expect(ruled.pending).toEqual([]);
    const experts = expectOk(await call(ctx, 'experts.list', {}));
    expect(experts.find((e) => e.name === '吴强')?.titleRank).toBe('associate-senior');
    const audit = ctx.store.db.prepare("SELECT details FROM audit_log WHERE action = 'titles.rule'").all() as { details: string }[];
    expect(JSON.parse(audit[0].details)).toMatchObject({ title: '高级技师', rank: 'associate-senior', reviewer: '王主任' });
    // A title the dictionary settles is not open to a ruling.
    const refused = await call(ctx, 'titles.rule', { title: '教授', rank: 'junior', reason: 'x', reviewer: '王主任' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'title-in-dictionary' } });
  });

  it('shows the share of full-senior experts of universities and hospitals (Art. 6) and warns below half', async () => {
    const content = await xlsx('专家库', POOL_HEADER, POOL_ROWS);
    expectOk(await call(ctx, 'import.commit', file('experts', '专家库.xlsx', content)));
    const plan = expectOk(await call(ctx, 'draw.plan', { year: 2026, stratumBy: 'sector', excludeLastYearPanel: false }));
    // 张建国, 李秀英, 杨帆, 郑红 (full-senior, university or hospital) of 11; 周敏 is at an institute.
    expect(plan.composition).toMatchObject({ available: 11, mainBody: 4, pendingTitles: 1 });
    expect(plan.composition.warning?.zh).toContain('第六条');
  });
});

const FORM_HEADER = ['工作室名称', '领衔人', '性别', '出生年月', '职称', '所获荣誉', '工作单位', '行业', '推荐单位', '成立时间'];
const FORM_ROWS: (string | number)[][] = [
  ['李明劳模创新工作室', '李明', '男', '1972年5月', '主任医师', '2019年河南省劳动模范', '郑州市第一人民医院', '卫生', '郑州市教科文卫体工会', '2016-03-01'],
  ['王芳技能大师工作室', '王芳', '女', '1978年8月', '高级技师', '2020年新郑市劳动模范', '新郑市职业技术学校', '教育', '郑州 教科文卫体工会', '2017-09-01'],
  ['张伟创新工作室', '张伟', '男', '1980年1月', '主治医师', '2021年洛阳市五一劳动奖章', '洛阳市中心医院', '卫生', '洛阳市医学会', '2015-06-01'],
];
const allMet: ManualAnswer[] = MANUAL_ITEMS.map((i) => ({ itemId: i.id, met: true, note: '' }));

describe('a recommender\'s form with names only (no codes, no categories, no kinds)', () => {
  it('imports and screens: the register settles the recommender, the rest goes to a reviewer, never a silent reject', async () => {
    const content = await xlsx('2026年度推荐汇总表', FORM_HEADER, FORM_ROWS);
    const preview = expectOk(await call(ctx, 'import.preview', file('nominations', '推荐表.xlsx', content)));
    expect(preview.problems).toEqual([]);
    expectOk(await call(ctx, 'import.commit', file('nominations', '推荐表.xlsx', content)));
    const view = expectOk(await call(ctx, 'screening.screenYear', { year: 2026, screener: '张三' }));
    const checks = (studio: string) =>
      Object.fromEntries(view.rows.find((r) => r.nomination.studioName === studio)!.checks.map((c) => [c.id, c.outcome]));

    // Registered recommender (also by an alias with a space), a provincial honour, a full-senior leader.
    expect(checks('李明劳模创新工作室')).toMatchObject({ 'leader-title': 'pass', 'leader-honour': 'pass', 'recommending-unit': 'pass', origin: 'review' });
    // A skill grade and a county-level city's honour: the title to a reviewer, the honour below 市级.
    expect(checks('王芳技能大师工作室')).toMatchObject({ 'leader-title': 'review', 'leader-honour': 'fail', 'recommending-unit': 'pass' });
    // A recommender outside the register: Art. 5 says 一般, so a reviewer, not a fail.
    expect(checks('张伟创新工作室')).toMatchObject({ 'leader-title': 'fail', 'leader-honour': 'pass', 'recommending-unit': 'review' });

    const zhang = view.rows.find((r) => r.nomination.studioName === '张伟创新工作室')!;
    // Not qualified by the rule (主治医师 is below 高级), which the office may turn into an exception.
    expect(zhang.record?.outcome).toBe('not-qualified');
    expect(zhang.record?.reasons[0].zh).toContain('可作例外');
    const exception = expectOk(
      await call(ctx, 'screening.record', {
        nominationId: zhang.nomination.id,
        manual: allMet,
        decision: { outcome: 'exception', reason: '领衔人为全国技术能手，团队成果突出；洛阳市医学会经核实为市级行业组织。' },
        screener: '张三',
      }),
    );
    expect(exception).toMatchObject({ outcome: 'qualified', exception: true, confirmedBy: null });
  });
});
