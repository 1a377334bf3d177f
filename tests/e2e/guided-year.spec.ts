import { screenDemoYear } from '../../src-main/testing/meeting-script';
import { apiDoor, expect, settled, test } from './fixtures';

/** The year is chosen from the years the data has, each with its state, not typed as a bare number. */
test('the year is chosen from a list of years with their state', async ({ app, page }) => {
  await screenDemoYear(apiDoor(app), 2026, '测试审查人');
  const info = async () => ((await app.api('app.info')).value as { year: number }).year;
  expect(await info()).toBe(2026);

  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '设置' }).click();
  const picker = page.getByTestId('year-picker');
  await expect(picker).toContainText('2026 年度 · 资格审查（推荐对象 45 个）');
  await expect(picker.getByRole('button', { name: '保存年度' })).toBeDisabled();

  await picker.getByRole('combobox', { name: '评审年度' }).click();
  const list = await settled(page.locator('.ant-select-dropdown:visible'));
  await expect(list.getByText('2027 年度 · 尚无数据（新年度）')).toBeVisible();
  await list.getByText('2027 年度 · 尚无数据（新年度）').click();
  await picker.getByRole('button', { name: '保存年度' }).click();
  await expect.poll(info).toBe(2027);
  await expect(picker).toContainText('2027 年度 · 尚无数据（新年度）');
  // The list keeps both years, newest first, and offers the next one to start.
  expect(((await app.api('year.list')).value as { year: number }[]).map((y) => y.year)).toEqual([2028, 2027, 2026]);
});
