import { demoNominationId } from '../../src-shared/demo/generate-demo';
import { MANUAL_ITEMS } from '../../src-shared/screening/manual-checklist';
import { expect, test } from './fixtures';

const allMet = MANUAL_ITEMS.map((i) => ({ itemId: i.id, met: true, note: '' }));

test('the second reviewer sees each decision and confirms the ticked ones in one action', async ({ app, page }) => {
  expect((await app.api('demo.generate', { seed: 2026 })).ok).toBe(true);
  const [a, b, c] = [1, 2, 3].map((seq) => demoNominationId(2026, seq));
  for (const id of [a, b, c]) expect((await app.api('screening.record', { nominationId: id, manual: allMet, screener: '张审查' })).ok).toBe(true);

  await page.goto(`${app.url}#/screening`);
  await page.getByTestId('open-confirm-batch').click();
  const batch = page.getByTestId('confirm-batch');
  const table = batch.getByTestId('confirm-batch-table');
  // Each decision is visible: result, reasons, first reviewer.
  const rowA = table.locator(`tr[data-row-key="${a}"]`);
  await expect(rowA).toContainText('合格');
  await expect(rowA).toContainText('张审查');
  await expect(table.locator('tbody tr[data-row-key]')).toHaveCount(3);

  // The confirm button says why it is disabled: no name, then no selection; the screener cannot confirm their own.
  await batch.getByTestId('batch-confirmer').fill('');
  await expect(batch.getByTestId('confirm-selected')).toBeDisabled();
  await expect(batch.getByTestId('confirm-why')).toHaveText('请先填写复核人姓名');
  await batch.getByTestId('batch-confirmer').fill('张审查');
  await expect(rowA.locator('input[type=checkbox]')).toBeDisabled();
  await expect(rowA).toContainText('本人审查');
  await batch.getByTestId('batch-confirmer').fill('李复核');
  await expect(batch.getByTestId('confirm-why')).toHaveText('请先勾选要确认的推荐对象');

  await rowA.locator('input[type=checkbox]').check();
  await table.locator(`tr[data-row-key="${c}"] input[type=checkbox]`).check();
  await expect(batch.getByTestId('confirm-selected')).toHaveText(/确认所选 2 项/);
  await batch.getByTestId('confirm-selected').click();

  // Two confirmed by 李复核, the third still waiting.
  await expect(page.getByTestId('screening-table').getByRole('row').filter({ hasText: a })).toContainText('李复核');
  const view = (await app.api('screening.year', { year: 2026 })) as { value: { rows: { nomination: { id: string }; record: { confirmedBy: string | null } | null }[] } };
  const by = Object.fromEntries(view.value.rows.map((r) => [r.nomination.id, r.record?.confirmedBy ?? null]));
  expect([by[a], by[b], by[c]]).toEqual(['李复核', null, '李复核']);
  await page.getByTestId('open-confirm-batch').click();
  await expect(page.getByTestId('confirm-batch-table').locator('tbody tr[data-row-key]')).toHaveCount(1);
});

test('every table says what to do when it is empty', async ({ app, page }) => {
  await page.goto(`${app.url}#/pool`);
  await expect(page.getByTestId('pool-table-empty')).toContainText('专家库还是空的');
  await page.goto(`${app.url}#/screening`);
  await expect(page.getByTestId('screening-table-empty')).toContainText('还没有推荐对象可审查');
  // A disabled button says why.
  await expect(page.getByTestId('screen-year')).toBeDisabled();
  await page.getByTestId('screen-year').hover({ force: true });
  await expect(page.getByRole('tooltip')).toContainText('本年度还没有推荐对象');
});
