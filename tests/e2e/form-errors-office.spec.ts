import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { insertStudio } from '../helpers/studios';
import { expect, settled, startServer, test } from './fixtures';
import { fieldError, noTechnicalErrors, studios } from './form-error-steps';
import { adoptFrom, payGrant } from './office-steps';

/**
 * The office's forms, submitted empty and with a wrong value (issue 16.2, as form-errors.spec.ts for the others):
 * the error sits under the field in Chinese, never an operation name, schema text or English.
 */

const ROOT = path.resolve(__dirname, '../..');

test('publish: no 文号 and no date are named under their fields, half a 公示 period under its end, before any confirmation', async ({ page }) => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-publish-form-'));
  const dataDir = path.join(work, 'data');
  execFileSync(process.execPath, [path.join(ROOT, 'bin/studio-review.cjs'), 'session', 'simulate', '--data-dir', dataDir, '--seed', '7'], { encoding: 'utf8' });
  const server = await startServer(dataDir);
  try {
    await page.goto(`${server.url}#publication`);
    await expect(page.locator('[data-testid^="proposal-"]').getByText('核验通过')).toBeVisible();
    await adoptFrom(page, 0);
    const body = page.locator('body');

    await page.getByTestId('publish-date').fill('');
    await page.getByTestId('publish-submit').click();
    await expect(fieldError(body, '文号')).toHaveText('请填写此项');
    await expect(fieldError(body, '发布日期')).toHaveText('请填写此项');
    await expect(page.locator('.ant-popconfirm')).toHaveCount(0);
    await noTechnicalErrors(page);

    await page.getByTestId('publish-doc-no').fill('豫教科文卫体工〔2026〕12号');
    await page.getByTestId('publish-date').fill('2026-12-01');
    await page.getByTestId('publish-notice-start').fill('2026-11-20');
    await page.getByTestId('publish-submit').click();
    await expect(fieldError(body, '公示结束（可选）')).toHaveText('公示期须同时给出开始和结束日期');
    await expect(fieldError(body, '文号')).toHaveCount(0);
    await expect(page.locator('.ant-popconfirm')).toHaveCount(0);

    await page.getByTestId('publish-notice-end').fill('2026-11-10');
    await page.getByTestId('publish-submit').click();
    await expect(fieldError(body, '公示结束（可选）')).toHaveText('公示结束日期不能早于开始日期');
    await noTechnicalErrors(page);
    await expect(body).not.toContainText('publication.publish');
  } finally {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('ledger: the grant amount setting and the reversal reason say what is wrong under the field', async ({ app, page }) => {
  const [studio] = studios(app, (store) => [insertStudio(store, new Date().getFullYear() - 1, 1)]);
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '补助资金台账' }).click();

  await page.getByTestId('grant-setting-change').click();
  const setting = await settled(page.getByRole('dialog'));
  await setting.getByTestId('grant-setting-amount').fill('');
  await setting.getByTestId('grant-setting-save').click();
  await expect(fieldError(setting, '补助金额（元）')).toHaveText('请填写金额（元）');
  await setting.getByTestId('grant-setting-amount').fill('3万');
  await setting.getByTestId('grant-setting-save').click();
  await expect(fieldError(setting, '补助金额（元）')).toHaveText('金额“3万”请按元填写数字，例如 30000 或 30,000.00');
  await noTechnicalErrors(page);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog')).toHaveCount(0);

  await page.getByTestId('ledger-studios').getByText(studio).click();
  await payGrant(page);
  await page.getByTestId('reverse-1').click();
  const reverse = await settled(page.getByRole('dialog'));
  await reverse.getByTestId('reverse-ok').click();
  await expect(fieldError(reverse, '冲销原因')).toHaveText('请填写此项');
  await noTechnicalErrors(page);
  // Too long for the door (500 characters): refused there, and still shown under the reason.
  await reverse.getByTestId('reverse-reason').fill('误'.repeat(501));
  await reverse.getByTestId('reverse-ok').click();
  await expect(fieldError(reverse, '冲销原因')).toHaveText('最多填写 500 个字');
  await noTechnicalErrors(page);
  await expect(page.getByTestId('ledger-entries').locator('tbody tr')).toHaveCount(1);
});

test('registers: a recommending unit with nothing filled in, a malformed code and an over-long alias is told under each field', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '名录与字典' }).click();
  await page.getByRole('tab', { name: '推荐单位名录' }).click();
  await page.getByTestId('recommender-add').click();
  const add = await settled(page.getByRole('dialog'));
  // The next free code is proposed; cleared, the form is empty.
  await add.getByLabel('代码').fill('');
  await add.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(add, '代码')).toHaveText('请填写此项');
  await expect(fieldError(add, '名称')).toHaveText('请填写此项');
  await expect(fieldError(add, '类别（第五条）')).toHaveText('请填写此项');
  await noTechnicalErrors(page);

  await add.getByLabel('代码').fill('ZZ 01');
  await add.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(add, '代码')).toHaveText('代码只能用字母、数字和 . _ -');

  // An alias past the door's 100 characters: refused there, and shown under the aliases.
  await add.getByLabel('代码').fill('ZZ01');
  await add.getByTestId('recommender-name').fill('郑州大学工会');
  await add.getByTestId('recommender-kind').click();
  await (await settled(page.locator('.ant-select-dropdown'))).locator('.ant-select-item-option').first().click();
  await add.getByLabel('别名').fill('郑'.repeat(101));
  await add.getByRole('button', { name: /保\s*存/ }).click();
  await expect(fieldError(add, '别名')).toHaveText('最多填写 100 个字');
  await noTechnicalErrors(page);
  expect(((await app.api('recommenders.list', {})).value as { code: string }[]).map((r) => r.code)).not.toContain('ZZ01');
});
