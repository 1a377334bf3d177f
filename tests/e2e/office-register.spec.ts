import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdfText } from '../helpers/pdf-text';
import { pastListXlsx, pastRow } from '../helpers/register-sheet';
import { expect, saveDownload, settled, test } from './fixtures';

/**
 * 办公室 → 工作室名册: a past list with a bad row is refused whole, the corrected one taken in; the table is searched;
 * a studio's page records an Art. 8 recommendation and its outcome, both in its history; the year's list prints.
 */
test('the office imports a past list, finds a studio, recommends it and prints the list', async ({ app, page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-register-'));
  const bad = path.join(dir, 'bad.xlsx');
  const good = path.join(dir, '2023年名单.xlsx');
  const rows = Array.from({ length: 30 }, (_, i) => pastRow(2023 + (i % 2), i + 1));
  fs.writeFileSync(bad, await pastListXlsx([...rows.slice(0, 3), pastRow(2023, 99, { '行业/领域': '农业' })]));
  fs.writeFileSync(good, await pastListXlsx([...rows, pastRow(2024, 31, { 工作室名称: '李娜工匠创新工作室', 领衔人: '李娜' })]));

  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '工作室名册' }).click();
  await page.getByTestId('register-import').click();
  const dialog = await settled(page.getByRole('dialog'));
  await dialog.locator('input[type=file]').setInputFiles(bad);
  await expect(dialog.getByTestId('import-problems')).toContainText('行业/领域');
  await expect(dialog.getByTestId('import-problems')).toContainText('农业');
  await expect(dialog.getByTestId('import-commit')).toBeDisabled();
  await dialog.locator('input[type=file]').setInputFiles(good);
  await dialog.getByTestId('import-commit').click();
  await expect(dialog.getByTestId('import-done')).toContainText('共 31 个工作室已列入名册');
  await dialog.getByRole('button', { name: '关闭', exact: true }).click();

  const table = page.getByTestId('register-table');
  await expect(table.getByText('共 31 个工作室', { exact: true })).toBeVisible();
  await page.getByPlaceholder('搜索（任意列）').fill('李娜');
  await table.getByText('李娜工匠创新工作室').click();

  const studio = page.getByTestId('studio-page');
  await expect(studio).toContainText('2024-JKWWT-16');
  await expect(studio.getByTestId('status-active')).toBeVisible();
  const form = studio.getByTestId('recommendation-form');
  await form.getByLabel('运行规范').check();
  await form.getByLabel('特别优秀').check();
  await form.getByTestId('recommendation-sent-on').fill('2026-03-10');
  await form.getByTestId('recommendation-text').fill('三年来推广新技术 8 项');
  await form.getByTestId('recommendation-submit').click();
  await expect(studio.getByTestId('studio-recommendations')).toContainText('运行规范、特别优秀');
  await expect(studio.getByTestId('studio-recommendations')).toContainText('待定');

  await studio.getByTestId('record-outcome-2026').click();
  const outcome = studio.getByTestId('outcome-form');
  await outcome.getByTestId('outcome-select').click();
  await (await settled(page.locator('.ant-select-dropdown'))).getByText('已命名').click();
  await outcome.getByLabel('结果日期').fill('2026-05-20');
  await outcome.getByTestId('outcome-submit').click();
  await expect(studio.getByTestId('studio-recommendations')).toContainText('已命名');
  await expect(studio.getByTestId('studio-history')).toContainText('从往年名单导入名册');
  await expect(studio.getByTestId('studio-history')).toContainText('优先推荐河南省总工会');
  await expect(studio.getByTestId('studio-history')).toContainText('记录推荐结果');
  await page.keyboard.press('Escape');

  await page.getByRole('tab', { name: '优先推荐（第八条）' }).click();
  await page.getByTestId('recommendation-year').fill('2026');
  await expect(page.getByTestId('recommendation-table')).toContainText('2024-JKWWT-16');
  const pdf = await saveDownload(page, dir, () => page.getByTestId('recommendation-pdf').click());
  const text = pdfText(pdf);
  expect(text).toContain('2026年度优先推荐河南省劳模工匠创新工作室名单');
  expect(text).toContain('2024-JKWWT-16');
  expect(text).toContain('已命名');
});
