import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeFixtures } from '../../scripts/make-fixtures';
import { pdfText } from '../helpers/pdf-text';
import { expect, test } from './fixtures';

test('imports the pool, shows a broken file’s errors, imports nominations, screens the year and saves the sheet', async ({ app, page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-fixtures-'));
  const files = await makeFixtures(dir);
  await page.goto(app.url);

  // A broken pool file: every problem listed by row and column, nothing imported.
  await page.getByRole('menuitem', { name: '专家库' }).click();
  await page.getByTestId('pool-import').click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles(files.brokenUnknownTitle);
  await expect(dialog.getByTestId('import-problems-summary')).toBeVisible();
  await expect(dialog.getByTestId('import-problems')).toContainText('性别');
  await expect(dialog.getByTestId('import-commit')).toBeDisabled();

  // The real pool: clean, imported.
  await dialog.locator('input[type=file]').setInputFiles(files.pool);
  await expect(dialog.getByText('300 行数据全部通过检查')).toBeVisible();
  // Next, a file that cannot be read: the last file's preview and its live commit button go with it.
  const junk = path.join(dir, '损坏的专家库.xlsx');
  fs.writeFileSync(junk, 'not a spreadsheet');
  await dialog.locator('input[type=file]').setInputFiles(junk);
  await expect(dialog.getByTestId('import-preview')).toHaveCount(0);
  await expect(dialog.getByTestId('import-commit')).toBeDisabled();
  await dialog.locator('input[type=file]').setInputFiles(files.pool);
  await expect(dialog.getByText('300 行数据全部通过检查')).toBeVisible();
  await dialog.getByTestId('import-commit').click();
  await expect(dialog.getByTestId('import-done')).toContainText('新增 300');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('pool-total')).toContainText('300');
  await expect(page.getByTestId('pool-full-senior-share')).toContainText('%');

  // Nominations of the year.
  await page.getByRole('menuitem', { name: '推荐对象' }).click();
  await page.getByTestId('nominations-import').click();
  await dialog.locator('input[type=file]').setInputFiles(files.nominations);
  await dialog.getByTestId('import-commit').click();
  await expect(dialog.getByTestId('import-done')).toContainText('新增 45');
  await dialog.getByRole('button', { name: '关闭' }).click();
  await expect(page.getByTestId('nominations-table-count')).toContainText('45');

  // Screen the year, then one nomination fully: checklist, save, confirmation by a second person.
  await page.getByRole('menuitem', { name: '资格审查' }).click();
  await page.getByLabel('审查人').fill('张审查');
  await page.getByTestId('screen-year').click();
  await expect(page.getByTestId('count-unscreened')).toContainText('0');
  await expect(page.getByTestId('count-not-qualified')).not.toContainText(/^0$/);
  await page.getByTestId('screening-table').getByRole('row').filter({ hasText: '2026-N001' }).click();
  await page.getByRole('button', { name: '其余未核查项标为符合' }).click();
  await page.getByTestId('screening-save').click();
  await expect(page.getByTestId('count-qualified')).toContainText('1');
  await page.getByTestId('screening-table').getByRole('row').filter({ hasText: '2026-N001' }).click();
  await page.getByPlaceholder('复核人姓名（须为另一人）').fill('李复核');
  await page.getByRole('button', { name: '复核确认' }).click();
  await expect(page.getByTestId('screening-table').getByRole('row').filter({ hasText: '2026-N001' })).toContainText('李复核');

  // The qualification sheet, saved and read back.
  const downloading = page.waitForEvent('download');
  await page.getByTestId('screening-pdf').click();
  const download = await downloading;
  const saved = path.join(dir, download.suggestedFilename());
  await download.saveAs(saved);
  expect(fs.existsSync(saved)).toBe(true);
  const text = pdfText(saved).replace(/\s+/g, '');
  expect(text).toContain('资格审查表');
  const first = (await app.api('nominations.list', { year: 2026 })) as { value: { studioName: string }[] };
  for (const n of first.value.slice(0, 3)) expect(text).toContain(n.studioName);
  expect(text).toContain('李复核');
});
