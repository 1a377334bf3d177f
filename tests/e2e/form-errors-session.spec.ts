import { screenDemoYear } from '../../src-main/testing/meeting-script';
import { apiDoor, expect, test } from './fixtures';
import { fieldError, noTechnicalErrors } from './form-error-steps';

/**
 * 评审会授权包 (issue 16.2): the session number and the panel size, left empty or written wrong, are named under
 * their fields in Chinese, and nothing is signed.
 */

const PASSPHRASE = '第一会场 2026';

test('issue package: an empty and a malformed session number and panel size are named under their fields', async ({ app, page }) => {
  await screenDemoYear(apiDoor(app), 2026, '测试审查人');
  expect((await app.api('keys.setPassphrase', { next: PASSPHRASE })).ok).toBe(true);
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '评审会' }).click();
  const issue = page.getByTestId('issue-package');
  await page.getByTestId('device-passphrase').fill(PASSPHRASE);

  await issue.getByLabel('评审会编号').fill('');
  await issue.getByLabel('专家组人数').fill('');
  await page.getByTestId('issue-package-submit').click();
  await expect(fieldError(issue, '评审会编号')).toHaveText('请填写此项');
  await expect(fieldError(issue, '专家组人数')).toHaveText('请填写此项');
  await noTechnicalErrors(page);

  await issue.getByLabel('评审会编号').fill('2026 第一场');
  await issue.getByLabel('专家组人数').fill('0');
  await page.getByTestId('issue-package-submit').click();
  await expect(fieldError(issue, '评审会编号')).toHaveText('编号只能由字母、数字和 . _ - 组成');
  await expect(fieldError(issue, '专家组人数')).toHaveText('不能小于 1');
  await noTechnicalErrors(page);
  expect((await app.api('package.list', {})).value).toEqual([]);
});
