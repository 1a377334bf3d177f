import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdfText } from '../helpers/pdf-text';
import { expect, saveDownload, settled, test } from './fixtures';

test('runs the whole draw wizard on the demo year; the record prints and the protocol file verifies', async ({ app, page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-draw-'));
  expect((await app.api('demo.generate', { seed: 2026 })).ok).toBe(true);
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '专家抽取' }).click();

  // Setup: 2 seats and 2 alternates per sector.
  const strata = page.getByTestId('draw-strata');
  await expect(strata).toContainText('卫生');
  for (const sector of ['教育', '科技', '文化', '卫生', '体育']) {
    await page.getByLabel(`名额 ${sector}`).fill('2');
    await page.getByLabel(`候补 ${sector}`).fill('2');
  }
  await page.getByLabel('地点').fill('郑州 评审会场');
  await page.getByLabel('操作人').fill('周操作');
  await page.getByTestId('draw-commit').click();

  // Commitment: both hashes on screen, the page printed before any digit.
  await expect(page.getByTestId('pool-hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('config-hash')).toHaveText(/^[0-9a-f]{64}$/);
  const poolHash = await page.getByTestId('pool-hash').textContent();
  const commitment = await saveDownload(page, dir, () => page.getByTestId('print-commitment').click());
  expect(pdfText(commitment).replace(/\s+/g, '')).toContain(poolHash!);
  await page.getByTestId('to-witnesses').click();

  // Witnesses: a mismatch is shown at once; three correct double entries run the draw.
  const witnesses = [['王监督', '0123456789'], ['李见证', '9876543210'], ['赵公证', '3141592653']];
  for (const [i, [name, digits]] of witnesses.entries()) {
    await page.getByLabel(`见证人姓名 ${i + 1}`).fill(name);
    await page.getByLabel(`数字（第一遍） ${i + 1}`).fill(digits);
    await page.getByLabel(`数字（第二遍） ${i + 1}`).fill(i === 0 ? '0123456780' : digits);
  }
  await expect(page.getByText('两遍不一致')).toBeVisible();
  await expect(page.getByTestId('run-draw')).toBeDisabled();
  await page.getByLabel('数字（第二遍） 1').fill('0123456789');
  await page.getByTestId('run-draw').click();

  // Result: the seed, names masked by default.
  await expect(page.getByTestId('draw-seed')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('draw-result')).toContainText('＊＊＊');
  await page.getByTestId('mask-names').click();
  await expect(page.getByTestId('draw-result')).not.toContainText('＊＊＊');

  // Calls: the first seated expert declines and an alternate takes the seat.
  await page.getByTestId('toggle-calls').click();
  const firstDecline = page.getByTestId('draw-panel').locator('[data-testid$="-declined"]').first();
  const declinedId = (await firstDecline.getAttribute('data-testid'))!.replace(/^call-|-declined$/g, '');
  await firstDecline.click();
  // A refusal is confirmed first, naming the expert and the standby; it cannot be undone.
  const confirm = await settled(page.locator('.ant-modal.call-confirm'));
  await expect(confirm).toContainText(declinedId);
  await expect(confirm).toContainText('候补');
  await expect(confirm).toContainText('不能撤销');
  await confirm.getByRole('button', { name: '确认记录，不可撤销' }).click();
  await expect(page.getByTestId('draw-panel')).not.toContainText(`（${declinedId}）`);
  await expect(page.getByTestId('call-log')).toContainText('周操作');
  await expect(page.getByText('递补').first()).toBeVisible();
  await page.getByTestId('finish-draw').click();
  await expect(page.getByText('抽取已结束')).toBeVisible();

  // The record and the protocol file; the file's hash is on the record.
  const record = await saveDownload(page, dir, () => page.getByTestId('record-pdf').click());
  const protocol = await saveDownload(page, dir, () => page.getByTestId('protocol-file').click());
  const recordText = pdfText(record).replace(/\s+/g, '');
  expect(recordText).toContain('王监督');
  const sha = (await import('node:crypto')).createHash('sha256').update(fs.readFileSync(protocol)).digest('hex');
  expect(recordText).toContain(sha);

  // Any laptop: the verify screen recomputes the file.
  await page.getByRole('menuitem', { name: '核验抽取' }).click();
  await page.locator('input[type=file]').setInputFiles(protocol);
  await expect(page.getByTestId('verify-result')).toContainText('核验通过');

  // An edited file does not verify.
  const edited = JSON.parse(fs.readFileSync(protocol, 'utf8'));
  edited.witnesses[2].digits = '3141592654';
  const bad = path.join(dir, 'edited.json');
  fs.writeFileSync(bad, JSON.stringify(edited));
  await page.locator('input[type=file]').setInputFiles(bad);
  await expect(page.getByTestId('verify-result')).toContainText('核验未通过');
  // Both seed keys in full, aligned, the one changed digit marked in each; the third witness's digits named.
  await expect(page.getByTestId('verify-field')).toContainText('种子原文');
  await expect(page.getByTestId('verify-diff').locator('mark')).toHaveCount(2);
  await expect(page.getByTestId('verify-cause')).toContainText('第 3 位见证人');
  await expect(page.getByTestId('verify-cause')).toContainText("the third witness's");
});
