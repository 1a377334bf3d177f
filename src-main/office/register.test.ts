import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { pdfText } from '../../tests/helpers/pdf-text';
import { pastListXlsx, pastRow } from '../../tests/helpers/register-sheet';
import { REGISTER_TABLE } from '../../src-shared/office/register-columns';
import { call } from '../api/dispatch';
import { readTableBytes } from '../import/read-table';
import type { ServiceContext } from '../services/context';
import { verifyAuditChain } from '../store/audit-log';
import { parseRegister } from './parse-register';

async function withRegister(): Promise<ServiceContext> {
  const ctx = openTestContext();
  const rows = [
    pastRow(2023, 1),
    pastRow(2023, 2, { '行业/领域': '教育', 所在单位: '郑州大学' }),
    pastRow(2024, 3, { 工作室名称: '李娜工匠创新工作室', 领衔人: '李娜' }),
    pastRow(2024, 4, { 推荐单位: '洛阳市教科文卫体工会' }),
  ];
  expectOk(await call(ctx, 'register.import', { fileName: 'past.xlsx', content: await pastListXlsx(rows) }));
  return ctx;
}

/** Status changes belong to dynamic management (another part of issue 14); the tests set them directly. */
const setStatus = (ctx: ServiceContext, id: string, status: string) =>
  ctx.store.db.prepare('UPDATE studios SET status = ? WHERE id = ?').run(status, id);

const recommendation = (studioId: string, over: Record<string, unknown> = {}) => ({
  studioId,
  year: 2026,
  reasons: ['well-run', 'marked-results'] as ('well-run' | 'marked-results' | 'outstanding')[],
  reasonText: '三年来完成省级课题 2 项，推广新技术 8 项。',
  sentOn: '2026-03-10',
  ...over,
});

describe('the studio register', () => {
  it('lists by year, by status and by words in any of its columns', async () => {
    const ctx = await withRegister();
    setStatus(ctx, '2023-JKWWT-02', 'revoked');
    const ids = async (input: Parameters<typeof call<'register.list'>>[2]) => expectOk(await call(ctx, 'register.list', input)).map((r) => r.id);
    expect(await ids({})).toEqual(['2024-JKWWT-01', '2024-JKWWT-02', '2023-JKWWT-01', '2023-JKWWT-02']);
    expect(await ids({ year: 2023 })).toEqual(['2023-JKWWT-01', '2023-JKWWT-02']);
    expect(await ids({ status: 'revoked' })).toEqual(['2023-JKWWT-02']);
    expect(await ids({ status: 'active', year: 2023 })).toEqual(['2023-JKWWT-01']);
    expect(await ids({ query: '李娜' })).toEqual(['2024-JKWWT-01']);
    expect(await ids({ query: '洛阳' })).toEqual(['2024-JKWWT-02']);
    expect(await ids({ query: '2023-JKWWT-0' })).toEqual(['2023-JKWWT-01', '2023-JKWWT-02']);
    // A % typed in the box is a character, not a wildcard.
    expect(await ids({ query: '%' })).toEqual([]);
    const unknown = await call(ctx, 'register.get', { id: '2019-JKWWT-01' });
    expect(unknown.ok ? '' : unknown.error.code).toBe('studio-not-found');
  });

  it('exports the register as an xlsx that reads back to the same studios, and imports elsewhere unchanged', async () => {
    const ctx = await withRegister();
    setStatus(ctx, '2024-JKWWT-02', 'rectifying');
    const file = expectOk(await call(ctx, 'register.export', {}));
    expect(file.fileName).toBe('工作室名册.xlsx');
    const table = expectOk(await readTableBytes(Buffer.from(file.content), file.fileName, REGISTER_TABLE));
    expect(table.ignoredHeaders).toEqual(['状态', '来源']);
    const read = parseRegister(table);
    const listed = expectOk(await call(ctx, 'register.list', {}));
    expect(read.records.map((r) => [r.id, r.studioName, r.sector, r.docNo, r.publishedOn])).toEqual(
      listed.map((r) => [r.id, r.studioName, r.sector, r.docNo, r.publishedOn]),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.content) as unknown as ArrayBuffer);
    expect(wb.worksheets[0].getRow(4).getCell(10).value).toBe('整改中');

    const one = expectOk(await call(ctx, 'register.export', { year: 2023 }));
    expect(one.fileName).toBe('工作室名册-2023.xlsx');
    const elsewhere = openTestContext();
    expect(expectOk(await call(elsewhere, 'register.import', { fileName: one.fileName, content: one.content })).studios).toEqual([
      '2023-JKWWT-01',
      '2023-JKWWT-02',
    ]);
  });

  it('hands out an import template whose example row the import skips', async () => {
    const ctx = openTestContext();
    const template = expectOk(await call(ctx, 'register.template', {}));
    const preview = expectOk(await call(ctx, 'register.importPreview', { fileName: template.fileName, content: template.content }));
    expect(preview).toMatchObject({ records: 0, problemCount: 0, rowCount: 0 });
  });
});

describe('priority recommendations (Art. 8)', () => {
  it('records a recommendation and its outcome, each audited under the studio, shown on its page', async () => {
    const ctx = await withRegister();
    const added = expectOk(await call(ctx, 'recommendation.add', recommendation('2023-JKWWT-01')));
    expect(added).toMatchObject({ studioId: '2023-JKWWT-01', year: 2026, reasons: ['well-run', 'marked-results'], outcome: 'pending', outcomeOn: null });

    const early = await call(ctx, 'recommendation.outcome', { studioId: '2023-JKWWT-01', year: 2026, outcome: 'awarded', outcomeOn: '2026-03-01' });
    expect(early.ok ? '' : early.error.code).toBe('outcome-before-sent');
    const awarded = expectOk(
      await call(ctx, 'recommendation.outcome', { studioId: '2023-JKWWT-01', year: 2026, outcome: 'awarded', outcomeOn: '2026-05-20', note: '豫工〔2026〕12号' }),
    );
    expect(awarded).toMatchObject({ outcome: 'awarded', outcomeOn: '2026-05-20', outcomeNote: '豫工〔2026〕12号' });

    const detail = expectOk(await call(ctx, 'register.get', { id: '2023-JKWWT-01' }));
    expect(detail.studio.recommendations).toBe(1);
    expect(detail.recommendations.map((r) => r.outcome)).toEqual(['awarded']);
    expect(detail.history.map((h) => [h.action, h.details])).toEqual([
      ['register.import', expect.anything()],
      ['recommendation.add', { year: 2026, reasons: ['well-run', 'marked-results'], reasonText: '三年来完成省级课题 2 项，推广新技术 8 项。', sentOn: '2026-03-10' }],
      ['recommendation.outcome', { year: 2026, outcome: 'awarded', outcomeOn: '2026-05-20', note: '豫工〔2026〕12号', from: 'pending' }],
    ]);
    expect(verifyAuditChain(ctx.store.db).valid).toBe(true);
  });

  it('refuses a revoked studio, one under rectification, a second recommendation in a year, and a year before the studio', async () => {
    const ctx = await withRegister();
    setStatus(ctx, '2023-JKWWT-02', 'revoked');
    setStatus(ctx, '2024-JKWWT-02', 'rectifying');
    const refused = async (input: ReturnType<typeof recommendation>) => {
      const r = await call(ctx, 'recommendation.add', input);
      return r.ok ? 'accepted' : r.error.code;
    };
    expect(await refused(recommendation('2023-JKWWT-02'))).toBe('studio-revoked');
    expect(await refused(recommendation('2024-JKWWT-02'))).toBe('studio-rectifying');
    expect(await refused(recommendation('2024-JKWWT-01', { year: 2023 }))).toBe('recommendation-before-studio');
    expect(await refused(recommendation('2019-JKWWT-01'))).toBe('studio-not-found');
    expect(await refused(recommendation('2024-JKWWT-01'))).toBe('accepted');
    expect(await refused(recommendation('2024-JKWWT-01'))).toBe('recommendation-exists');
    // Nothing ticked is refused at the door.
    expect(await refused(recommendation('2023-JKWWT-01', { reasons: [] }))).toBe('invalid-input');
    const rows = ctx.store.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'recommendation.add'").get() as { n: number };
    expect(rows.n).toBe(1);
    expect(expectOk(await call(ctx, 'recommendation.list', { year: 2026 })).map((r) => r.studioId)).toEqual(['2024-JKWWT-01']);
  });

  it('prints the year’s list as xlsx and PDF, both read back', async () => {
    const ctx = await withRegister();
    expectOk(await call(ctx, 'recommendation.add', recommendation('2024-JKWWT-01', { reasons: ['outstanding'] })));
    expectOk(await call(ctx, 'recommendation.add', recommendation('2023-JKWWT-01')));
    expectOk(await call(ctx, 'recommendation.outcome', { studioId: '2023-JKWWT-01', year: 2026, outcome: 'not-awarded', outcomeOn: '2026-06-01' }));

    const xlsx = expectOk(await call(ctx, 'recommendation.export', { year: 2026, format: 'xlsx' }));
    expect(xlsx.fileName).toBe('优先推荐名单-2026.xlsx');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(xlsx.content) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.getRow(1).getCell(1).value).toBe('2026年度优先推荐河南省劳模工匠创新工作室名单（共 2 个）');
    expect([3, 4].map((n) => [2, 8, 11].map((c) => ws.getRow(n).getCell(c).value))).toEqual([
      ['2023-JKWWT-01', '运行规范、效益显著', '未获命名'],
      ['2024-JKWWT-01', '特别优秀', '待定'],
    ]);

    const pdf = expectOk(await call(ctx, 'recommendation.export', { year: 2026, format: 'pdf' }));
    const text = pdfText(pdf.content);
    expect(text).toContain('2026年度优先推荐河南省劳模工匠创新工作室名单');
    expect(text).toContain('2023-JKWWT-01');
    expect(text).toContain('2024-JKWWT-01');
    expect(text).toContain('未获命名');
  });
});
