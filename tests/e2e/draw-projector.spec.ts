import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page, TestInfo } from '@playwright/test';
import type { DrawView, SessionView } from '../../src-shared/api/views';
import { DEMO_WITNESSES, issuePackage, screenDemoYear, signWithoutPassphrase } from '../../src-main/testing/meeting-script';
import { apiDoor, expect, settled, test, type AppServer } from './fixtures';

/**
 * The draw as the room sees it: the commitment, the witnesses' entry and the result in projector mode at the two
 * projector resolutions, every status and name at least 40 px, hashes in groups of four under their Chinese
 * labels, nothing past the edge of the screen, the sidebar, header and language switch gone, names masked until
 * the operator shows them, fifteen seats a screen and paging beyond; Esc back to the operator view. Then the calls
 * (each refusal confirmed, naming the standby, and logged with caller and time) and the finish, which shows the
 * final panel and leads on to the review session. Screenshots go into the test report (and reports/).
 */

const YEAR = 2026;
const SHOTS = path.resolve(__dirname, '../../reports');
const WITNESSES: [string, string][] = DEMO_WITNESSES.map((w) => [w.name, w.first]);
const SECTORS = ['教育', '科技', '文化', '卫生', '体育'];
const MIN_PX = 40;

async function must<T>(server: AppServer, op: string, input: unknown = {}): Promise<T> {
  const r = await server.api(op, input);
  if (!r.ok) throw new Error(`${op}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** A screenshot kept in the test report (and in reports/ next to the other e2e screenshots). */
async function shoot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const { width, height } = page.viewportSize()!;
  const body = await page.screenshot();
  await testInfo.attach(`draw-projector-${width}x${height}-${name}`, { body, contentType: 'image/png' });
  fs.mkdirSync(SHOTS, { recursive: true });
  fs.writeFileSync(path.join(SHOTS, `draw-projector-${width}x${height}-${name}.png`), body);
}

/**
 * Nothing overflows: the page does not scroll; every element's visible part (what its clipping ancestors leave of
 * it) lies inside the viewport; and each box of the projector layout (`pj-*`, `hex-groups`) holds its content.
 * Returns what does not, so a failure says where.
 */
async function overflowing(page: Page): Promise<string[]> {
  await page.evaluate(() => document.fonts.ready);
  return page.evaluate(() => {
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const root = document.documentElement;
    const bad: string[] = [];
    const describe = (el: Element) => {
      const testId = el.getAttribute('data-testid');
      const cls = typeof el.className === 'string' ? el.className.trim().split(/\s+/).filter(Boolean).slice(0, 3).join('.') : '';
      return `${el.tagName.toLowerCase()}${cls ? `.${cls}` : ''}${testId ? `[${testId}]` : ''} "${(el.textContent ?? '').slice(0, 30)}"`;
    };
    if (root.scrollWidth > vw || root.scrollHeight > vh) bad.push(`the page scrolls: ${root.scrollWidth}×${root.scrollHeight} in ${vw}×${vh}`);
    for (const el of Array.from(document.body.querySelectorAll('*'))) {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      let { left, top, right, bottom } = r;
      for (let a = el.parentElement; a && a !== document.body; a = a.parentElement) {
        const s = getComputedStyle(a);
        if (s.overflowX === 'visible' && s.overflowY === 'visible') continue;
        const ar = a.getBoundingClientRect();
        left = Math.max(left, ar.left);
        top = Math.max(top, ar.top);
        right = Math.min(right, ar.right);
        bottom = Math.min(bottom, ar.bottom);
      }
      if (right - left <= 0 || bottom - top <= 0) continue;
      if (left < -1 || top < -1 || right > vw + 1 || bottom > vh + 1) {
        bad.push(`${describe(el)} at ${Math.round(r.left)},${Math.round(r.top)}–${Math.round(r.right)},${Math.round(r.bottom)} in ${vw}×${vh}`);
      }
      const ours = Array.from(el.classList).some((c) => c.startsWith('pj') || c === 'hex-groups');
      if (ours && style.overflowX === 'visible' && style.overflowY === 'visible' && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        bad.push(`${describe(el)} holds ${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight}`);
      }
    }
    return bad;
  });
}

async function expectFits(page: Page): Promise<void> {
  expect(await overflowing(page)).toEqual([]);
}

/** Every element of `locator` is set in at least `px` pixels. */
async function expectAtLeast(locator: Locator, px = MIN_PX): Promise<void> {
  const sizes = await locator.evaluateAll((els) => els.map((e) => parseFloat(getComputedStyle(e).fontSize)));
  expect(sizes.length).toBeGreaterThan(0);
  for (const size of sizes) expect(size).toBeGreaterThanOrEqual(px);
}

/** A SHA-256 shown as sixteen groups of four, two lines of eight, with a visible gap between groups. */
async function expectGroupsOfFour(hex: Locator): Promise<void> {
  await expect(hex).toHaveText(/^[0-9a-f]{64}$/);
  const groups = hex.locator('.hex-group');
  const texts = await groups.allTextContents();
  expect(texts).toHaveLength(16);
  for (const g of texts) expect(g).toMatch(/^[0-9a-f]{4}$/);
  const boxes = await groups.evaluateAll((els) => els.map((e) => e.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right, top: Math.round(r.top) })));
  expect(new Set(boxes.map((b) => b.top)).size).toBe(2);
  for (let i = 1; i < boxes.length; i++) {
    if (boxes[i].top === boxes[i - 1].top) expect(boxes[i].left - boxes[i - 1].right).toBeGreaterThan(4);
  }
}

/** Projector mode: the app's own navigation, header and language switch are gone. */
async function expectNoChrome(page: Page): Promise<void> {
  await expect(page.getByTestId('projector')).toBeVisible();
  await expect(page.getByRole('menu')).toHaveCount(0);
  await expect(page.getByTestId('language-switch')).toHaveCount(0);
  await expect(page.locator('.ant-layout-sider, .ant-layout-header')).toHaveCount(0);
}

for (const size of [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]) {
  test.describe(`${size.width}×${size.height}`, () => {
    test.use({ viewport: size });

    test(`the draw in projector mode at ${size.width}×${size.height}, then the calls and the way on to the review session`, async ({ app, page }, testInfo) => {
      // The demo year with its nominations screened, so a review session can be created from the panel at the end.
      await screenDemoYear(apiDoor(app), YEAR, '测试审查人');
      // The office issues the session's package before the draw: a panel of 2 per sector, ten in all (a test
      // computer: its key signs by the recorded choice to run without a passphrase).
      await signWithoutPassphrase(apiDoor(app));
      await issuePackage(apiDoor(app), YEAR, `${YEAR}-S01`, 10);
      // The test browser keeps the viewport it was given: full screen is asked for (and counted), not entered.
      await page.addInitScript(() => {
        const w = window as unknown as { fullscreenRequests: number };
        w.fullscreenRequests = 0;
        Element.prototype.requestFullscreen = function () {
          w.fullscreenRequests++;
          return Promise.resolve();
        };
      });
      await page.goto(app.url);
      await page.getByRole('menuitem', { name: '专家抽取' }).click();

      // Setup: 2 seats and 2 standbys per sector, 20 rows on the result, more than one screen holds.
      await expect(page.getByTestId('draw-strata')).toContainText('卫生');
      for (const sector of SECTORS) {
        await page.getByLabel(`名额 ${sector}`).fill('2');
        await page.getByLabel(`候补 ${sector}`).fill('2');
      }
      await page.getByLabel('地点').fill('郑州 评审会场');
      await page.getByLabel('操作人').fill('周操作');
      await page.getByTestId('draw-commit').click();
      await expect(page.getByTestId('pool-hash')).toHaveText(/^[0-9a-f]{64}$/);
      const drawId = (await must<DrawView[]>(app, 'draw.list', { year: YEAR })).at(-1)!.drawId;

      // Commitment, projected: both fingerprints under their Chinese labels, in groups of four.
      await page.getByTestId('projector-on').click();
      await expectNoChrome(page);
      expect(await page.evaluate(() => (window as unknown as { fullscreenRequests: number }).fullscreenRequests)).toBe(1);
      const status = page.getByTestId('projector-status');
      await expect(status).toHaveText('已公布承诺，等待见证人');
      await expectAtLeast(status);
      const projector = page.getByTestId('projector');
      await expect(projector.getByText('专家库指纹', { exact: true })).toBeVisible();
      await expect(projector.getByText('抽取配置指纹', { exact: true })).toBeVisible();
      await expectGroupsOfFour(page.getByTestId('pool-hash'));
      await expectGroupsOfFour(page.getByTestId('config-hash'));
      await expectFits(page);
      await shoot(page, testInfo, '1-commitment');
      await page.getByTestId('to-witnesses').click();

      // Witnesses, projected: each one's digits appear beside the seed that they will make.
      await expect(page.getByTestId('pj-witness')).toHaveCount(3);
      await expect(page.getByTestId('seed-pending')).toBeVisible();
      for (const [i, [name, digits]] of WITNESSES.entries()) {
        await page.getByLabel(`见证人姓名 ${i + 1}`).fill(name);
        await page.getByLabel(`数字（第一遍） ${i + 1}`).fill(digits);
        await page.getByLabel(`数字（第二遍） ${i + 1}`).fill(digits);
      }
      await expect(status).toHaveText('见证人输入数字：已确认 3/3');
      const digitsBeside = page.getByTestId('witness-digits');
      for (const [name, digits] of WITNESSES) {
        await expect(digitsBeside).toContainText(name);
        await expect(digitsBeside).toContainText(digits);
      }
      expect(await digitsBeside.locator('.hex-group').first().textContent()).toBe('0123');
      await expectAtLeast(status);
      await expectAtLeast(page.locator('.pj-witness-name'));
      await expectAtLeast(page.getByTestId('pj-witness-status'));
      await expectFits(page);
      await shoot(page, testInfo, '2-witnesses');
      await expect(page.getByTestId('run-draw')).toBeEnabled();
      await page.getByTestId('run-draw').click();

      // Result, projected: the seed in groups of four with the witnesses' digits beside it.
      const seed = page.getByTestId('draw-seed');
      await expectGroupsOfFour(seed);
      await expect(projector.getByText('随机种子', { exact: true })).toBeVisible();
      const seedBox = (await seed.boundingBox())!;
      const digitsBox = (await digitsBeside.boundingBox())!;
      expect(digitsBox.x).toBeGreaterThanOrEqual(seedBox.x + seedBox.width);
      expect(digitsBox.y).toBeLessThan(seedBox.y + seedBox.height);
      for (const [, digits] of WITNESSES) await expect(digitsBeside).toContainText(digits);

      const drawn = await must<DrawView>(app, 'draw.get', { drawId });
      const rows = drawn.protocol!.result.filter((r) => r.status !== 'skipped');
      expect(rows).toHaveLength(20);
      await expect(status).toHaveText('抽取完成：入选 10 人，候补 10 人');

      // Fifteen seats on the first screen, names masked by default.
      const seats = page.getByTestId('pj-seat');
      const names = page.getByTestId('pj-seat-name');
      await expect(seats).toHaveCount(15);
      await expect(page.getByTestId('pj-page')).toHaveText('第 1/2 页');
      await expect(page.getByTestId('mask-names')).toBeVisible();
      await expect(page.getByTestId('mask-names')).toHaveAttribute('aria-checked', 'true');
      for (const text of await names.allTextContents()) expect(text).toBe('＊＊＊');
      await expectAtLeast(status);
      await expectAtLeast(names);
      await expectAtLeast(page.getByTestId('pj-seat-status'));
      await expectFits(page);
      await shoot(page, testInfo, '3-result-masked');

      // The operator shows the names.
      await page.getByTestId('mask-names').click();
      await expect(page.getByTestId('mask-names')).toHaveAttribute('aria-checked', 'false');
      await expect(names.first()).not.toHaveText('＊＊＊');
      const drawnNames = new Set(rows.map((r) => drawn.experts[r.id]?.name));
      for (const text of await names.allTextContents()) expect(drawnNames.has(text)).toBe(true);
      await expectAtLeast(names);
      await expectFits(page);
      await shoot(page, testInfo, '4-result-names');

      // The rest on the next screen.
      await page.getByTestId('pj-next').click();
      await expect(page.getByTestId('pj-page')).toHaveText('第 2/2 页');
      await expect(seats).toHaveCount(5);
      await expectAtLeast(names);
      await expectFits(page);
      await shoot(page, testInfo, '5-result-page-2');

      // Esc: back to the operator view, navigation and all, names still shown as switched.
      await page.keyboard.press('Escape');
      await expect(projector).toHaveCount(0);
      await expect(page.getByRole('menuitem', { name: '专家抽取' })).toBeVisible();
      await expect(page.getByTestId('language-switch')).toBeVisible();
      await expect(page.getByTestId('draw-result')).toBeVisible();
      await expect(page.getByTestId('draw-result')).not.toContainText('＊＊＊');

      // Calls: a refusal is confirmed first, naming the expert and the standby who takes the seat; no undo.
      await page.getByTestId('toggle-calls').click();
      await expect(page.getByTestId('calls-irreversible')).toContainText('不能撤销');
      const firstDecline = page.getByTestId('draw-panel').locator('[data-testid$="-declined"]').first();
      const declinedId = (await firstDecline.getAttribute('data-testid'))!.replace(/^call-|-declined$/g, '');
      await firstDecline.click();
      const confirm = await settled(page.locator('.ant-modal.call-confirm'));
      await expect(confirm).toContainText(`${drawn.experts[declinedId].name}（${declinedId}`);
      await expect(confirm).toContainText('谢绝');
      await expect(confirm).toContainText('此记录不能撤销');
      await expect(confirm).toContainText('通知人：周操作');
      const standbyId = /由候补 .+?（([^，]+)，/.exec((await confirm.getByTestId('call-confirm-text').textContent()) ?? '')?.[1];
      expect(standbyId).toBeTruthy();
      await confirm.getByRole('button', { name: '确认记录，不可撤销' }).click();
      await expect(page.getByTestId('draw-panel')).not.toContainText(`（${declinedId}）`);
      await expect(page.getByTestId('draw-panel')).toContainText(`（${standbyId}）`);

      // The call log: who called and when.
      const callLog = page.getByTestId('call-log');
      await expect(callLog).toContainText('周操作');
      await expect(callLog).toContainText(declinedId);
      await expect(callLog).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}:\d{2}/);
      const called = await must<DrawView>(app, 'draw.get', { drawId });
      expect(called.protocol!.callLog).toEqual([expect.objectContaining({ caller: '周操作', expertId: declinedId, outcome: 'declined', at: expect.any(String) })]);
      expect(called.panel!.replacements.map((r) => r.replacementId)).toEqual([standbyId]);

      // Finish: the final panel, the replacement, the standbys left, and on to the review session.
      await page.getByTestId('finish-draw').click();
      await expect(page.getByText('抽取已结束')).toBeVisible();
      const finalPanel = page.getByTestId('final-panel');
      await expect(finalPanel.locator('tr.ant-table-row')).toHaveCount(10);
      await expect(finalPanel).toContainText(`（${standbyId}）`);
      await expect(finalPanel).not.toContainText(`（${declinedId}）`);
      await expect(page.getByTestId('final-replacements')).toContainText(declinedId);
      await expect(page.getByTestId('standbys-left')).not.toContainText(standbyId!);
      await expect(page.getByTestId('standbys-left')).toContainText('候补');
      await shoot(page, testInfo, '6-finish');

      await expect(page.getByTestId('session-from-draw').getByTestId('package-select')).toContainText(`${YEAR}-S01`);
      await page.getByTestId('draw-create-session').click();
      await expect(page).toHaveURL(/#\/session/);
      await expect(page.getByTestId('session-phase')).toHaveText('草拟规则');
      const session = await must<SessionView>(app, 'session.get', { sessionId: `${YEAR}-S01` });
      expect(session.drawId).toBe(drawId);
      const finished = await must<DrawView>(app, 'draw.get', { drawId });
      expect(session.panel.map((p) => p.expertId).sort()).toEqual(finished.panel!.panel.map((s) => s.expertId).sort());
    });
  });
}
