import { expect, test } from './fixtures';
import { officeTab } from './office-steps';

/** The office page in two tabs: the office's bundle verification first, the meeting laptop's key on its own. */
test('the office page separates bundle verification from this computer key', async ({ page, app }) => {
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '办公室核验' }).click();
  await expect(page.getByRole('tab', { name: /^结果包核验/ })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByTestId('office-tab-verify')).toBeVisible();
  await expect(page.getByTestId('bundle-pick-folder')).toBeVisible();
  await expect(page.getByTestId('device-fingerprint')).toBeHidden();

  await officeTab(page, '本机密钥');
  await expect(page.getByTestId('device-fingerprint')).toBeVisible();
  await expect(page.getByTestId('passphrase-status')).toBeVisible();
  await expect(page.getByTestId('office-tab-verify')).toBeHidden();
});
