import { bombSheet, xlsxOf } from '../../src-main/testing/hostile-xlsx';
import { expect, test } from './fixtures';

test('the import dialog counts problems past the first 200 and refuses a zip bomb with its reason', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '专家库' }).click();
  await page.getByTestId('pool-import').click();
  const dialog = page.getByRole('dialog');

  // 300 rows with an unknown gender: 300 counted, 200 listed, the rest said in one line.
  const rows = Array.from({ length: 300 }, (_, i) => `E${i + 1},张三${i},未知,郑州大学,U1,高校,教授,教育`);
  const csv = ['专家编号,姓名,性别,工作单位,单位代码,单位类型,职称,行业', ...rows].join('\n');
  await dialog.locator('input[type=file]').setInputFiles({ name: 'pool.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(dialog.getByTestId('import-problems-summary')).toContainText('发现 300 处问题');
  await expect(dialog.getByTestId('import-problems-unlisted')).toHaveText('另有 100 处问题未列出');
  await expect(dialog.getByTestId('import-commit')).toBeDisabled();

  // A 1.3 MB workbook that declares 432 MB: refused before it is parsed, with the limit named.
  await dialog.locator('input[type=file]').setInputFiles({ name: 'bomb.xlsx', mimeType: 'application/octet-stream', buffer: xlsxOf(bombSheet(400)) });
  await expect(page.getByText('“bomb.xlsx”解压后共 432 MB，超过可导入的 50 MB 上限')).toBeVisible();
});
