import type { Page } from '@playwright/test';
import { screenDemoYear } from '../../src-main/testing/meeting-script';
import { fromWireJson } from '../../src-shared/api/wire';
import type { SessionRules } from '../../src-shared/scoring/session-rules';
import { apiDoor, expect, settled, test } from './fixtures';

/**
 * The rules editor reads like the paper rubric: criteria by name with their points and descriptors, no ids; the
 * tie-break chain is a numbered list of named rules that is reordered with buttons, and what is issued is that order.
 */

const PASSPHRASE = '第一会场 2026';

const tieBreaks = (page: Page) => page.getByTestId('tie-break-item');

test('the rubric is a table of named criteria and the tie-break an ordered list of named rules', async ({ app, page }) => {
  await screenDemoYear(apiDoor(app), 2026, '测试审查人');
  expect((await app.api('keys.setPassphrase', { next: PASSPHRASE })).ok).toBe(true);
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '评审会' }).click();
  await expect(page.getByTestId('issue-package')).toBeVisible();

  // Names, points and descriptors; the ids the program keys criteria by are nowhere on screen.
  const rubric = page.getByTestId('rubric-table');
  await expect(rubric.getByLabel('名称（中文） 3')).toHaveValue('创新成果');
  await expect(rubric.getByLabel('满分 3')).toHaveValue('25');
  await expect(rubric.getByLabel('评分说明（中文） 3')).toHaveValue(/^高分：具有较强的创新能力/);
  await expect(page.getByTestId('issue-package')).not.toContainText('innovation-results');
  await expect(page.getByTestId('issue-package')).not.toContainText('criterion:');

  // The default chain, by name.
  await expect(tieBreaks(page)).toHaveText([/1\. 中位数/, /2\. “创新成果”平均分/, /3\. 专家组表决/]);
  // The vote stays last: it cannot move, and nothing moves below it.
  await expect(page.getByLabel('上移 同分处理 3')).toBeDisabled();
  await expect(page.getByLabel('下移 同分处理 2')).toBeDisabled();
  await page.getByLabel('上移 同分处理 2').click();
  await expect(tieBreaks(page)).toHaveText([/1\. “创新成果”平均分/, /2\. 中位数/, /3\. 专家组表决/]);

  // A new criterion can be a tie-break once named; added rules go before the vote.
  await page.getByRole('button', { name: '添加评分项' }).click();
  await rubric.getByLabel('名称（中文） 6').fill('示范推广');
  await rubric.getByLabel('名称（英文） 6').fill('Outreach');
  await rubric.getByLabel('满分 6').fill('10');
  await page.getByRole('combobox', { name: '添加规则' }).click();
  await (await settled(page.locator('.ant-select-dropdown:visible'))).getByText('“示范推广”平均分').click();
  await expect(tieBreaks(page)).toHaveText([/1\. “创新成果”平均分/, /2\. 中位数/, /3\. “示范推广”平均分/, /4\. 专家组表决/]);
  await expect(page.getByText('加权总分满分：110')).toBeVisible();

  // Removing a criterion takes its tie-break with it.
  await rubric.getByLabel('删除 3').click();
  await expect(tieBreaks(page)).toHaveText([/1\. 中位数/, /2\. “示范推广”平均分/, /3\. 专家组表决/]);

  // What is issued is what the screen shows.
  await page.getByTestId('device-passphrase').fill(PASSPHRASE);
  const issuing = page.waitForRequest('**/api/package.issue');
  await page.getByTestId('issue-package-submit').click();
  const sent = fromWireJson((await issuing).postData()!) as { rules: SessionRules };
  const added = sent.rules.rubric.criteria.find((c) => c.zh === '示范推广')!;
  expect(added.id).toMatch(/^[A-Za-z0-9_-]+$/);
  expect(sent.rules.rubric.criteria.map((c) => c.zh)).toEqual(['领衔人作用', '团队建设与运行管理', '经济社会效益', '传承技能与带动作用', '示范推广']);
  expect(sent.rules.tieBreak).toEqual(['median', `criterion:${added.id}`, 'panel-vote']);
  await expect(page.getByTestId('issue-package')).toBeHidden();
});
