import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import type { ResultsView, SessionView } from '../../src-shared/api/views';
import type { Criterion } from '../../src-shared/scoring/rubric';
import {
  checkIn,
  drawDemoPanel,
  issuePackage,
  openSession,
  planScores,
  scoreAndLock,
  screenDemoYear,
  signSheet,
  SIMULATED_PIN,
  type ScorePlan,
} from '../../src-main/testing/meeting-script';
import { pdfText } from '../helpers/pdf-text';
import { apiDoor, expect, saveDownload, settled, startServer, test, type AppServer } from './fixtures';

/**
 * A meeting with three laptops: the coordinator (experts 3–5 score there, over the API to keep it fast) and two
 * expert laptops whose experts check in, declare a conflict and score keyboard-only through the screen, lock,
 * export their files to a "USB stick" folder and sign. The coordinator imports the files, sees the board fill
 * up, the results and the tie at the cut, records the vote, and the leader signs; the PDFs carry studio names.
 */

const PIN = SIMULATED_PIN;
/** The coordinator's device key is sealed under a passphrase, as on a real meeting laptop; issuing and exporting a package ask for it. */
const KEY_PASSPHRASE = '第一会场 2026';
const YEAR = 2026;
const SESSION = '2026-S01';
/** Nominations each UI expert scores by keyboard through the screen (the rest over that laptop's API). */
const BY_KEYBOARD = 3;
const SHOTS = path.resolve(__dirname, '../../reports');

async function must<T>(server: AppServer, op: string, input: unknown = {}): Promise<T> {
  const r = await server.api(op, input);
  if (!r.ok) throw new Error(`${op}: ${JSON.stringify(r.error)}`);
  return r.value as T;
}

/** The meeting script on the coordinator, over its API: the demo year screened, a five-expert panel drawn (one per sector); returns the draw id. */
async function prepareDraw(app: AppServer): Promise<string> {
  const year = await screenDemoYear(apiDoor(app), YEAR, '测试审查人');
  const draw = await drawDemoPanel(apiDoor(app), year, { perStratum: 1, unitCap: 1, place: '郑州 评审会场', operator: '周操作', finish: true });
  return draw.drawId;
}

/** …and the session's package issued on the coordinator (a single-laptop office), the session made from it and frozen. */
async function prepareCoordinator(app: AppServer): Promise<SessionView> {
  await must(app, 'keys.setPassphrase', { next: KEY_PASSPHRASE });
  const drawId = await prepareDraw(app);
  await issuePackage(apiDoor(app), YEAR, SESSION, 5, { passphrase: KEY_PASSPHRASE });
  return openSession(apiDoor(app), YEAR, drawId, SESSION);
}

/** An Ant Design select by its accessible name: the whole control, which shows the chosen option's label. */
const select = (page: Page, name: string) => page.locator('.ant-select').filter({ has: page.getByRole('combobox', { name, exact: true }) });

/** Opens a select and picks the option whose label contains `text`; the select then shows it. */
async function pick(page: Page, name: string, text: string) {
  await select(page, name).click();
  const list = await settled(page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)'));
  await list.locator('.ant-select-item-option').filter({ hasText: text }).click();
  await expect(select(page, name)).toContainText(text);
}

/** The expert whose sheet the scoring screen shows (its expert picker reads “name（id）”). */
const scoringExpert = (page: Page) => select(page, '评分专家');

/** The PIN dialog (check-in, opening a sheet, signing, score file): the PIN (twice when it is chosen here), then OK. */
async function enterPin(page: Page, twice = false, pin = PIN) {
  const dialog = await settled(page.getByRole('dialog').filter({ has: page.getByTestId('pin-ok') }));
  await dialog.getByLabel(twice ? 'PIN（6 位或以上数字）' : 'PIN', { exact: true }).fill(pin);
  if (twice) await dialog.getByLabel('再次输入 PIN', { exact: true }).fill(pin);
  await dialog.getByTestId('pin-ok').click();
}

/**
 * The expert's sheet stays open five minutes after their PIN, by the server's real clock here: a step that may take
 * a while on a busy machine opens it again first (over the laptop's API), so the screen never asks halfway.
 */
async function reopenSheet(laptop: AppServer, expertId: string) {
  await must(laptop, 'score.unlock', { sessionId: SESSION, expertId, pin: PIN });
}

/** The OK button of a confirmation dialog (lock, freeze). */
async function confirmOk(page: Page) {
  const dialog = await settled(page.locator('.ant-modal-confirm'));
  await dialog.locator('.ant-btn-primary').click();
}

/** An expert laptop: import the package, check in with a PIN, open the scoring screen. */
async function startLaptop(browser: Browser, laptop: AppServer, packageFile: string, expertId: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1600, height: 1000 }, locale: 'zh-CN' })).newPage();
  await page.goto(laptop.url);
  await page.getByRole('menuitem', { name: '评审会' }).click();
  await page.getByTestId('import-package').locator('input[type=file]').setInputFiles(packageFile);
  await expect(page.getByTestId('session-phase')).toHaveText('评分中（盲评）');
  // The pick is shown before the check-in goes out under it, so a wrong pick fails here, by name.
  await pick(page, '选择专家', `（${expertId}，`);
  await page.getByTestId('check-in').click();
  await enterPin(page, true);
  await page.getByTestId(`open-scoring-${expertId}`).click();
  await expect(scoringExpert(page)).toContainText(`（${expertId}）`);
  await expect(page.getByTestId('progress')).toHaveText(/^0 \/ \d+$/);
  return page;
}

/** Digits and Enter only: five criteria, then Enter in the comment box moves on to the next nomination. */
async function scoreByKeyboard(page: Page, criteria: Criterion[], sheet: Record<string, number>, comment: string) {
  for (const c of criteria) {
    await page.keyboard.type(String(sheet[c.id]));
    await page.keyboard.press('Enter');
  }
  await page.keyboard.type(comment);
  await page.keyboard.press('Enter');
}

async function currentNomination(page: Page, session: SessionView): Promise<string> {
  const heading = (await page.getByTestId('current-studio').textContent()) ?? '';
  return session.nominations.find((n) => heading.endsWith(n.studioName))!.id;
}

/** The expert's own part on their laptop: keyboard scoring, a conflict if asked, the rest over the API, lock, file. */
async function scoreOnLaptop(page: Page, laptop: AppServer, session: SessionView, expertId: string, plan: ScorePlan, usb: string, conflict: boolean) {
  const criteria = session.rules.rubric.criteria;
  const order = (await must<SessionView>(laptop, 'session.get', { sessionId: SESSION })).experts.find((e) => e.expertId === expertId)!.order;
  let recused: string | undefined;
  await reopenSheet(laptop, expertId);

  for (let i = 0; i < BY_KEYBOARD; i++) {
    const id = await currentNomination(page, session);
    expect(id).toBe(order[i]);
    if (i === 0) {
      // A value over the maximum is shown in red and not saved; Backspace and the right value fix it.
      const first = criteria[0];
      await page.keyboard.type(String(first.maxPoints + 5));
      await expect(page.getByTestId(`score-error-${first.id}`)).toBeVisible();
      await expect(page.getByTestId('save-state')).toHaveText('未保存');
      for (let k = 0; k < String(first.maxPoints + 5).length; k++) await page.keyboard.press('Backspace');
    }
    await scoreByKeyboard(page, criteria, plan.sheet(expertId, id), `材料翔实（${i + 1}）`);
    await expect(page.getByTestId('save-state')).toHaveText('已保存');
    await expect(page.getByTestId('progress')).toHaveText(`${i + 1} / ${order.length}`);
  }
  // A filled sheet, for a look at the layout at large type.
  await page.getByTestId('prev').click();
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(SHOTS, `scoring-expert-${conflict ? 'a' : 'b'}.png`) });
  // The scoring screen's own larger type (18 px) reaches antd's components through the theme.
  expect(await page.getByTestId('prev').evaluate((el) => getComputedStyle(el).getPropertyValue('--ant-font-size').trim())).toBe('18px');
  await page.getByTestId('next').click();
  if (conflict) {
    // The conflict is declared on the screen, on a nomination that is not part of the planted tie.
    while (plan.tie.includes(await currentNomination(page, session))) await page.getByTestId('next').click();
    recused = await currentNomination(page, session);
    await page.getByTestId('recuse').click();
    await page.getByLabel('回避理由').fill('本人曾在该单位兼职');
    await page.getByLabel('回避理由').press('Enter');
    await expect(page.getByTestId('recused-note')).toContainText('本人曾在该单位兼职');
    await expect(page.getByTestId('save-state')).toHaveText('已保存');
    await expect(page.getByTestId('progress')).toHaveText(`${BY_KEYBOARD + 1} / ${order.length}`);
  }

  // The rest of this expert's sheet over this laptop's API, then the screen picks it up on reload.
  await reopenSheet(laptop, expertId);
  const done = new Set([...order.slice(0, BY_KEYBOARD), ...(recused ? [recused] : [])]);
  for (const id of order) {
    if (done.has(id)) continue;
    await must(laptop, 'score.save', { sessionId: SESSION, expertId, nominationId: id, criteria: plan.sheet(expertId, id), comment: '材料翔实' });
  }
  await page.reload();
  await expect(page.getByTestId('progress')).toHaveText(`${order.length} / ${order.length}`);

  await page.getByTestId('lock').click();
  await confirmOk(page);
  await expect(page.getByTestId('lock')).toHaveText('已锁定');
  return exportFile(page, usb);
}

async function exportFile(page: Page, usb: string): Promise<string> {
  return saveDownload(page, usb, async () => {
    await page.getByTestId('export-file').click();
    await enterPin(page);
  });
}

/** The expert signs their own sheet on their laptop; the screen stays on that expert's sheet throughout. */
async function signOnLaptop(page: Page, usb: string, expertId: string): Promise<string> {
  await expect(scoringExpert(page)).toContainText(`（${expertId}）`);
  await page.getByTestId('sign-sheet').click();
  await enterPin(page);
  await expect(page.getByTestId('signed-note')).toContainText('已于');
  await expect(scoringExpert(page)).toContainText(`（${expertId}）`);
  return exportFile(page, usb);
}

test('a meeting on three laptops: package, check-in, keyboard scoring, score files, results, vote, signatures, PDFs', async ({ app, page, browser }) => {
  const usb = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-usb-'));
  fs.mkdirSync(SHOTS, { recursive: true });
  const laptopA = await startServer();
  const laptopB = await startServer();
  try {
    // Coordinator, over the API: screened year, a five-expert panel, a frozen session.
    const session = await prepareCoordinator(app);
    const panel = session.panel.map((p) => p.expertId);
    expect(panel).toHaveLength(5);
    const [expertA, expertB, ...onCoordinator] = panel;
    const plan = planScores(session, YEAR);
    expect(plan.tie).toHaveLength(2);

    // Experts 3–5 check in and score on the coordinator laptop.
    for (const id of onCoordinator) {
      await checkIn(apiDoor(app), SESSION, id);
      await scoreAndLock(apiDoor(app), session, id, plan);
    }

    // The coordinator page exports the session package.
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(app.url);
    await page.getByRole('menuitem', { name: '评审会' }).click();
    await expect(page.getByTestId('session-phase')).toHaveText('评分中（盲评）');
    await expect(page.getByTestId('export-package')).toBeDisabled();
    await page.getByTestId('device-passphrase').fill(KEY_PASSPHRASE);
    const packageFile = await saveDownload(page, usb, () => page.getByTestId('export-package').click());
    // While scoring is blind the results tab shows no score.
    await page.getByRole('tab', { name: '结果与讨论' }).click();
    await expect(page.getByTestId('blind-notice')).toBeVisible();

    // Two expert laptops: import, check in, keyboard scoring (A declares a conflict), lock, export.
    const pageA = await startLaptop(browser, laptopA, packageFile, expertA);
    const fileA = await scoreOnLaptop(pageA, laptopA, session, expertA, plan, usb, true);
    const pageB = await startLaptop(browser, laptopB, packageFile, expertB);
    const fileB = await scoreOnLaptop(pageB, laptopB, session, expertB, plan, usb, false);

    // The coordinator imports both files from the stick: every cell filled, discussion opens.
    await page.getByRole('tab', { name: '评分进度' }).click();
    await page.getByTestId('import-scores').locator('input[type=file]').setInputFiles([fileA, fileB]);
    await expect(page.getByTestId('import-result')).toContainText('导入 2 个，拒绝 0 个');
    await expect(page.getByTestId('session-phase')).toHaveText('讨论与签字');
    const cells = panel.length * session.nominations.length;
    for (const id of panel) await expect(page.getByTestId(`missing-${id}`)).toHaveText('0');
    await expect(page.getByTestId('board-filled')).toContainText(`${cells} / ${cells}`);
    await expect(page.getByTestId(`expert-card-${expertA}`)).toContainText('其中回避 1');
    await page.screenshot({ path: path.join(SHOTS, 'scoring-board.png') });

    // Results: the ranking with its cut line, the planted tie put to the panel.
    await page.getByRole('tab', { name: '结果与讨论' }).click();
    await expect(page.getByTestId('ranking-table')).toBeVisible();
    await expect(page.getByTestId('cut-line')).toBeVisible();
    await expect(page.getByTestId('spread-chart').locator('canvas')).toHaveCount(1);
    await expect(page.getByTestId('leniency-chart').locator('canvas')).toHaveCount(1);
    await page.getByTestId('vote-0').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'scoring-results-tie.png') });
    const before = await must<ResultsView>(app, 'results.get', { sessionId: SESSION });
    expect(before.ranking.needsPanelVote.length).toBeGreaterThan(0);
    const ties = before.ranking.needsPanelVote.length;
    for (let i = 0; i < ties; i++) {
      // Each vote settles its tie, and its form gives way to the next one.
      await page.getByTestId('vote-0').getByLabel('表决记录').fill('专家组举手表决 4:1，监督人 王监督');
      await page.getByTestId('vote-submit-0').click();
      await expect(page.getByTestId('votes')).toContainText(`已记录 ${i + 1} 次专家组表决`);
    }
    await expect(page.getByTestId('vote-0')).toHaveCount(0);
    await expect(page.getByTestId('stability')).toBeVisible();
    await page.getByTestId('chart-toggle').first().getByText('数字').click();
    await expect(page.getByTestId('spread-table')).toBeVisible();
    await expect(page.getByTestId('leniency-table')).toBeVisible();
    await page.getByTestId('chart-toggle').first().getByText('图表').click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(SHOTS, 'scoring-results.png') });
    await page.getByTestId('cut-line').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'scoring-results-cut.png') });
    await page.getByTestId('spread-chart').scrollIntoViewIfNeeded();
    await page.screenshot({ path: path.join(SHOTS, 'scoring-results-charts.png') });

    // Signatures: A and B on their own laptops (a new file version each), the others here, the leader last.
    const signedA = await signOnLaptop(pageA, usb, expertA);
    const signedB = await signOnLaptop(pageB, usb, expertB);
    expect(path.basename(signedA)).not.toBe(path.basename(fileA));
    for (const id of onCoordinator) await signSheet(apiDoor(app), SESSION, id);
    await page.getByRole('tab', { name: '评分进度' }).click();
    await page.getByTestId('import-scores').locator('input[type=file]').setInputFiles([signedA, signedB]);
    await expect(page.getByTestId('import-result')).toContainText('导入 2 个，拒绝 0 个');
    await page.getByRole('tab', { name: '签字与打印' }).click();
    await expect(page.getByTestId('signoff-table')).not.toContainText('未签字');
    await page.getByTestId('sign-summary').click();
    await enterPin(page);
    await expect(page.getByTestId('session-phase')).toHaveText('已签字锁定');
    await page.getByRole('tab', { name: '签字与打印' }).click();
    await expect(page.getByTestId('summary-signed')).toBeVisible();

    // The summary and the proposed list print with the studios' Chinese names.
    const results = await must<ResultsView>(app, 'results.get', { sessionId: SESSION });
    const first = session.nominations.find((n) => n.id === results.ranking.rows[0].nominationId)!.studioName;
    const summary = await saveDownload(page, usb, () => page.getByTestId('print-summary').click());
    const proposed = await saveDownload(page, usb, () => page.getByTestId('print-proposed').click());
    expect(pdfText(summary).replace(/\s+/g, '')).toContain(first);
    expect(pdfText(proposed).replace(/\s+/g, '')).toContain(first);
    const matrix = await saveDownload(page, usb, () => page.getByTestId('matrix-xlsx').click());
    expect(fs.statSync(matrix).size).toBeGreaterThan(1000);
  } finally {
    await laptopA.stop();
    await laptopB.stop();
    fs.rmSync(laptopA.dataDir, { recursive: true, force: true });
    fs.rmSync(laptopB.dataDir, { recursive: true, force: true });
    fs.rmSync(usb, { recursive: true, force: true });
  }
});

test('two experts on one laptop: each sheet opens with its own PIN, and the screen stays on the chosen expert through signing and reloads', async ({ app, page }) => {
  const laptop = await startServer();
  try {
    const session = await prepareCoordinator(app);
    const pkg = await must<{ content: Uint8Array }>(app, 'session.exportPackage', { sessionId: SESSION, passphrase: KEY_PASSPHRASE });
    await must(laptop, 'session.importPackage', { content: pkg.content });
    // The laptop lists its experts by id: the one opened is the later, so "the first local expert" is the wrong sheet.
    const [first, chosen] = session.panel
      .map((p) => p.expertId)
      .slice(0, 2)
      .sort();
    const plan = planScores(session, YEAR);
    for (const id of [first, chosen]) {
      await checkIn(apiDoor(laptop), SESSION, id);
      await scoreAndLock(apiDoor(laptop), session, id, plan);
      // Each hands the laptop on: their sheet closes.
      await must(laptop, 'score.close', { sessionId: SESSION, expertId: id });
    }
    const nameOf = (id: string) => session.panel.find((p) => p.expertId === id)!.name;

    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(laptop.url);
    await page.getByRole('menuitem', { name: '评审会' }).click();
    await page.getByRole('tab', { name: '签到' }).click();
    await page.getByTestId(`open-scoring-${chosen}`).click();
    await expect(scoringExpert(page)).toContainText(`（${chosen}）`);

    // Opening the sheet asks for that expert's PIN; a wrong one says so, and how many in a row.
    await expect(page.getByRole('dialog')).toContainText(`打开 ${nameOf(chosen)} 的评分表`);
    await enterPin(page, false, '000000');
    await expect(page.getByText('PIN 不正确（已连续错 1 次）')).toBeVisible();
    await expect(page.getByTestId('progress')).toHaveCount(0);
    await enterPin(page);
    await expect(page.getByTestId('progress')).toHaveText(`${session.nominations.length} / ${session.nominations.length}`);

    // Signing reloads the session: the screen shows the signature on the same expert's sheet.
    await page.getByTestId('sign-sheet').click();
    await enterPin(page);
    await expect(page.getByTestId('signed-note')).toContainText('已于');
    await expect(scoringExpert(page)).toContainText(`（${chosen}）`);
    const signed = await must<SessionView>(laptop, 'session.get', { sessionId: SESSION });
    expect(signed.signoffs.map((s) => s.signerId)).toEqual([chosen]);
    await page.reload();
    await expect(scoringExpert(page)).toContainText(`（${chosen}）`);
    await expect(page.getByTestId('signed-note')).toBeVisible();

    // The picker switches on purpose (the other expert's PIN opens their sheet), and a reload keeps that choice too.
    await pick(page, '评分专家', `（${first}）`);
    await expect(page.getByRole('dialog')).toContainText(`打开 ${nameOf(first)} 的评分表`);
    await enterPin(page);
    await expect(page.getByTestId('sign-sheet')).toHaveText('签署我的评分表');
    await expect(page.getByTestId('signed-note')).toHaveCount(0);
    await page.reload();
    await expect(scoringExpert(page)).toContainText(`（${first}）`);
    await expect(page.getByTestId('signed-note')).toHaveCount(0);

    // Back to the first expert picked: leaving them closed their sheet, so it asks for their PIN again.
    await pick(page, '评分专家', `（${chosen}）`);
    await expect(page.getByTestId('sheet-closed')).toBeVisible();
    await expect(page.getByRole('dialog')).toContainText(`打开 ${nameOf(chosen)} 的评分表`);
  } finally {
    await laptop.stop();
    fs.rmSync(laptop.dataDir, { recursive: true, force: true });
  }
});

test('the office issues a package with its rules, the coordinator makes the session from it and freezes them', async ({ app, page }) => {
  await screenDemoYear(apiDoor(app), YEAR, '测试审查人');
  await must(app, 'keys.setPassphrase', { next: KEY_PASSPHRASE });
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '评审会' }).click();

  // No package yet: the office issues one, its rules drafted here. The rubric is the office's own.
  const issue = page.getByTestId('issue-package');
  await expect(issue).toBeVisible();
  await expect(issue.getByLabel('评审会编号')).toHaveValue(SESSION);
  await expect(page.getByTestId('rubric-authority')).toContainText('本评分细则由省教科文卫体工会评审办公室制定');

  // Issuing signs with this computer's key: its passphrase is asked for on the card.
  await expect(page.getByTestId('issue-package-submit')).toBeDisabled();
  await page.getByTestId('device-passphrase').fill(KEY_PASSPHRASE);

  // Rules: 20 places, a heavier first criterion; an impossible step is refused with its reason, nothing issued.
  await page.getByLabel('建议名额').fill('20');
  await page.getByLabel('权重 1').fill('2');
  await page.getByLabel('步长 2').fill('3');
  await page.getByTestId('issue-package-submit').click();
  await expect(page.getByText('步长 3 不能整除满分 20')).toBeVisible();
  expect(await must<unknown[]>(app, 'package.list', {})).toEqual([]);
  await page.getByLabel('步长 2').fill('0.5');
  await expect(page.getByText('加权总分满分：120')).toBeVisible();
  await page.getByTestId('issue-package-submit').click();
  await expect(select(page, '评审会授权包')).toContainText(`${SESSION}（本机签发`);
  // No panel drawn yet: the session waits for the draw.
  await expect(page.getByText('还没有完成的专家抽取')).toBeVisible();

  await drawDemoPanel(apiDoor(app), YEAR, { perStratum: 1, unitCap: 1, place: '郑州 评审会场', operator: '周操作', finish: true });
  await page.reload();
  await page.getByTestId('create-session').click();
  await expect(page.getByTestId('session-phase')).toHaveText('草拟规则');
  // The session holds the package's rules; the meeting cannot change them, only freeze them.
  await expect(page.getByLabel('建议名额')).toHaveValue('20');
  await expect(page.getByLabel('建议名额')).toBeDisabled();
  await page.getByTestId('freeze').click();
  await confirmOk(page);
  await expect(page.getByTestId('rules-hash')).toHaveText(/^[0-9a-f]{64}$/);
  await expect(page.getByTestId('session-phase')).toHaveText('评分中（盲评）');

  const session = await must<SessionView>(app, 'session.get', { sessionId: SESSION });
  expect(session.rules.cut).toBe(20);
  expect(session.rules.rubric.criteria[0].weight).toBe(2);
  expect(session.rulesHash).toBe(await page.getByTestId('rules-hash').textContent());
  const [pkg] = await must<{ rulesHash: string; inSession: boolean }[]>(app, 'package.list', {});
  expect(pkg).toMatchObject({ rulesHash: session.rulesHash, inSession: true });
});
