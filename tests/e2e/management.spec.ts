import path from 'node:path';
import { loadSqlite } from '../../src-main/store/sqlite-driver';
import { DATABASE_FILE } from '../../src-main/store/store';
import { expect, settled, test, type AppServer } from './fixtures';
import { checkNotEvident, revokeStudio } from './office-steps';

/**
 * Three studios of 2020 in the register, as publication leaves them (its own page is another part of the app), put
 * in beside the running server through a second connection.
 */
function seedStudios(app: AppServer): void {
  const db = new (loadSqlite())(path.join(app.dataDir, DATABASE_FILE));
  try {
    const insert = db.prepare(
      `INSERT INTO studios (id, year, seq, studio_name, leader_name, work_unit_name, sector, recommending_unit, source, doc_no, published_on)
       VALUES (?, 2020, ?, ?, ?, '郑州大学', 'education', '郑州市总工会', 'imported', '豫教科文卫体工〔2020〕3号', '2020-12-01')`,
    );
    insert.run('2020-JKWWT-01', 1, '智能制造创新工作室', '张建国');
    insert.run('2020-JKWWT-02', 2, '护理技能创新工作室', '李秀英');
    insert.run('2020-JKWWT-03', 3, '文物修复创新工作室', '刘洋');
  } finally {
    db.close();
  }
}

const check = (studioId: string) => ({
  studioId,
  year: 2021,
  checkedOn: '2021-03-01',
  activities: '开展活动 1 次',
  results: '无',
  useOfFunds: '未使用',
  finding: 'not-evident',
  checkers: ['王敏'],
  rectification: { deadline: '2021-06-30', requirements: '每季度开展活动，补齐台账' },
});

/** A date `days` from now, as the date field takes it. */
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

test('dynamic management: a check opens a rectification, an overdue one is red, a failed one is revoked and keeps its record', async ({ app, page }) => {
  seedStudios(app);
  // 02 failed its 2021 re-check and awaits the decision; 03's rectification ran out in 2021 with no re-check.
  expect((await app.api('management.check', check('2020-JKWWT-02'))).ok).toBe(true);
  expect((await app.api('management.recheck', { studioId: '2020-JKWWT-02', recheckedOn: '2021-07-05', outcome: 'not-rectified', notes: '未开展活动', checkers: ['王敏'] })).ok).toBe(true);
  expect((await app.api('management.check', check('2020-JKWWT-03'))).ok).toBe(true);

  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '动态管理' }).click();
  const due = page.getByTestId('due-table');
  await expect(due).toContainText('2020-JKWWT-01');
  await expect(due).not.toContainText('2020-JKWWT-02');
  const open = page.getByTestId('rectifications-table');
  const overdue = open.getByRole('row').filter({ hasText: '2020-JKWWT-03' });
  await expect(overdue).toContainText('已逾期');
  await expect(overdue).toHaveClass(/management-overdue/);
  await expect(open.getByRole('row').filter({ hasText: '2020-JKWWT-02' })).toContainText('整改不到位，待撤销');

  // The year's check of 01: role not evident, so a rectification with its deadline.
  await checkNotEvident(page, '2020-JKWWT-01', { deadline: daysFromNow(60), requirements: '每月开展一次活动' });
  const opened = open.getByRole('row').filter({ hasText: '2020-JKWWT-01' });
  await expect(opened).toContainText('每月开展一次活动');
  await expect(opened).not.toContainText('已逾期');
  await expect(due).not.toContainText('2020-JKWWT-01');

  // 02 is revoked, with its document number; it stays in the register, revoked.
  await revokeStudio(page, '2020-JKWWT-02', { docNo: '豫教科文卫体工〔2026〕15号', reason: '作用发挥不明显且整改不到位' });
  await expect(open).not.toContainText('2020-JKWWT-02');
  const studios = page.getByTestId('studios-table');

  await studios.getByText('2020-JKWWT-02').click();
  const drawer = page.getByTestId('studio-drawer');
  await expect(drawer.getByTestId('revocation-info')).toContainText('豫教科文卫体工〔2026〕15号');
  await expect(drawer).toContainText('整改不到位');
  await expect(drawer.getByTestId('add-fact')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(drawer).toHaveCount(0);

  // A publicity record for 01.
  await studios.getByText('2020-JKWWT-01').click();
  await page.getByTestId('add-fact').click();
  const fact = await settled(page.getByRole('dialog', { name: /添加支持与服务记录/ }));
  await fact.getByTestId('fact-kind').click();
  await (await settled(page.locator('.ant-select-dropdown').last())).getByTitle('宣传报道').click();
  await fact.getByLabel('标题').fill('匠心育人二十年');
  await fact.getByLabel('媒体').fill('河南日报');
  await fact.getByLabel('链接').fill('https://example.org/report');
  await fact.getByTestId('fact-submit').click();
  await expect(page.getByTestId('studio-drawer').getByTestId('facts')).toContainText('匠心育人二十年');
});
