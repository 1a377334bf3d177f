import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import type { Browser } from 'playwright-core';
import { inProcess } from '../src-main/testing/simulate';
import { median, type BenchResult } from './harness';
import { ensureRenderer, launchChromium, longestTask, recordLongTasks, RENDERER_DIR, VIEWPORT, withLoopbackApp } from './browser';

const RUNS = 5;
const HEADING = '工作台';

type ShownWindow = Window & { shownAt?: number };

/**
 * The floor: a static page served by the same server, carrying the same bytes as the app's start-up files (index.html
 * and the scripts and styles it names) as inert text under the same heading. It costs the same redirect, transfer and
 * parse as the app's shell, with no script run and no data asked for: what is left above it is the app's own work.
 */
function writeFloorPage(rendererDir: string): void {
  const index = fs.readFileSync(path.join(rendererDir, 'index.html'), 'utf8');
  const named = [...index.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((m) => path.join(rendererDir, m[1]));
  const bytes = named.reduce((sum, f) => sum + fs.statSync(f).size, index.length);
  const filler = 'x'.repeat(bytes);
  fs.writeFileSync(
    path.join(rendererDir, 'floor.html'),
    `<!doctype html><html lang="zh-CN"><head><meta charset="UTF-8"><title>floor</title></head><body><h2>${HEADING}</h2><script type="text/plain">${filler}</script></body></html>`,
  );
}

/** Navigation → the 工作台 heading in the DOM, by the page's own clock (0 = the navigation's start), in a fresh context. */
async function timeToHeading(browser: Browser, url: string): Promise<{ ms: number; longest: number; js: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    await recordLongTasks(context);
    await context.addInitScript((heading) => {
      new MutationObserver((_, observer) => {
        if ([...document.querySelectorAll('h2')].some((h) => h.textContent === heading)) {
          (window as ShownWindow).shownAt = performance.now();
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    }, HEADING);
    const page = await context.newPage();
    await page.goto(url, { waitUntil: 'commit' });
    await page.waitForFunction(() => (window as ShownWindow).shownAt !== undefined);
    const ms = await page.evaluate(() => (window as ShownWindow).shownAt!);
    const js = await page.evaluate((until) =>
      performance.getEntriesByType('resource').filter((e) => e.startTime <= until && new URL(e.name).pathname.endsWith('.js')).map((e) => new URL(e.name).pathname),
    ms);
    return { ms, longest: await longestTask(page), js };
  } finally {
    await context.close();
  }
}

const kB = (n: number) => `${(n / 1024).toFixed(0)} kB`;

/** The first screen (navigation → 工作台 heading) in a fresh browser context, against the static floor page. */
export async function firstScreenBench(): Promise<BenchResult> {
  ensureRenderer();
  const rendererDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-bench-renderer-'));
  fs.cpSync(RENDERER_DIR, rendererDir, { recursive: true });
  writeFloorPage(rendererDir);
  const browser = await launchChromium();
  try {
    return await withLoopbackApp('first-screen', async ({ url, ctx }) => {
      // The demo year's pool and nominations, so 工作台 counts real rows.
      const demo = await inProcess(ctx)('demo.generate', { seed: 2026 });
      if (!demo.ok) throw new Error(demo.error.message.en);
      const floorUrl = url.replace(/\/\?/, '/floor.html?');
      await timeToHeading(browser, url); // warm the disk cache and the server
      await timeToHeading(browser, floorUrl);
      const app: Awaited<ReturnType<typeof timeToHeading>>[] = [];
      const floor: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        app.push(await timeToHeading(browser, url));
        floor.push((await timeToHeading(browser, floorUrl)).ms);
      }
      const files = app[0].js.map((p) => fs.readFileSync(path.join(rendererDir, p)));
      const raw = files.reduce((s, f) => s + f.length, 0);
      const gzip = files.reduce((s, f) => s + zlib.gzipSync(f).length, 0);
      return {
        name: `first screen: navigation → ${HEADING} heading, fresh context, median of ${RUNS} (Chromium, loopback)`,
        measured: median(app.map((r) => r.ms)),
        floor: median(floor),
        target: 1000,
        unit: 'ms',
        absolute: true,
        detail:
          `floor ${median(floor).toFixed(0)} ms: a static page of the same bytes from the same server (no script, no data); ` +
          `JS before the heading: ${kB(raw)} (gzip ${kB(gzip)}) in ${files.length} files; longest task ${median(app.map((r) => r.longest)).toFixed(0)} ms`,
      };
    }, rendererDir);
  } finally {
    await browser.close();
    fs.rmSync(rendererDir, { recursive: true, force: true });
  }
}
