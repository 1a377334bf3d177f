import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { paperCodesFromPrints } from '../helpers/paper-codes';
import { pdfText } from '../helpers/pdf-text';
import { pastListXlsx, pastRow } from '../helpers/register-sheet';
import { expect, saveDownload, settled, startServer, test } from './fixtures';
import { adoptFrom, checkNotEvident, enrolMeetingKey, meetingBundle, payGrant, pickAndVerifyBundle, publishList, recordExpense, revokeStudio } from './office-steps';

/**
 * The office's year in one go, on one office computer (one app server): last year's list taken into the register,
 * the meeting's bundle taken in, its proposed list adopted and published (the list's PDF read back for the register
 * numbers), a new studio paid and spending (one expense refused), a studio of last year checked (a year's check is
 * of the studios published before it), found not rectified and revoked, and the year's ledger report read back for
 * its totals.
 *
 * The demo year is 2026 and every date below is a fixed day of it, before today, so the flow holds whatever day it
 * runs on: the re-check comes after the rectification's deadline, which the rules require, without waiting for it.
 */
test('the office year: take in a bundle, publish the list, pay and spend, check, revoke, print', async ({ page }) => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-office-year-'));
  const officeDir = path.join(work, 'office');
  const usb = path.join(work, 'usb');
  fs.mkdirSync(usb);
  const bundle = await meetingBundle(work, officeDir, usb, 8);
  expect(bundle.year).toBe(2026);
  const pastList = path.join(work, '2025年名单.xlsx');
  fs.writeFileSync(pastList, await pastListXlsx([pastRow(2025, 1), pastRow(2025, 2)]));
  const app = await startServer(officeDir);
  try {
    // 工作室名册: last year's list, from the office's spreadsheet.
    await page.goto(app.url);
    await page.getByRole('menuitem', { name: '工作室名册' }).click();
    await page.getByTestId('register-import').click();
    const sheet = await settled(page.getByRole('dialog'));
    await sheet.locator('input[type=file]').setInputFiles(pastList);
    await sheet.getByTestId('import-commit').click();
    await expect(sheet.getByTestId('import-done')).toContainText('共 2 个工作室已列入名册');
    await sheet.getByRole('button', { name: '关闭', exact: true }).click();
    const revoked = '2025-JKWWT-02';
    await expect(page.getByTestId('register-table')).toContainText(revoked);

    // 办公室核验: the meeting laptop's key enrolled, the bundle verified and taken in with every paper's code.
    await page.getByRole('menuitem', { name: '办公室核验' }).click();
    await enrolMeetingKey(page, bundle);
    await pickAndVerifyBundle(page, bundle);
    const paper = paperCodesFromPrints(bundle.folder);
    await page.getByTestId('paper-code-commitment').fill(paper.commitment);
    for (const [id, code] of Object.entries(paper.experts)) await page.getByTestId(`paper-code-${id}`).fill(code);
    await page.getByTestId('bundle-import').click();
    await expect(page.getByTestId('bundle-imported')).toBeVisible();
    await expect(page.getByTestId('report-checks')).toContainText('与纸质签字件一致');

    // 发布名单: the bundle's proposed list, verified, adopted whole and published.
    await page.getByRole('menuitem', { name: '发布名单' }).click();
    await expect(page.locator('[data-testid^="proposal-"]').getByText('核验通过')).toBeVisible();
    const n = await adoptFrom(page, 0);
    expect(n).toBeGreaterThan(1);
    await publishList(page, { docNo: '豫教科文卫体工〔2026〕12号', publishedOn: '2026-11-10', noticeStart: '2026-10-27', noticeEnd: '2026-11-02' });
    const numbers = Array.from({ length: n }, (_, i) => `2026-JKWWT-${String(i + 1).padStart(2, '0')}`);
    for (const no of numbers) await expect(page.getByTestId('published-table')).toContainText(no);
    const listPdf = pdfText(await saveDownload(page, work, () => page.getByTestId('save-pdf').click()));
    expect(listPdf).toContain('2026年度劳模工匠创新工作室名单');
    expect(listPdf).toContain('豫教科文卫体工〔2026〕12号');
    for (const no of numbers) expect(listPdf).toContain(no);
    expect(listPdf).not.toContain(`2026-JKWWT-${String(n + 1).padStart(2, '0')}`);
    const paid = numbers[0];

    // 补助资金台账: the first studio's grant, an allowed expense, and a forbidden one refused in place.
    await page.getByRole('menuitem', { name: '补助资金台账' }).click();
    await page.getByTestId('ledger-studios').getByText(paid).click();
    await payGrant(page, '2026-11-16');
    await expect(page.getByTestId('ledger-balance')).toHaveText('30,000.00 元');
    await recordExpense(page, { amount: '1,234.50', purpose: '购置三坐标测量仪探头', date: '2026-11-20' });
    await expect(page.getByTestId('ledger-balance')).toHaveText('28,765.50 元');
    await recordExpense(page, { amount: '300', purpose: '攻关期间成员误餐费', date: '2026-11-21' });
    await expect(page.getByTestId('expense-refused')).toContainText('用途中含“误餐”：依据第十条');
    await expect(page.getByTestId('ledger-balance')).toHaveText('28,765.50 元');

    // 动态管理: the 2026 check of a studio of 2025 opens a rectification; past its deadline it is re-checked as not
    // rectified, and revoked.
    await page.getByRole('menuitem', { name: '动态管理' }).click();
    await expect(page.getByTestId('due-table')).toContainText(revoked);
    await checkNotEvident(page, revoked, { checkedOn: '2026-11-17', deadline: '2026-11-27', requirements: '每月开展一次活动' });
    const open = page.getByTestId('rectifications-table').getByRole('row').filter({ hasText: revoked });
    await expect(open).toContainText('每月开展一次活动');
    await expect(page.getByTestId('due-table')).not.toContainText(revoked);
    await page.getByTestId(`recheck-${revoked}`).click();
    const recheck = await settled(page.getByRole('dialog'));
    await recheck.getByLabel('复查日期').fill('2026-11-30');
    await recheck.getByTestId('outcome-not-rectified').click();
    await recheck.getByLabel('复查情况').fill('整改期内未开展活动');
    await recheck.getByLabel('复查人').fill('王敏');
    await recheck.getByTestId('recheck-submit').click();
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(open).toContainText('整改不到位，待撤销');
    await revokeStudio(page, revoked, { docNo: '豫教科文卫体工〔2026〕15号', reason: '作用发挥不明显且整改不到位' });
    await expect(page.getByTestId('rectifications-table')).not.toContainText(revoked);

    // The revoked studio is refused money; the year's ledger report carries the paid studio's totals.
    await page.getByRole('menuitem', { name: '补助资金台账' }).click();
    await page.getByTestId('ledger-studios').getByText(revoked).click();
    await expect(page.getByTestId('grant-revoked')).toContainText('已撤销，不能再拨付');
    await page.getByTestId('report-year').fill('2026');
    const ledgerPdf = pdfText(await saveDownload(page, work, () => page.getByTestId('year-report-pdf').click()));
    expect(ledgerPdf).toContain('2026年度');
    expect(ledgerPdf).toContain(paid);
    expect(ledgerPdf).toMatch(/本期拨付\s+30,000\.00/);
    expect(ledgerPdf).toMatch(/本期支出\s+1,234\.50/);
    expect(ledgerPdf).toMatch(/期末余额\s+28,765\.50/);
    expect(ledgerPdf).toContain('购置三坐标测量仪探头');
    expect(ledgerPdf).not.toContain('误餐');
    expect(ledgerPdf).not.toContain(revoked);
  } finally {
    await app.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
});
