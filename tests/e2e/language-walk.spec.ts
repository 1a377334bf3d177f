import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import { fromWireJson } from '../../src-shared/api/wire';
import { pdfText } from '../helpers/pdf-text';
import { expect, startServer, test, type AppServer } from './fixtures';
import { dataStrings, wrongInChinese, wrongInEnglish } from './language-check';

/**
 * Issue 16, part 3: in Chinese mode no English and no identifier, in English mode no Chinese but the data's own
 * names; on every route of the app and on every PDF it makes, in both languages. The year is filled far enough that
 * every page has something to show: the demo year with a draw and a signed session (`session simulate` on this
 * laptop), and its list published (`publish`). A screenshot of each route in each language goes into the report.
 */

const ROOT = path.resolve(__dirname, '../..');
const cli = (...args: string[]) => execFileSync(process.execPath, [path.join(ROOT, 'bin/studio-review.cjs'), ...args], { encoding: 'utf8' });
type Language = 'zh-CN' | 'en';

/** Text that is the data's but shown in a way the check cannot tell from the UI's; each says whose part fixes it. */
const ALLOWED: Record<Language, RegExp[]> = {
  'zh-CN': [
    // Local time (issue 16 part 4, t16): time zones are named by their IANA id until that part shows them.
    /^(Asia\/Shanghai|UTC(\+\d\d:\d\d)?)$/,
    // Data this test's setup wrote through the CLI: `publish` records its decisions with a bilingual note, and the
    // CLI's actor is `cli:root` (an actor id is who did it, as stored).
    /^命令行 publish：.* \/ CLI publish: /,
    /^cli:root$/,
    // Names on disk, as the file manager shows them: the data folder's subfolders (backup page) and the draw
    // rules' file the draw sheets cite (split across a line break in the PDF's text).
    /^(attachments|keys)$/,
    // The offline verify page's file name, as saved and as every bundle carries it (issue 15).
    /^verify\.html$/,
    /^(docs\/draw-spec\.md|docs\/draw-?|spec\.md)$/,
  ],
  en: [
    // The language switch names each language in its own script.
    /^中文$/,
    // The draw's protocol file is saved under its Chinese name (抽取记录-2026-DRAW-01.json) in either mode.
    /^抽取记录$/,
    // The titles register's import help names the rank values the Excel file holds, which are Chinese in any mode.
    /^Edit it in Excel and import it: one title a row, rank 正高级/,
  ],
};

/** Waits until the page has fetched and drawn what it shows: no request in flight and no spinner. */
async function settledPage(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await expect(page.locator('.ant-spin-spinning')).toHaveCount(0);
}

function wrong(language: Language, text: string, data: Set<string>): string[] {
  return language === 'zh-CN' ? wrongInChinese(text, data, ALLOWED['zh-CN']) : wrongInEnglish(text, data, ALLOWED.en);
}

/** Every PDF the app makes for the year, each with its text or why it could not be made. */
async function pdfs(app: AppServer, year: number, data: Set<string>): Promise<{ name: string; text?: string; error?: unknown }[]> {
  const files: { name: string; text?: string; error?: unknown }[] = [];
  const take = async (name: string, op: string, input: unknown, pick = (v: unknown) => v as { content: Uint8Array }) => {
    const r = await app.api(op, input);
    files.push(r.ok ? { name, text: pdfText(pick(r.value).content) } : { name, error: r.error });
  };
  const draws = (await app.api('draw.list', { year })).value as { drawId: string }[];
  const sessions = (await app.api('session.list')).value as { sessionId: string }[];
  const session = (await app.api('session.get', { sessionId: sessions[0].sessionId })).value as { panel: { expertId: string }[] };
  dataStrings([draws, session], data);
  await take('qualification sheet', 'screening.sheetPdf', { year });
  await take('draw commitment', 'draw.commitmentPdf', { drawId: draws[0].drawId });
  await take('draw record', 'draw.recordPdf', { drawId: draws[0].drawId });
  await take('expert score sheet', 'session.printout', { sessionId: sessions[0].sessionId, kind: 'expert-sheet', expertId: session.panel[0].expertId });
  await take('summary sheet', 'session.printout', { sessionId: sessions[0].sessionId, kind: 'summary' });
  await take('proposed list', 'session.printout', { sessionId: sessions[0].sessionId, kind: 'proposed-list' });
  await take('published list', 'publication.download', { year, output: 'pdf' });
  await take('recommendations', 'recommendation.export', { year, format: 'pdf' });
  await take('ledger report', 'ledger.report', { year }, (v) => (v as { pdf: { content: Uint8Array } }).pdf);
  return files;
}

let work: string;
let app: AppServer & { stop(): Promise<void> };
/** Every string the API sent to the pages so far (the data), gathered across the tests in their order. */
const data = new Set<string>();

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-language-'));
  const dataDir = path.join(work, 'data');
  cli('session', 'simulate', '--data-dir', dataDir, '--seed', '6');
  cli('publish', '--year', '2026', '--data-dir', dataDir, '--doc-no', '豫教科文卫体工〔2026〕12号', '--date', '2026-12-01', '--notice-start', '2026-11-20', '--notice-end', '2026-11-26', '--out', path.join(work, 'out'));
  app = await startServer(dataDir);
});

test.afterAll(async () => {
  await app.stop();
  fs.rmSync(work, { recursive: true, force: true });
});

async function report(testInfo: TestInfo, language: Language, finds: string[]): Promise<void> {
  await testInfo.attach(`language-finds-${language}.txt`, { body: finds.join('\n'), contentType: 'text/plain' });
  expect(finds).toEqual([]);
}

/** The menu's routes (src-renderer/app/routes.tsx), written out so that a route added or lost is noticed here. */
const ROUTE_KEYS = [
  ...['dashboard', 'pool', 'nominations', 'registers', 'screening', 'draw', 'verify', 'session', 'score', 'settings'],
  ...['office', 'publication', 'office-register', 'ledger', 'management', 'backup'],
];

for (const language of ['zh-CN', 'en'] as const) {
  test(`every route in ${language}: no text in the wrong script, no identifier; a screenshot of each`, async ({ page }, testInfo) => {
    page.on('response', async (response) => {
      if (!new URL(response.url()).pathname.startsWith('/api/')) return;
      const body = await response.text().catch(() => '');
      try {
        dataStrings(fromWireJson(body), data);
      } catch {
        // not an API answer (a file's bytes): nothing to learn
      }
    });
    const finds: string[] = [];
    expect((await app.api('settings.update', { language })).ok).toBe(true);
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto(app.url);
    // The menu lists every route (app/routes.tsx), in its order.
    const menu = page.getByRole('menu').getByRole('menuitem');
    // count() does not wait: the walk starts once the menu is drawn, and must have walked every route (never none).
    await expect(menu).toHaveCount(ROUTE_KEYS.length);
    const walked: string[] = [];
    for (let r = 0; r < ROUTE_KEYS.length; r++) {
      await menu.nth(r).click();
      await settledPage(page);
      const key = new URL(page.url()).hash.replace(/^#\/?/, '');
      walked.push(key);
      await testInfo.attach(`${language}-${key}.png`, { body: await page.screenshot(), contentType: 'image/png' });
      const texts = [await page.locator('body').innerText()];
      // Each tab of the page, where it has tabs.
      const tabs = page.locator('.ant-tabs-tab:visible');
      for (let i = 0; i < (await tabs.count()); i++) {
        await tabs.nth(i).click();
        await settledPage(page);
        texts.push(await page.locator('body').innerText());
      }
      for (const w of new Set(texts.flatMap((t) => wrong(language, t, data)))) finds.push(`#/${key}: ${w}`);
    }
    expect(walked).toEqual(ROUTE_KEYS);
    await report(testInfo, language, finds);
  });
}

for (const language of ['zh-CN', 'en'] as const) {
  test(`every PDF in ${language}: no text in the wrong script, no identifier`, async ({}, testInfo) => {
    expect((await app.api('settings.update', { language })).ok).toBe(true);
    const finds: string[] = [];
    for (const file of await pdfs(app, 2026, data)) {
      if (file.text === undefined) finds.push(`${file.name} not made: ${JSON.stringify(file.error)}`);
      else for (const w of wrong(language, file.text, data)) finds.push(`${file.name}: ${w}`);
    }
    await report(testInfo, language, finds);
  });
}
