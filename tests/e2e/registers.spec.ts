import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, settled, test } from './fixtures';

/** An office's own pool sheet: a title row, names only, no codes, no unit types, a skill grade among the titles. */
async function officePoolFile(dir: string): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['2026年评审专家库']);
  ws.addRow(['序号', '姓名', '性别', '工作单位', '职称', '行业']);
  ws.addRow([1, '张建国', '男', '郑州大学', '教授', '教育']);
  ws.addRow([2, '李秀英', '女', '郑州大学第一附属医院', '主任中医师', '卫生']);
  ws.addRow([3, '刘洋', '男', '河南省交通规划设计研究院', '教授级高级工程师', '科技']);
  ws.addRow([4, '吴强', '男', '中国一拖集团有限公司', '高级技师', '科技']);
  const file = path.join(dir, '专家库.xlsx');
  await wb.xlsx.writeFile(file);
  return file;
}

test('a names-only pool file imports with inferred unit types to check; a skill grade is ruled once in the registers', async ({ app, page }) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-registers-'));
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '专家库' }).click();
  await page.getByTestId('pool-import').click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('input[type=file]').setInputFiles(await officePoolFile(dir));
  const inferred = dialog.getByTestId('import-inferred-unit-types');
  await expect(inferred).toContainText('4 个单位的类型由单位名称推断');
  await expect(inferred).toContainText('单位名称含“研究院”');
  // The institute is a design company in truth: staff change it before committing.
  await inferred.getByTestId('unit-type-河南省交通规划设计研究院').click();
  await (await settled(page.locator('.ant-select-dropdown').last())).getByTitle('其他').click();
  await expect(inferred).toContainText('已人工修改');
  await dialog.getByTestId('import-commit').click();
  await expect(dialog.getByTestId('import-done')).toContainText('新增 4');
  await dialog.getByRole('button', { name: '关闭' }).click();
  const table = page.getByTestId('pool-table');
  await expect(table.getByRole('row').filter({ hasText: '张建国' })).toContainText('推断');
  await expect(table.getByRole('row').filter({ hasText: '刘洋' })).not.toContainText('推断');
  await expect(table.getByRole('row').filter({ hasText: '吴强' })).toContainText('待认定');

  // The registers: the skill grade waits for a ruling; once ruled, the pool shows the rank.
  await page.getByRole('menuitem', { name: '名录与字典' }).click();
  await expect(page.getByTestId('titles-pending')).toContainText('职业技能等级');
  await page.getByTestId('rule-高级技师').click();
  const ruling = await settled(page.getByRole('dialog'));
  await ruling.getByTestId('ruling-rank').click();
  await (await settled(page.locator('.ant-select-dropdown').last())).getByTitle('副高级').click();
  await ruling.getByTestId('ruling-reason').fill('按本省规定比照副高级');
  await ruling.getByTestId('ruling-reviewer').fill('王主任');
  await ruling.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('titles-rulings')).toContainText('按本省规定比照副高级');
  await expect(page.getByTestId('titles-pending')).toContainText('待认定的职称（0 个）');
  await page.getByRole('menuitem', { name: '专家库' }).click();
  await expect(page.getByTestId('pool-table').getByRole('row').filter({ hasText: '吴强' })).toContainText('副高级');

  // Recommending units: the 18 city unions are preset; the office adds a grassroots union.
  await page.getByRole('menuitem', { name: '名录与字典' }).click();
  await page.getByRole('tab', { name: '推荐单位名录' }).click();
  await expect(page.getByTestId('recommenders-table')).toContainText('济源示范区教科文卫体工会');
  await page.getByTestId('recommender-add').click();
  const add = await settled(page.getByRole('dialog'));
  await add.getByTestId('recommender-name').fill('郑州大学工会');
  await add.getByTestId('recommender-kind').click();
  await (await settled(page.locator('.ant-select-dropdown').last())).getByTitle('省教科文卫体工会直属基层工会').click();
  await add.getByRole('button', { name: /保\s*存/ }).click();
  await expect(page.getByTestId('recommenders-table')).toContainText('郑州大学工会');
});

test('screening: a 原则上 miss is admitted only as an exception, tagged as such', async ({ app, page }) => {
  await app.api('demo.generate', { seed: 2026 });
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '资格审查' }).click();
  await page.getByLabel('审查人').fill('张审查');
  await page.getByTestId('screen-year').click();
  await expect(page.getByTestId('count-unscreened')).toContainText('0');
  await page.getByTestId('screening-table').getByRole('row').filter({ hasText: '2026-N003' }).click();
  const drawer = page.locator('.ant-drawer-content-wrapper');
  await expect(drawer).toContainText('2026-N003');
  await expect(drawer).toContainText('原则上（可例外）');
  await expect(drawer).toContainText('一般（由审查人员判断）');
  await drawer.getByRole('button', { name: '其余未核查项标为符合' }).click();
  await drawer.getByText('例外准予（第四条第1项“原则上”）').click();
  await drawer.getByPlaceholder('决定理由（必填）').fill('领衔人系全国技术能手，经办公室研究作为例外');
  await drawer.getByTestId('screening-save').click();
  const row = page.getByTestId('screening-table').getByRole('row').filter({ hasText: '2026-N003' });
  await expect(row).toContainText('合格');
  await row.click();
  await expect(page.locator('.ant-drawer-content-wrapper')).toContainText('例外准予');
});
