import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Store } from '../../src-main/store/store';
import { systemClock } from '../../src-main/clock';
import { pdfText } from '../helpers/pdf-text';
import { insertStudio } from '../helpers/studios';
import { expect, saveDownload, settled, test } from './fixtures';
import { payGrant, recordExpense } from './office-steps';

/**
 * The office pays a studio of the register, records an allowed expense and has a forbidden one refused in place (in
 * Chinese, naming the word and Art. 10), reverses the allowed one, sees a revoked studio refused money, and saves the
 * year's ledger report, whose text shows the register number and the balance.
 */
test('the subsidy ledger: pay, spend, refuse a forbidden use, reverse, and print the year', async ({ app, page }) => {
  // Publication and dynamic management write the register; here a second connection stands in for them.
  const opened = Store.open(app.dataDir, systemClock);
  if (!opened.ok) throw new Error(opened.error.message.en);
  const year = new Date().getFullYear();
  const active = insertStudio(opened.value, year - 1, 1);
  const revoked = insertStudio(opened.value, year - 1, 2, 'revoked');
  opened.value.close();

  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '补助资金台账' }).click();
  await expect(page.getByTestId('grant-setting')).toContainText('30,000.00 元');
  await page.getByTestId('ledger-studios').getByText(revoked).click();
  await expect(page.getByTestId('grant-revoked')).toContainText('已撤销，不能再拨付');

  await page.getByTestId('ledger-studios').getByText(active).click();
  await payGrant(page);
  await expect(page.getByTestId('ledger-balance')).toHaveText('30,000.00 元');

  await recordExpense(page, { amount: '1,234.50', purpose: '购置三坐标测量仪探头' });
  await expect(page.getByTestId('ledger-balance')).toHaveText('28,765.50 元');
  await recordExpense(page, { amount: '300', purpose: '攻关期间成员误餐费' });
  await expect(page.getByTestId('expense-refused')).toContainText('用途中含“误餐”：依据第十条');
  await expect(page.getByTestId('ledger-balance')).toHaveText('28,765.50 元');

  await page.getByTestId('reverse-2').click();
  const dialog = await settled(page.getByRole('dialog'));
  await dialog.getByTestId('reverse-reason').fill('金额录入错误');
  await dialog.getByTestId('reverse-ok').click();
  await expect(page.getByTestId('ledger-balance')).toHaveText('30,000.00 元');
  await expect(page.getByTestId('ledger-entries')).toContainText('已由第 3 笔冲销');

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-ledger-'));
  await page.getByTestId('report-year').fill(String(year));
  const pdf = await saveDownload(page, dir, () => page.getByTestId('year-report-pdf').click());
  const text = pdfText(pdf);
  expect(text).toContain(active);
  expect(text).toContain('30,000.00');
  expect(text).toContain('1,234.50');
  expect(text).not.toContain(revoked);
});
