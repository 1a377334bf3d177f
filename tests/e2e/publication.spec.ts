import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pdfText } from '../helpers/pdf-text';
import { expect, saveDownload, settled, startServer, test } from './fixtures';
import { adoptFrom, publishList } from './office-steps';

const ROOT = path.resolve(__dirname, '../..');

/**
 * 办公室 → 发布名单 on a computer where a session was signed off: the proposed list with its check, one studio not
 * adopted with a reason, the others adopted, the list published with its 文号 and 公示 period, the PDF saved and read
 * back, and the dashboard's path showing the year published with "close" next, which leads to closing the year.
 */
test('the office decides each proposed studio, publishes the year and saves the PDF; the dashboard shows the year published', async ({ page }) => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-publication-'));
  const dataDir = path.join(work, 'data');
  execFileSync(process.execPath, [path.join(ROOT, 'bin/studio-review.cjs'), 'session', 'simulate', '--data-dir', dataDir, '--seed', '7'], { encoding: 'utf8' });
  const server = await startServer(dataDir);
  try {
    await page.goto(`${server.url}#publication`);
    const card = page.locator('[data-testid^="proposal-"]');
    await expect(card).toHaveCount(1);
    await expect(card.getByText('核验通过')).toBeVisible();
    // The first studio is not adopted, with a reason; the button waits for the reason.
    const first = card.locator('tbody tr').first();
    const notAdopt = first.locator('[data-testid^="not-adopt-"]');
    await expect(notAdopt).toBeDisabled();
    await first.getByRole('textbox').fill('同一单位已有工作室入选');
    await notAdopt.click();
    await expect(first.getByText('不采纳', { exact: true }).first()).toBeVisible();
    const n = await adoptFrom(page, 1);
    expect(n).toBeGreaterThan(1);

    await publishList(page, { docNo: '豫教科文卫体工〔2026〕12号', publishedOn: '2026-12-01', noticeStart: '2026-11-20', noticeEnd: '2026-11-26' });
    await expect(page.getByTestId('published-table')).toContainText('2026-JKWWT-01');
    await expect(page.getByTestId('published-table')).toContainText(`2026-JKWWT-${String(n - 1).padStart(2, '0')}`);
    // Locked: no decision buttons any more.
    await expect(page.locator('[data-testid^="adopt-"]')).toHaveCount(0);

    const pdf = await saveDownload(page, work, () => page.getByTestId('save-pdf').click());
    const text = pdfText(pdf);
    expect(text).toContain('2026年度劳模工匠创新工作室名单');
    expect(text).toContain('豫教科文卫体工〔2026〕12号');
    expect(text).toContain('2026-JKWWT-01');
    expect(text).toMatch(/第 1 页，共 \d+ 页/);

    await page.goto(`${server.url}#dashboard`);
    await expect(page.getByTestId('year-lifecycle-next')).toHaveText('下一步：结束');
    await expect(page.getByTestId('year-lifecycle')).toContainText('发文公布');

    // The last step leads to the publication page, where the year is closed (confirmed, recorded).
    await page.getByTestId('year-lifecycle-next').click();
    await page.getByLabel('说明（可选）').fill('本年度评审工作已完成');
    await page.getByTestId('close-year-submit').click();
    await (await settled(page.locator('.ant-popover:visible'))).getByRole('button', { name: /确\s*定/ }).click();
    await expect(page.getByTestId('year-closed')).toContainText(/2026 年度已于 \d{4}年\d+月\d+日 \d{2}:\d{2}/);
    await page.goto(`${server.url}#dashboard`);
    await expect(page.getByTestId('year-lifecycle-next')).toHaveText('本年度已结束');
  } finally {
    await server.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
});
