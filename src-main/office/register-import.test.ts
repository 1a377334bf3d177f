import { describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { pastListXlsx, pastRow } from '../../tests/helpers/register-sheet';
import { call } from '../api/dispatch';
import type { ServiceContext } from '../services/context';

const auditRows = (ctx: ServiceContext, action: string) =>
  ctx.store.db.prepare('SELECT subject, details FROM audit_log WHERE action = ?').all(action) as { subject: string; details: string }[];
const studioCount = (ctx: ServiceContext) => (ctx.store.db.prepare('SELECT count(*) AS n FROM studios').get() as { n: number }).n;

async function importList(ctx: ServiceContext, rows: (string | number)[][], fileName = '2023年名单.xlsx') {
  const content = await pastListXlsx(rows);
  return { preview: expectOk(await call(ctx, 'register.importPreview', { fileName, content })), commit: await call(ctx, 'register.import', { fileName, content }) };
}

describe('importing earlier years’ lists into the register', () => {
  it('takes a clean list whole, numbering rows without a number after the highest of their year, audited once', async () => {
    const ctx = openTestContext();
    const { preview, commit } = await importList(ctx, [
      pastRow(2023, 1),
      pastRow(2023, 2, { 编号: '2023-JKWWT-02' }),
      pastRow(2023, 3, { '行业/领域': '教育' }),
      pastRow(2024, 4, { 公布日期: '2024年12月20日' }),
    ]);
    expect(preview).toMatchObject({ kind: 'register', records: 4, problemCount: 0, headerRow: 2 });
    const done = expectOk(commit);
    expect(done.studios).toEqual(['2023-JKWWT-03', '2023-JKWWT-02', '2023-JKWWT-04', '2024-JKWWT-01']);
    expect(done.years).toEqual([2023, 2024]);
    const rows = expectOk(await call(ctx, 'register.list', {}));
    expect(rows.map((r) => [r.id, r.sector, r.source, r.status, r.publishedOn])).toEqual([
      ['2024-JKWWT-01', 'health', 'imported', 'active', '2024-12-20'],
      ['2023-JKWWT-02', 'health', 'imported', 'active', '2023-12-20'],
      ['2023-JKWWT-03', 'health', 'imported', 'active', '2023-12-20'],
      ['2023-JKWWT-04', 'education', 'imported', 'active', '2023-12-20'],
    ]);
    const audit = auditRows(ctx, 'register.import');
    expect(audit).toHaveLength(1);
    expect(audit[0].subject).toBe('file:2023年名单.xlsx');
    expect(JSON.parse(audit[0].details)).toMatchObject({ years: [2023, 2024], studios: done.studios });
    // The studio's page finds the import that took it in.
    const detail = expectOk(await call(ctx, 'register.get', { id: '2023-JKWWT-04' }));
    expect(detail.history.map((h) => h.action)).toEqual(['register.import']);
    expect(detail.studio.studioName).toBe('王3劳模创新工作室');
  });

  it('refuses a file with any bad row whole, naming each row and column; nothing is written', async () => {
    const ctx = openTestContext();
    const { preview, commit } = await importList(ctx, [
      pastRow(2023, 1),
      pastRow(2023, 2, { '行业/领域': '农业' }),
      pastRow(2023, 3, { 领衔人: '' }),
      pastRow(2023, 4, { 公布日期: '2023年12月' }),
      pastRow(2023, 5, { 工作室名称: '赵\u202e六工作室' }),
    ]);
    expect(preview.records).toBe(1);
    expect(preview.problems.map((p) => [p.row, p.column])).toEqual([
      [4, '行业/领域'],
      [5, '领衔人'],
      [6, '公布日期'],
      [7, '工作室名称'],
    ]);
    expect(preview.problems[0].reason.zh).toContain('无法识别“农业”');
    expect(commit.ok).toBe(false);
    if (commit.ok) return;
    expect(commit.error.code).toBe('import-has-problems');
    expect(commit.error.message.zh).toContain('4 处问题，未导入任何数据');
    expect(commit.error.details?.map((d) => d.path)).toEqual(['第4行 行业/领域', '第5行 领衔人', '第6行 公布日期', '第7行 工作室名称']);
    expect(studioCount(ctx)).toBe(0);
    expect(auditRows(ctx, 'register.import')).toHaveLength(0);
  });

  it('refuses a register number used twice in the file, or already in the register, naming the row', async () => {
    const ctx = openTestContext();
    const twice = await importList(ctx, [pastRow(2022, 1, { 编号: '2022-JKWWT-01' }), pastRow(2022, 2, { 编号: '2022-jkwwt-001' })]);
    expect(twice.preview.problems).toEqual([
      expect.objectContaining({ row: 4, column: '编号', reason: { zh: '编号 2022-JKWWT-01 与第 3 行重复', en: 'register number 2022-JKWWT-01 repeats row 3' } }),
    ]);
    expect(twice.commit.ok).toBe(false);

    expectOk((await importList(ctx, [pastRow(2022, 1, { 编号: '2022-JKWWT-01' })])).commit);
    const again = await importList(ctx, [pastRow(2022, 7), pastRow(2022, 8, { 编号: '2022-JKWWT-01' })]);
    expect(again.preview.problems).toEqual([
      expect.objectContaining({ row: 4, column: '编号', reason: expect.objectContaining({ zh: '编号 2022-JKWWT-01 已在工作室名册中' }) }),
    ]);
    expect(again.commit.ok).toBe(false);
    expect(studioCount(ctx)).toBe(1);
    // A row without a number continues after the register's: the next import numbers it 02.
    expect(expectOk((await importList(ctx, [pastRow(2022, 7)])).commit).studios).toEqual(['2022-JKWWT-02']);
  });

  it('refuses a number of another year and one not of the form', async () => {
    const ctx = openTestContext();
    const { preview } = await importList(ctx, [pastRow(2022, 1, { 编号: '2021-JKWWT-01' }), pastRow(2022, 2, { 编号: 'A-17' })]);
    expect(preview.problems.map((p) => [p.row, p.column, p.reason.en])).toEqual([
      [3, '编号', "the number's year (2021) differs from the Year column (2022)"],
      [4, '编号', 'a register number looks like 2024-JKWWT-01: A-17'],
    ]);
  });

  it('refuses rows of a year this office published: its list is locked', async () => {
    const ctx = openTestContext();
    ctx.store.db
      .prepare("INSERT INTO publications (year, doc_no, published_on, published_at, published_by) VALUES (2025, '豫教科文卫体工〔2025〕9号', '2025-12-01', '2025-12-01T08:00:00Z', 'test')")
      .run();
    const { preview, commit } = await importList(ctx, [pastRow(2024, 1), pastRow(2025, 2)]);
    expect(preview.problems).toEqual([
      expect.objectContaining({ row: 4, column: '年度', reason: expect.objectContaining({ zh: '2025 年度的名单已由本办公室发文公布并锁定，不能再导入' }) }),
    ]);
    expect(commit.ok).toBe(false);
    expect(studioCount(ctx)).toBe(0);
  });

  it('names a missing required column, and refuses a file with no data row', async () => {
    const ctx = openTestContext();
    const noDoc = await call(ctx, 'register.importPreview', {
      fileName: 'x.xlsx',
      content: await pastListXlsx([[2023, '', 'A', 'B', 'C', '卫生', 'D', '2023-12-20']], ['年度', '编号', '工作室名称', '领衔人', '所在单位', '行业', '推荐单位', '公布日期']),
    });
    expect(noDoc.ok).toBe(false);
    if (!noDoc.ok) expect(noDoc.error.message.zh).toContain('缺少必填列：文号');
    const empty = await call(ctx, 'register.import', { fileName: 'empty.xlsx', content: await pastListXlsx([]) });
    expect(empty.ok ? '' : empty.error.code).toBe('import-empty');
  });
});
