import { expect, test } from './fixtures';

/**
 * Issue 16, "the year at a glance": someone who has never seen the app starts on an empty data folder and reaches a
 * screened year by the dashboard's buttons and "下一步" alone, with the batch actions the screening page offers.
 */
test('a first-run user reaches a screened year by following 下一步', async ({ app, page }) => {
  await page.goto(app.url);
  const firstRun = page.getByTestId('first-run');
  await expect(firstRun).toContainText('第一次使用');
  await expect(firstRun.getByRole('button', { name: '导入专家库' })).toBeVisible();
  await firstRun.getByRole('button', { name: '生成演示数据' }).click();

  // The demo year is in: import is done, screening is next, and the one button goes there.
  const next = page.getByTestId('year-lifecycle-next');
  await expect(next).toHaveText('下一步：资格审查');
  await expect(page.getByTestId('year-path')).toContainText('0 / 45');
  await next.click();

  await expect(page.getByRole('heading', { name: '2026 年度资格审查' })).toBeVisible();
  // The batch screening says why it cannot start until a screener is named.
  const screenYear = page.getByTestId('screen-year');
  await page.getByLabel('审查人').fill('');
  await expect(screenYear).toBeDisabled();
  await page.getByLabel('审查人').fill('张审查');
  await screenYear.click();
  await expect(page.getByTestId('count-unscreened')).toContainText('0');

  // The second reviewer confirms every decided result at once.
  await page.getByTestId('open-confirm-batch').click();
  const batch = page.getByTestId('confirm-batch');
  await batch.getByTestId('batch-confirmer').fill('李复核');
  await batch.getByRole('button', { name: /全选可确认的/ }).click();
  await batch.getByTestId('confirm-selected').click();
  await expect(page.getByTestId('open-confirm-batch')).toBeDisabled();

  // The end of screening points at the next step, and so does the dashboard.
  await expect(page.getByTestId('next-step-draw')).toContainText('本年度推荐对象已全部审查');
  await page.getByRole('menuitem', { name: '工作台' }).click();
  await expect(page.getByTestId('year-path')).toContainText('45 / 45');
  await expect(next).toHaveText('下一步：抽取专家');
  await next.click();
  await expect(page).toHaveURL(/#\/draw$/);

  const view = (await app.api('screening.year', { year: 2026 })) as { value: { counts: { unscreened: number }; rows: { record: { confirmedBy: string | null; outcome: string } | null }[] } };
  expect(view.value.counts.unscreened).toBe(0);
  const decided = view.value.rows.filter((r) => r.record!.outcome !== 'needs-judgement');
  expect(decided.length).toBeGreaterThan(0);
  expect(decided.every((r) => r.record!.confirmedBy === '李复核')).toBe(true);
});
