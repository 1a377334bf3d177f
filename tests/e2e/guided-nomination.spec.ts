import { expect, test } from './fixtures';

/** 1×1 transparent PNG: a scanned page stands in for the materials. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

/** A nomination opens as a read view with its materials; editing is a separate action that opens the form. */
test('a nomination is read first, with its attachments, and edited on request', async ({ app, page }) => {
  expect((await app.api('demo.generate', { seed: 2026 })).ok).toBe(true);
  const [n] = (await app.api('nominations.list', { year: 2026 })).value as { id: string; studioName: string; leaderName: string; honours: { name: string }[] }[];
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '推荐对象' }).click();
  await page.getByTestId('nominations-table').getByRole('row').filter({ hasText: n.id }).click();

  const read = page.getByTestId('nomination-read');
  await expect(read).toContainText(n.leaderName);
  for (const h of n.honours) await expect(read).toContainText(h.name);
  await expect(read.getByRole('textbox')).toHaveCount(0);

  // Materials are added and listed in the read view.
  await read.locator('input[type=file]').setInputFiles({ name: '申报书扫描件.png', mimeType: 'image/png', buffer: PNG });
  await expect(read).toContainText('申报书扫描件.png');

  // Editing is its own step: the form, with the nomination's values.
  await page.getByTestId('nomination-edit').click();
  await expect(page.getByTestId('nomination-read')).toBeHidden();
  await expect(page.getByLabel('工作室名称')).toHaveValue(n.studioName);
});
