import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli, keyFingerprint, simulatedProposals } from '../../tests/helpers/cli';
import { paperCodeArgs } from '../../tests/helpers/paper-codes';
import { pdfText } from '../../tests/helpers/pdf-text';
import { tempDir } from '../../tests/helpers/temp-dir';

const DOC = '豫教科文卫体工〔2026〕12号';
const squeeze = (text: string) => text.replace(/\s+/g, '');

async function workbook(file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  return wb;
}

/** A column of a sheet from `from` to its last row, as the cells' values. */
function column(ws: ExcelJS.Worksheet, col: number, from: number): unknown[] {
  return Array.from({ length: ws.rowCount - from + 1 }, (_, i) => ws.getCell(from + i, col).value);
}

describe('the office year across two data folders', () => {
  it('meeting laptop → USB → office: bundle import, publish, register export, ledger add (allowed and forbidden), ledger report', async () => {
    const meeting = tempDir();
    const office = tempDir();
    const usb = tempDir();

    // The office issues the session's package; the meeting laptop meets and writes the signed bundle to the stick.
    const sim = cli('session', 'simulate', '--data-dir', meeting, '--office', office, '--seed', '5', '--export', usb);
    expect(sim.stderr).toBe('');
    expect(sim.code).toBe(0);
    expect(sim.stdout).toContain('safe to remove');
    const proposed = simulatedProposals(sim.stdout);
    expect(proposed.length).toBeGreaterThan(0);
    const bundle = path.join(usb, fs.readdirSync(usb)[0]);

    // The office enrols the meeting laptop's key after comparing the fingerprint read out to it, then takes the
    // bundle in with the codes read off the signed papers.
    const key = path.join(tempDir(), 'meeting-key.json');
    expect(cli('keys', 'export', '--data-dir', meeting, '--out', key, '--label', '第一会场').code).toBe(0);
    const enrol = cli('keys', 'import', key, '--role', 'meeting-laptop', '--data-dir', office, '--fingerprint', keyFingerprint(meeting));
    expect(enrol.stderr).toBe('');
    expect(enrol.code).toBe(0);
    const imported = cli('bundle', 'import', bundle, '--data-dir', office, '--year', '2026', ...paperCodeArgs(bundle));
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('✓ paper: 与纸质签字件一致');
    expect(imported.stdout).not.toContain('PAPER NOT CHECKED');
    expect(imported.stdout).toContain(`taken in: 2026-S05 (2026), ${proposed.length} 个推荐对象`);

    // Publishing at the office adopts the meeting's proposed list, numbers it and writes the list's files.
    const listDir = path.join(tempDir(), '名单');
    const pub = cli('publish', '--year', '2026', '--data-dir', office, '--doc-no', DOC, '--date', '2026-12-01', '--out', listDir);
    expect(pub.stderr).toBe('');
    expect(pub.code).toBe(0);
    expect(pub.stdout).toContain(`已发布 / published: 2026 年度 ${proposed.length} 个工作室 / studios, ${DOC}, 2026-12-01`);
    const numbers = proposed.map((_, i) => `2026-JKWWT-${String(i + 1).padStart(2, '0')}`);
    expect(fs.readdirSync(listDir).sort()).toEqual(['2026年度劳模工匠创新工作室名单.pdf', '2026年度劳模工匠创新工作室名单.xlsx']);
    const listPdf = pdfText(path.join(listDir, '2026年度劳模工匠创新工作室名单.pdf'));
    expect(listPdf).toContain(DOC);
    for (const n of numbers) expect(listPdf).toContain(n);
    const list = (await workbook(path.join(listDir, '2026年度劳模工匠创新工作室名单.xlsx'))).getWorksheet('名单')!;
    expect(column(list, 2, 4)).toEqual(numbers);

    // The register, exported: exactly the studios the meeting proposed, each with its number, document and status.
    const registerFile = path.join(tempDir(), '名册.xlsx');
    const exported = cli('register', 'export', '--data-dir', office, '--year', '2026', '--out', registerFile);
    expect(exported.stderr).toBe('');
    expect(exported.code).toBe(0);
    expect(exported.stdout).toContain(`register written: ${registerFile}`);
    const register = (await workbook(registerFile)).worksheets[0];
    expect(register.getCell(1, 1).value).toBe(`劳模工匠创新工作室名册（共 ${proposed.length} 个）`);
    expect((register.getRow(2).values as unknown[]).slice(1, 5)).toEqual(['年度', '编号', '工作室名称', '领衔人']);
    expect(column(register, 2, 3)).toEqual(numbers);
    expect((column(register, 3, 3) as string[]).sort()).toEqual(proposed.map((p) => p.studioName).sort());
    expect(new Set(column(register, 8, 3))).toEqual(new Set([DOC]));
    expect(new Set(column(register, 10, 3))).toEqual(new Set(['正常']));

    // The ledger of the first studio: the grant, an allowed expense, and an overtime payment refused under Art. 10.
    // The demo year is 2026, so the vouchers are dated in it (every date here is past on the clock that runs this).
    const studio = numbers[0];
    const studioName = register.getCell(3, 3).value as string;
    const grant = cli('ledger', 'add', '--data-dir', office, '--studio', studio, '--grant', '--account', '工作室所在单位工会委员会', '--bank', '工行郑州经三路支行', '--date', '2026-12-01', '--voucher', '记-001');
    expect(grant.stderr).toBe('');
    expect(grant.code).toBe(0);
    expect(grant.stdout).toContain(`${studio} ${studioName}: 余额 / balance 30,000.00 元`);
    const expense = (amount: string, category: string, purpose: string, voucher: string) =>
      cli('ledger', 'add', '--data-dir', office, '--studio', studio, '--expense', '--date', '2026-12-01', '--amount', amount, '--category', category, '--purpose', purpose, '--payee', '郑州精测仪器有限公司', '--voucher', voucher);
    const allowed = expense('4,580.50', '软硬件', '购置三维建模软件', '记-002');
    expect(allowed.stderr).toBe('');
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain('已记入第 2 笔 / entry 2 recorded: 支出 Expense 4,580.50');
    expect(allowed.stdout).toContain('余额 / balance 25,419.50 元');
    const forbidden = expense('600', 'skills', '技术攻关加班费', '记-003');
    expect(forbidden.code).toBe(1);
    expect(forbidden.stdout).toBe('');
    expect(forbidden.stderr).toContain('用途中含“加班”');
    expect(forbidden.stderr).toContain('第十条');
    expect(forbidden.stderr).toContain('Art. 10');

    // The year's ledger report: the refused expense left no trace; totals by studio and by use, in xlsx and PDF.
    const reportDir = tempDir();
    const report = cli('ledger', 'report', '--data-dir', office, '--year', '2026', '--out', reportDir);
    expect(report.stderr).toBe('');
    expect(report.code).toBe(0);
    expect(fs.readdirSync(reportDir).sort()).toEqual(['补助经费台账-2026年度.pdf', '补助经费台账-2026年度.xlsx']);
    const ledger = await workbook(path.join(reportDir, '补助经费台账-2026年度.xlsx'));
    const summary = ledger.getWorksheet('汇总')!;
    const fen = (row: number, cols: number[]) => cols.map((c) => Math.round((summary.getRow(row).getCell(c).value as number) * 100));
    expect(summary.getCell(2, 1).value).toBe(studio);
    // Opening, granted, spent, closing; then the six uses of Art. 10, software and hardware second.
    expect(fen(2, [7, 8, 9, 10])).toEqual([0, 3_000_000, 458_050, 2_541_950]);
    expect(fen(2, [11, 12, 13, 14, 15, 16])).toEqual([0, 458_050, 0, 0, 0, 0]);
    expect(summary.getCell(3, 1).value).toBe('合计');
    expect(fen(3, [7, 8, 9, 10])).toEqual([0, 3_000_000, 458_050, 2_541_950]);
    const detail = ledger.getWorksheet('明细')!;
    expect(detail.actualRowCount).toBe(3);
    expect(column(detail, 11, 2)).toEqual(['记-001', '记-002']);

    const text = pdfText(path.join(reportDir, '补助经费台账-2026年度.pdf'));
    expect(text).toContain(studio);
    expect(text).toContain('30,000.00');
    expect(text).toContain('4,580.50');
    expect(text).toContain('25,419.50');
    expect(squeeze(text)).toContain('购置三维建模软件');
    expect(text).not.toContain('加班');

    // Every step above is in the office's audit log, and the chain holds.
    expect(cli('audit', 'verify', '--data-dir', office).code).toBe(0);
  });
});
