import { expect, test } from './fixtures';
import { officeTab } from './office-steps';

/**
 * The result bundle's folder (issue 16.5): in the desktop app chosen in the system's folder dialog, through the
 * preload's pickFolder; in a browser typed, with a hint saying why. No Electron here: the desktop bridge is stood in
 * for by a page script with only pickFolder (the API then goes over loopback as in the browser).
 */

const exportFolder = (page: import('@playwright/test').Page) => page.getByLabel('U 盘上的文件夹路径');

test('in the browser the folder is typed: no picker button, a hint that says why', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '办公室核验' }).click();
  await officeTab(page, '本机密钥');
  await expect(exportFolder(page)).toBeVisible();
  await expect(page.getByTestId('pick-folder')).toHaveCount(0);
  await expect(page.getByTestId('folder-typed-hint')).toContainText('请手工填写本机上的文件夹路径');
  await exportFolder(page).fill('E:\\');
  await expect(exportFolder(page)).toHaveValue('E:\\');
});

test('in the desktop app 选择文件夹 fills the path with the folder picked; a cancelled dialog keeps what was there', async ({ app, page }) => {
  await page.addInitScript(() => {
    const answers: (string | null)[] = ['E:\\2026结果包', null];
    (window as unknown as { studioReview: object }).studioReview = { pickFolder: async () => answers.shift() ?? null };
  });
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '办公室核验' }).click();
  await officeTab(page, '本机密钥');
  await expect(page.getByTestId('folder-typed-hint')).toHaveCount(0);
  await page.getByTestId('pick-folder').click();
  await expect(exportFolder(page)).toHaveValue('E:\\2026结果包');
  await page.getByTestId('pick-folder').click();
  await expect(exportFolder(page)).toHaveValue('E:\\2026结果包');
});
