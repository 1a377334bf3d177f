import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { APP_VERSION } from '../src-main/app-version';
import { systemClock } from '../src-main/clock';
import { chromiumPdfPrinter } from '../src-main/print/chromium-printer';
import { findChromium } from '../src-main/print/find-chromium';
import type { ServiceContext } from '../src-main/services/context';
import { Store } from '../src-main/store/store';
import { startLoopbackServer } from '../src-main/transports/http-loopback';

/** Shared by the benches that drive the real renderer in real Chromium over the loopback door. */
export const ROOT = path.resolve(__dirname, '..');
export const RENDERER_DIR = path.join(ROOT, 'out/renderer');
/** The reference screen: an office laptop's 1366×768. */
export const VIEWPORT = { width: 1366, height: 768 };

function newestChange(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Builds the renderer when it is missing or older than its sources, so a bench never measures a stale build. */
export function ensureRenderer(): void {
  const index = path.join(RENDERER_DIR, 'index.html');
  const built = fs.existsSync(index) ? fs.statSync(index).mtimeMs : 0;
  const sources = Math.max(newestChange(path.join(ROOT, 'src-renderer')), newestChange(path.join(ROOT, 'src-shared')));
  if (built < sources) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
}

/**
 * A fresh data folder and the loopback server on it (serving `rendererDir`), handed to `run` with the URL (token
 * included) and the context to prepare data with; everything is closed and removed afterwards.
 */
export async function withLoopbackApp<T>(
  name: string,
  run: (app: { url: string; ctx: ServiceContext }) => Promise<T>,
  rendererDir = RENDERER_DIR,
): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `sr-bench-${name}-`));
  const opened = Store.open(dir, systemClock);
  if (!opened.ok) throw new Error(opened.error.message.en);
  const ctx: ServiceContext = { store: opened.value, actor: 'bench', appVersion: APP_VERSION, printPdf: chromiumPdfPrinter, now: systemClock };
  const server = await startLoopbackServer(ctx, { rendererDir });
  try {
    return await run({ url: server.url, ctx });
  } finally {
    await server.close();
    ctx.store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

type ProbeWindow = Window & { longTasks?: { start: number; duration: number }[] };

/** Records the page's long tasks (over 50 ms) from its first moment; `longestTask` reads them back. */
export async function recordLongTasks(context: BrowserContext): Promise<void> {
  await context.addInitScript(() => {
    const w = window as ProbeWindow;
    w.longTasks = [];
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.longTasks!.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  });
}

/** The longest task (ms) that started at or after `since` (the page's own clock), 0 when none was over 50 ms. */
export function longestTask(page: Page, since = 0): Promise<number> {
  return page.evaluate((from) => Math.max(0, ...((window as ProbeWindow).longTasks ?? []).filter((t) => t.start >= from).map((t) => t.duration)), since);
}
