import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { pdfPageSizes, pdfText } from '../../tests/helpers/pdf-text';
import { insertStudio } from '../../tests/helpers/studios';
import type { OperationInput } from '../../src-shared/api/contract';
import { parseYuan } from '../../src-shared/office/ledger-money';
import { call } from '../api/dispatch';
import type { ServiceContext } from '../services/context';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');

const grant = (studioId: string, extra: Partial<OperationInput<'ledger.grant'>> = {}): OperationInput<'ledger.grant'> => ({
  studioId,
  date: '2026-01-15',
  accountName: '河南省人民医院工会委员会',
  bank: '中国工商银行郑州经三路支行',
  voucherNo: '记-2026-001',
  ...extra,
});

const yuan = (text: string) => expectOk(parseYuan(text));

const expense = (studioId: string, amount: string, extra: Partial<OperationInput<'ledger.expense'>> = {}): OperationInput<'ledger.expense'> => ({
  studioId,
  date: '2026-03-02',
  amountFen: yuan(amount),
  category: 'equipment-and-materials',
  purpose: '购置三坐标测量仪探头',
  payee: '郑州精测仪器有限公司',
  voucherNo: '记-2026-017',
  ...extra,
});

function auditActions(ctx: ServiceContext): string[] {
  return (ctx.store.db.prepare("SELECT action FROM audit_log WHERE action LIKE 'ledger.%' ORDER BY seq").all() as { action: string }[]).map((r) => r.action);
}

async function refused(ctx: ServiceContext, work: Promise<{ ok: boolean; error?: { code: string; message: { zh: string; en: string } } }>, code: string) {
  const before = ctx.store.db.prepare('SELECT count(*) AS n FROM ledger_entries').get() as { n: number };
  const r = await work;
  expect(r.ok).toBe(false);
  expect(r.error!.code).toBe(code);
  const after = ctx.store.db.prepare('SELECT count(*) AS n FROM ledger_entries').get() as { n: number };
  expect(after.n).toBe(before.n);
  return r.error!.message;
}

describe('the subsidy ledger', () => {
  it('pays the grant once at the set amount, records allowed expenses, and keeps exact fen', async () => {
    const ctx = openTestContext();
    const s = insertStudio(ctx.store, 2025, 1);
    const paid = expectOk(await call(ctx, 'ledger.grant', grant(s)));
    expect(paid.balanceFen).toBe(3_000_000);
    expect(paid.entries[0]).toMatchObject({ kind: 'grant', amountFen: 3_000_000, accountName: '河南省人民医院工会委员会' });
    await refused(ctx, call(ctx, 'ledger.grant', grant(s, { voucherNo: '记-2026-002' })), 'grant-exists');

    // Three expenses of 0.10 yuan and one of 0.20: 0.50 exactly, where 0.1 + 0.1 + 0.1 + 0.2 in floats is not.
    for (const amount of ['0.10', '0.10', '0.10', '0.20']) expectOk(await call(ctx, 'ledger.expense', expense(s, amount, { category: 'skills', purpose: '技能培训教材' })));
    const view = expectOk(await call(ctx, 'ledger.expense', expense(s, '12,345.67', { category: 'software-and-hardware' })));
    expect(view.byCategory.skills).toBe(50);
    expect(view.byCategory['software-and-hardware']).toBe(1_234_567);
    expect(view.spentFen).toBe(1_234_617);
    expect(view.balanceFen).toBe(3_000_000 - 1_234_617);
    expect(view.entries.map((e) => e.balanceAfterFen)).toEqual([3_000_000, 2_999_990, 2_999_980, 2_999_970, 2_999_950, 1_765_383]);
    expect(auditActions(ctx)).toEqual(['ledger.grant', ...Array(5).fill('ledger.expense')]);
    const row = ctx.store.db.prepare("SELECT details FROM audit_log WHERE action = 'ledger.expense' ORDER BY seq DESC LIMIT 1").get() as { details: string };
    expect(JSON.parse(row.details)).toMatchObject({ amountFen: 1_234_567, category: 'software-and-hardware', voucherNo: '记-2026-017' });
  });

  it('refuses forbidden uses (Art. 10), overdrafts and impossible dates, leaving nothing behind', async () => {
    const ctx = openTestContext();
    const s = insertStudio(ctx.store, 2025, 1);
    await refused(ctx, call(ctx, 'ledger.expense', expense(s, '100')), 'no-grant');
    expectOk(await call(ctx, 'ledger.grant', grant(s)));
    const meal = await refused(ctx, call(ctx, 'ledger.expense', expense(s, '300', { purpose: '攻关期间成员误餐费', category: 'innovation-projects' })), 'forbidden-use');
    expect(meal.zh).toContain('“误餐”');
    expect(meal.zh).toContain('第十条');
    await refused(ctx, call(ctx, 'ledger.expense', expense(s, '800', { purpose: '周末加班费' })), 'forbidden-use');
    await refused(ctx, call(ctx, 'ledger.expense', expense(s, '200', { purpose: '成员通讯补贴' })), 'forbidden-use');
    const over = await refused(ctx, call(ctx, 'ledger.expense', expense(s, '30,000.01')), 'overdraft');
    expect(over.zh).toContain('30,000.01 元超过');
    expectOk(await call(ctx, 'ledger.expense', expense(s, '30,000.00')));
    await refused(ctx, call(ctx, 'ledger.expense', expense(s, '0.01')), 'overdraft');
    await refused(ctx, call(ctx, 'ledger.expense', expense(s, '1', { date: '2026-01-14' })), 'expense-before-grant');
    // The test clock stands at 2026-06-01 (Asia/Shanghai).
    await refused(ctx, call(ctx, 'ledger.expense', expense(s, '1', { date: '2026-06-02' })), 'date-in-future');
    // An amount that is not whole fen never reaches the ledger.
    expect((await call(ctx, 'ledger.expense', { ...expense(s, '1'), amountFen: 12.5 })).ok).toBe(false);
    expect(auditActions(ctx)).toEqual(['ledger.grant', 'ledger.expense']);
  });

  it('corrects by counter-entries only: once per entry, never a reversal, never editing or deleting a row', async () => {
    const ctx = openTestContext();
    const s = insertStudio(ctx.store, 2025, 1);
    expectOk(await call(ctx, 'ledger.grant', grant(s)));
    const wrong = expectOk(await call(ctx, 'ledger.expense', expense(s, '5,000', { category: 'working-conditions' }))).entries[1];
    const undone = expectOk(await call(ctx, 'ledger.reverse', { entryId: wrong.id, reason: '金额录入错误，应为 500 元' }));
    expect(undone.balanceFen).toBe(3_000_000);
    expect(undone.byCategory['working-conditions']).toBe(0);
    const counter = undone.entries[2];
    expect(counter).toMatchObject({ kind: 'reversal', reverses: wrong.id, amountFen: 500_000, category: 'working-conditions', date: '2026-06-01' });
    expect(undone.entries[1].reversedBy).toBe(counter.id);
    await refused(ctx, call(ctx, 'ledger.reverse', { entryId: wrong.id, reason: '再次冲销' }), 'already-reversed');
    await refused(ctx, call(ctx, 'ledger.reverse', { entryId: counter.id, reason: '冲销冲销' }), 'reverse-reversal');
    await refused(ctx, call(ctx, 'ledger.reverse', { entryId: 999, reason: '没有这笔' }), 'entry-not-found');
    expect(() => ctx.store.db.prepare('UPDATE ledger_entries SET amount_fen = 1 WHERE id = ?').run(wrong.id)).toThrow(/never changed/);
    expect(() => ctx.store.db.prepare('DELETE FROM ledger_entries WHERE id = ?').run(wrong.id)).toThrow(/never deleted/);
    expect(auditActions(ctx)).toEqual(['ledger.grant', 'ledger.expense', 'ledger.reverse']);

    // A wrong grant: reversed (once its money is back), then paid again.
    const spent = expectOk(await call(ctx, 'ledger.expense', expense(s, '500', { voucherNo: '记-2026-018' })));
    await refused(ctx, call(ctx, 'ledger.reverse', { entryId: spent.entries[0].id, reason: '账户填错' }), 'overdraft');
    expectOk(await call(ctx, 'ledger.reverse', { entryId: spent.entries[3].id, reason: '先冲销支出' }));
    expect(expectOk(await call(ctx, 'ledger.reverse', { entryId: spent.entries[0].id, reason: '账户填错' })).grantEntry).toBeNull();
    expect(expectOk(await call(ctx, 'ledger.grant', grant(s, { voucherNo: '记-2026-020' }))).grantEntry).toBe(7);
  });

  it('pays nothing to a revoked studio, and still records what its paid money was spent on', async () => {
    const ctx = openTestContext();
    const revoked = insertStudio(ctx.store, 2025, 1, 'revoked');
    const msg = await refused(ctx, call(ctx, 'ledger.grant', grant(revoked)), 'studio-revoked');
    expect(msg.zh).toContain('已被撤销');
    const rectifying = insertStudio(ctx.store, 2025, 2, 'rectifying');
    expectOk(await call(ctx, 'ledger.grant', grant(rectifying)));
    // Revocation (dynamic management) happens after the money was paid: the spending stays on the record.
    const later = insertStudio(ctx.store, 2025, 3);
    expectOk(await call(ctx, 'ledger.grant', grant(later)));
    ctx.store.db.prepare("UPDATE studios SET status = 'revoked' WHERE id = ?").run(later);
    expectOk(await call(ctx, 'ledger.expense', expense(later, '1,000')));
    await refused(ctx, call(ctx, 'ledger.grant', grant(later)), 'studio-revoked');
    await refused(ctx, call(ctx, 'ledger.grant', grant('2025-JKWWT-99')), 'studio-not-found');
  });

  it('keeps a voucher scan under its SHA-256 and refuses it once altered', async () => {
    const ctx = openTestContext();
    const s = insertStudio(ctx.store, 2025, 1);
    const view = expectOk(await call(ctx, 'ledger.grant', grant(s, { attachment: { fileName: '拨款回单.png', content: PNG } })));
    const a = view.entries[0].attachment!;
    expect(a).toMatchObject({ fileName: '拨款回单.png', mediaType: 'image/png', size: PNG.length });
    const back = expectOk(await call(ctx, 'ledger.attachment', { entryId: view.entries[0].id }));
    expect(Buffer.from(back.content)).toEqual(PNG);
    expect(back.sha256).toBe(a.sha256);
    fs.appendFileSync(path.join(ctx.store.dataDir, 'attachments', `${a.sha256}.png`), 'x');
    expect((await call(ctx, 'ledger.attachment', { entryId: view.entries[0].id })).ok).toBe(false);
    await refused(ctx, call(ctx, 'ledger.expense', expense(s, '10', { attachment: { fileName: 'a.txt', content: Buffer.from('hello') } })), 'attachment-type');
  });

  it('pays each grant at the amount set when it was paid', async () => {
    const ctx = openTestContext();
    const a = insertStudio(ctx.store, 2025, 1);
    const b = insertStudio(ctx.store, 2025, 2);
    expect(expectOk(await call(ctx, 'ledger.settings', {})).grantFen).toBe(3_000_000);
    expectOk(await call(ctx, 'ledger.grant', grant(a)));
    expect(expectOk(await call(ctx, 'ledger.settings', { grantFen: yuan('50,000') })).grantFen).toBe(5_000_000);
    expect(expectOk(await call(ctx, 'ledger.grant', grant(b))).balanceFen).toBe(5_000_000);
    expect(expectOk(await call(ctx, 'ledger.get', { studioId: a })).balanceFen).toBe(3_000_000);
    const setting = ctx.store.db.prepare("SELECT subject, details FROM audit_log WHERE action = 'settings.update'").get() as { subject: string; details: string };
    expect(setting.subject).toBe('ledgerGrantFen');
    expect(JSON.parse(setting.details)).toEqual({ from: 3_000_000, to: 5_000_000 });
    const rows = expectOk(await call(ctx, 'ledger.studios', { year: 2025 }));
    expect(rows.map((r) => [r.studio.id, r.balanceFen])).toEqual([
      [a, 3_000_000],
      [b, 5_000_000],
    ]);
  });

  it('reports a studio and a year as PDF and xlsx with the same totals by use', async () => {
    const ctx = openTestContext();
    const a = insertStudio(ctx.store, 2024, 1);
    const b = insertStudio(ctx.store, 2025, 1, 'rectifying');
    expectOk(await call(ctx, 'ledger.grant', grant(a, { date: '2025-01-10' })));
    expectOk(await call(ctx, 'ledger.expense', expense(a, '1,000.50', { date: '2025-05-01', category: 'skills' })));
    expectOk(await call(ctx, 'ledger.expense', expense(a, '2,000', { date: '2026-02-01', category: 'innovation-projects' })));
    expectOk(await call(ctx, 'ledger.grant', grant(b)));
    expectOk(await call(ctx, 'ledger.expense', expense(b, '0.30', { category: 'innovation-projects' })));

    const year = expectOk(await call(ctx, 'ledger.report', { year: 2026 }));
    const text = pdfText(year.pdf.content);
    expect(text).toContain('补助工作经费台账（2026年度）');
    expect(text).toContain(a);
    expect(text).toContain(b);
    // Opening 28,999.50 for a (2025's expense carried), then 2,000 out; b: 30,000 in, 0.30 out.
    expect(text).toContain('28,999.50');
    expect(text).toContain('26,999.50');
    expect(text).toContain('2,000.30');
    expect(text).toContain('整改中');
    // Ten columns of entries print across a landscape page, every page of it.
    const sizes = pdfPageSizes(Buffer.from(year.pdf.content));
    expect(sizes.length).toBeGreaterThan(0);
    for (const { width, height } of sizes) expect(width).toBeGreaterThan(height);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(year.xlsx.content) as unknown as ArrayBuffer);
    const total = wb.getWorksheet('汇总')!.getRow(4);
    expect(total.getCell(1).value).toBe('合计');
    expect([7, 8, 9, 10].map((c) => Math.round((total.getCell(c).value as number) * 100))).toEqual([2_899_950, 3_000_000, 200_030, 5_699_920]);
    expect(wb.getWorksheet('明细')!.actualRowCount).toBe(1 + 3);
    const uses = wb.getWorksheet('按用途汇总')!;
    expect(uses.getRow(6).values).toEqual([undefined, '创新项目', 'Innovation projects', 2000.3]);

    const one = expectOk(await call(ctx, 'ledger.report', { studioId: a }));
    expect(one.pdf.fileName).toBe(`补助经费台账-${a}.pdf`);
    const oneText = pdfText(one.pdf.content);
    expect(oneText).toContain('1,000.50');
    expect(oneText).toContain('26,999.50');
    expect(oneText).toContain('链完整');
    expect((await call(ctx, 'ledger.report', { studioId: '2030-JKWWT-01' })).ok).toBe(false);
  });
});
