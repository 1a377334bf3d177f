import { expect, test } from './fixtures';

test('dashboard shows the demo year in Chinese, and English persists across a reload', async ({ app, page }) => {
  expect((await app.api('demo.generate', { seed: 2026 })).ok).toBe(true);
  const info = (await app.api('app.info')) as { value: { counts: { experts: number; nominations: number } } };

  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  await expect(page.getByTestId('dashboard-year')).toContainText('2026');
  await expect(page.getByTestId('dashboard-experts')).toContainText(String(info.value.counts.experts));
  await expect(page.getByTestId('dashboard-nominations')).toContainText(String(info.value.counts.nominations));
  expect(info.value.counts.experts).toBeGreaterThan(0);

  await page.getByTestId('language-switch').getByText('English').click();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Dashboard' })).toBeVisible();
  await expect(page.getByText('Experts in the pool')).toBeVisible();
});

test('settings shows the data folder and checks the audit log', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '设置' }).click();
  await expect(page.getByTestId('settings-data-dir')).toContainText(app.dataDir);
  await expect(page.getByTestId('settings-schema-version')).toHaveText(/\d+/);
  await page.getByRole('button', { name: '检查审计日志' }).click();
  await expect(page.getByTestId('audit-result')).toContainText('审计日志完好');
});
