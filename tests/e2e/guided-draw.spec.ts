import type { Page } from '@playwright/test';
import { issuePackage, screenDemoYear } from '../../src-main/testing/meeting-script';
import type { DrawPlan } from '../../src-shared/api/views';
import { apiDoor, expect, test } from './fixtures';

/**
 * Draw setup starts from a proposal: the panel size (the session package's when one waits for its draw) split over
 * the strata in proportion to the experts each can supply, one standby per seat; and it says what the exclusions are.
 */

const SECTORS = ['教育', '科技', '文化', '卫生', '体育'];

async function seatsOnScreen(page: Page, label: '名额' | '候补'): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const s of SECTORS) out[s] = Number(await page.getByLabel(`${label} ${s}`).inputValue());
  return out;
}

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);

test('quotas are proposed from the package panel size and the exclusions are explained', async ({ app, page }) => {
  await screenDemoYear(apiDoor(app), 2026, '测试审查人');
  expect((await app.api('keys.setPassphrase', { next: '第一会场 2026' })).ok).toBe(true);
  await issuePackage(apiDoor(app), 2026, '2026-S01', 7, { passphrase: '第一会场 2026' });
  const plan = (await app.api('draw.plan', { year: 2026, stratumBy: 'sector', excludeLastYearPanel: false })).value as DrawPlan;

  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '专家抽取' }).click();
  await expect(page.getByTestId('draw-strata')).toContainText('卫生');

  // The package's panel of 7, proposed over the sectors: no sector asked for more than it can seat.
  await expect(page.getByLabel('专家组人数')).toHaveValue('7');
  await expect(page.getByTestId('draw-panel-size')).toContainText('评审会授权包 2026-S01 规定专家组 7 人');
  const quotas = await seatsOnScreen(page, '名额');
  expect(total(quotas)).toBe(7);
  for (const s of plan.strata) expect(quotas[s.stratum]).toBeLessThanOrEqual(s.eligible);
  // The largest stratum gets at least as many seats as the smallest.
  const bySize = [...plan.strata].sort((a, b) => b.eligible - a.eligible);
  expect(quotas[bySize[0].stratum]).toBeGreaterThanOrEqual(quotas[bySize.at(-1)!.stratum]);
  expect(await seatsOnScreen(page, '候补')).toEqual(quotas);
  await expect(page.getByTestId('draw-seats-total')).toHaveText('名额合计 7 人');

  // A changed size proposes again; a typed seat stays, and the total says when it no longer matches.
  await page.getByLabel('专家组人数').fill('10');
  await expect(page.getByTestId('draw-seats-total')).toHaveText('名额合计 10 人');
  await page.getByLabel(`名额 ${bySize[0].stratum}`).fill(String(quotas[bySize[0].stratum] + 6));
  await expect(page.getByTestId('draw-seats-total')).toContainText('与专家组人数 10 人不一致');
  await page.getByRole('button', { name: '按专家组人数重新建议' }).click();
  await expect(page.getByTestId('draw-seats-total')).toHaveText('名额合计 10 人');

  // The exclusions: what they are, and the list one click away.
  const units = plan.exclusions.filter((x) => x.kind === 'unit').length;
  const summary = page.getByTestId('draw-plan-summary');
  await expect(summary).toContainText(`回避 ${plan.exclusions.length} 项`);
  await expect(summary).toContainText(`${units} 个单位是推荐对象的工作单位或推荐单位`);
  await expect(page.getByTestId('draw-exclusions').locator('tbody tr')).toHaveCount(0);
  await page.getByTestId('show-exclusions').click();
  await expect(page.getByTestId('draw-exclusions').locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('draw-exclusions')).toContainText(plan.exclusions[0].label);

  // The proposal commits as it stands.
  await page.getByLabel('专家组人数').fill('7');
  await page.getByLabel('地点').fill('郑州 评审会场');
  await page.getByLabel('操作人').fill('周操作');
  await page.getByTestId('draw-commit').click();
  await expect(page.getByTestId('config-hash')).toHaveText(/^[0-9a-f]{64}$/);
});
