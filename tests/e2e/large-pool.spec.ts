import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeLargePool } from '../../scripts/make-fixtures';
import { expect, test } from './fixtures';

test('10,000 experts: the table keeps only the visible rows in the page, and search and scrolling reach any of them', async ({ app, page }) => {
  const file = await makeLargePool(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-large-')), 'pool.xlsx'), 10_000);
  const input = { kind: 'experts', fileName: 'pool.xlsx', content: fs.readFileSync(file) };
  const preview = (await app.api('import.preview', input)) as { value: { duplicates: { id: string }[] } };
  const decisions = Object.fromEntries(preview.value.duplicates.map((d) => [d.id, 'keep-all']));
  expect((await app.api('import.commit', { ...input, decisions })).ok).toBe(true);

  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '专家库' }).click();
  await expect(page.getByTestId('pool-table-count')).toContainText('10000');
  const table = page.getByTestId('pool-table');
  expect(await table.locator('.data-table-body-row').count()).toBeLessThan(80);

  await table.locator('.data-table-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
  await expect(table.locator('[data-row-id="P10000"]')).toBeVisible();
  expect(await table.locator('.data-table-body-row').count()).toBeLessThan(80);

  await page.getByLabel('搜索（任意列）').fill('P05000');
  await expect(page.getByTestId('pool-table-count')).toContainText('显示 1 /');
  await expect(table.locator('[data-row-id="P05000"]')).toBeVisible();

  // The list is searched, sorted and read a window at a time by the back end: sorting by the header reaches the
  // far end of the pool at the top, and the row opens the whole record.
  await page.getByLabel('搜索（任意列）').fill('');
  await expect(page.getByTestId('pool-table-count')).toContainText('显示 10000 /');
  await table.locator('.data-table-scroll').evaluate((el) => el.scrollTo(0, 0));
  const idHeader = table.getByRole('columnheader').filter({ hasText: '专家编号' }).getByRole('button');
  await idHeader.click();
  await expect(idHeader).toContainText('▲');
  await expect(table.locator('.data-table-body-row').first()).toHaveAttribute('data-row-id', 'P00001');
  await idHeader.click();
  await expect(idHeader).toContainText('▼');
  await expect(table.locator('.data-table-body-row').first()).toHaveAttribute('data-row-id', 'P10000');
  expect(await table.locator('.data-table-body-row').count()).toBeLessThan(80);
  const name = await table.locator('[data-row-id="P10000"] [role="cell"]').nth(1).innerText();
  await table.locator('[data-row-id="P10000"]').click();
  await expect(page.getByRole('dialog')).toContainText(`编辑专家：${name}`);
  await expect(page.getByRole('dialog').getByLabel('专家编号')).toHaveValue('P10000');
});
