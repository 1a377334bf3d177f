import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';

const digest = async (app: { api(op: string): Promise<{ value?: unknown }> }) => ((await app.api('app.info')).value as { dataDigest: string }).dataDigest;

test('the dashboard asks for a backup; the office backs up to a folder, then restores it after a confirmation', async ({ app, page }) => {
  expect((await app.api('demo.generate', { seed: 2026 })).ok).toBe(true);
  const stick = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-stick-'));
  try {
    await page.goto(app.url);
    await expect(page.getByTestId('backup-reminder')).toContainText('还没有备份过数据');
    await page.getByTestId('backup-reminder').getByRole('button', { name: '去备份' }).click();
    await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
    await expect(page.getByTestId('backup-last')).toHaveText('尚未备份过。');

    await page.getByLabel('目标文件夹路径').fill(stick);
    await page.getByTestId('backup-create').click();
    await expect(page.getByTestId('backup-created')).toContainText('备份已写入');
    const name = fs.readdirSync(stick).find((f) => f.endsWith('.sqlite'))!;
    expect(fs.readdirSync(stick).sort()).toEqual([name, `${name}.sha256`]);
    await expect(page.getByTestId('backup-last')).toContainText(name);
    const backedUp = await digest(app);

    await page.getByRole('menuitem', { name: '工作台' }).click();
    await expect(page.getByTestId('dashboard-year')).toBeVisible();
    await expect(page.getByTestId('backup-reminder')).toHaveCount(0);

    // Data changed after the backup, then the backup restored through the page.
    expect((await app.api('demo.generate', { seed: 7 })).ok).toBe(true);
    expect(await digest(app)).not.toBe(backedUp);
    await page.getByRole('menuitem', { name: '备份与恢复' }).click();
    await page.getByLabel('备份文件路径').fill(path.join(stick, name));
    await page.getByTestId('backup-restore').click();
    await expect(page.getByRole('dialog')).toContainText('当前数据会先完整保存一份副本');
    // Ant Design spaces out a two-character Chinese button label (恢 复).
    await page.getByRole('dialog').getByRole('button', { name: /^恢\s?复$/ }).click();
    await expect(page.locator('.ant-modal-confirm-title', { hasText: '恢复前的数据已保存为 backups/before-restore-' })).toBeVisible();
    await page.getByRole('button', { name: '知道了' }).click();
    await expect(page.getByRole('heading', { name: '备份与恢复' })).toBeVisible();
    expect(await digest(app)).toBe(backedUp);
    expect(fs.readdirSync(path.join(app.dataDir, 'backups')).some((f) => f.startsWith('before-restore-'))).toBe(true);
  } finally {
    fs.rmSync(stick, { recursive: true, force: true });
  }
});
