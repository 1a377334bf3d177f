import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from '../../tests/helpers/cli';
import { openTestContext } from '../../tests/helpers/context';
import { pdfText } from '../../tests/helpers/pdf-text';
import { insertStudio } from '../../tests/helpers/studios';
import { tempDir } from '../../tests/helpers/temp-dir';

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** A register with two studios of 2024, one of them revoked, as publication and dynamic management would leave it. */
function register(): { dir: string; active: string; revoked: string } {
  const dir = tempDir();
  const ctx = openTestContext(dir);
  try {
    return { dir, active: insertStudio(ctx.store, 2024, 1), revoked: insertStudio(ctx.store, 2024, 2, 'revoked') };
  } finally {
    ctx.store.close();
  }
}

describe('studio-review ledger', () => {
  it('adds a grant and expenses, refuses forbidden uses and overdrafts with exit 1, reverses, and reports', async () => {
    const { dir, active, revoked } = register();
    const scan = path.join(tempDir(), '回单.pdf');
    fs.writeFileSync(scan, '%PDF-1.4\n% a scanned bank slip\n');
    // Dates of 2024: in the past on any machine that runs this.
    const grant = (studio: string) =>
      cli('ledger', 'add', '--data-dir', dir, '--studio', studio, '--grant', '--account', '河南省人民医院工会委员会', '--bank', '工行郑州经三路支行', '--date', '2024-12-10', '--voucher', '记-001', '--attachment', scan);
    const paid = grant(active);
    expect(paid.stderr).toBe('');
    expect(paid.code).toBe(0);
    expect(paid.stdout).toContain('余额 / balance 30,000.00 元');

    const expense = (amount: string, purpose: string, category = 'equipment-and-materials') =>
      cli('ledger', 'add', '--data-dir', dir, '--studio', active, '--expense', '--date', '2024-12-20', '--amount', amount, '--category', category, '--purpose', purpose, '--payee', '郑州精测仪器有限公司', '--voucher', '记-017');
    expect(expense('1234.50', '购置测量仪探头').code).toBe(0);
    const skills = expense('0.30', '技能培训教材', '职工技能提升');
    expect(skills.code).toBe(0);
    expect(skills.stdout).toContain('余额 / balance 28,765.20 元');

    const meal = expense('300', '攻关成员误餐费');
    expect(meal.code).toBe(1);
    expect(meal.stderr).toContain('用途中含“误餐”');
    expect(meal.stderr).toContain('第十条');
    const over = expense('28,765.21', '购置服务器');
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('余额不能为负');
    const decimals = expense('10.005', '耗材');
    expect(decimals.code).toBe(1);
    expect(decimals.stderr).toContain('最多两位小数');
    expect(expense('10', '耗材', 'dinner').code).toBe(1);

    const refusedGrant = grant(revoked);
    expect(refusedGrant.code).toBe(1);
    expect(refusedGrant.stderr).toContain('已被撤销');

    const reversal = cli('ledger', 'reverse', '--data-dir', dir, '--entry', '2', '--reason', '金额录入错误');
    expect(reversal.code).toBe(0);
    expect(reversal.stdout).toContain('余额 / balance 29,999.70 元');
    const twice = cli('ledger', 'reverse', '--data-dir', dir, '--entry', '2', '--reason', '再冲一次');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('已冲销过');

    const shown = cli('ledger', 'show', '--data-dir', dir, '--studio', active);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('[已冲销 reversed by 4]');

    const out = tempDir();
    const report = cli('ledger', 'report', '--data-dir', dir, '--year', '2024', '--out', out);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(['补助经费台账-2024年度.pdf', '补助经费台账-2024年度.xlsx']);
    const text = pdfText(path.join(out, '补助经费台账-2024年度.pdf'));
    expect(text).toContain(active);
    // The counter-entry is dated the day it was made, so 2024 closes on the balance before it, and says so.
    expect(text).toContain('28,765.20');
    // A cell wraps where it likes, and pdftotext -layout interleaves the lines of neighbouring cells: each piece
    // is compared without the spaces and line breaks it puts there.
    expect(squeeze(text)).toContain('购置测量仪探头（已由');
    expect(squeeze(text)).toContain('第4笔冲销）');
    expect(text).not.toContain(revoked);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, '补助经费台账-2024年度.xlsx'));
    const total = wb.getWorksheet('汇总')!.getRow(3);
    expect([7, 8, 9, 10].map((c) => Math.round((total.getCell(c).value as number) * 100))).toEqual([0, 3_000_000, 123_480, 2_876_520]);
    const detail = wb.getWorksheet('明细')!;
    expect(detail.actualRowCount).toBe(4);
    expect(detail.getRow(2).getCell(16).value).toMatch(/^[0-9a-f]{64}$/);

    const studio = cli('ledger', 'report', '--data-dir', dir, '--studio', active, '--out', out);
    expect(studio.code).toBe(0);
    const whole = pdfText(path.join(out, `补助经费台账-${active}.pdf`));
    expect(squeeze(whole)).toContain('冲销第2笔：');
    expect(whole).toContain('29,999.70');
  });

  it('says what is missing: exit 2 for usage, exit 1 for an unknown studio', () => {
    const { dir } = register();
    expect(cli('ledger', 'add', '--data-dir', dir, '--studio', '2024-JKWWT-01', '--date', '2024-12-10', '--voucher', 'v').code).toBe(2);
    expect(cli('ledger', 'report', '--data-dir', dir, '--out', dir).code).toBe(2);
    const unknown = cli('ledger', 'show', '--data-dir', dir, '--studio', '2030-JKWWT-09');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('名册中没有工作室 2030-JKWWT-09');
  });
});
