import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { APP_VERSION } from '../src-main/app-version';
import { systemClock } from '../src-main/clock';
import { chromiumPdfPrinter } from '../src-main/print/chromium-printer';
import { findChromium } from '../src-main/print/find-chromium';
import { checkIn } from '../src-main/testing/meeting-script';
import { inProcess, prepareSession } from '../src-main/testing/simulate';
import { Store } from '../src-main/store/store';
import { startLoopbackServer } from '../src-main/transports/http-loopback';
import type { BenchResult } from './harness';

const ROOT = path.resolve(__dirname, '..');
const KEYSTROKES = 200;

/**
 * p95 from a keystroke in a score field (real Chromium, real renderer, loopback transport) to the moment the
 * screen reports it saved, which it does only after the server has committed the change in SQLite.
 */
export async function keystrokeBench(): Promise<BenchResult> {
  if (!fs.existsSync(path.join(ROOT, 'out/renderer/index.html'))) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-bench-keys-'));
  const opened = Store.open(dir, systemClock);
  if (!opened.ok) throw new Error(opened.error.message.en);
  const ctx = { store: opened.value, actor: 'bench', appVersion: APP_VERSION, printPdf: chromiumPdfPrinter, now: systemClock };
  const session = await prepareSession(ctx, 9);
  const expertId = session.panel[0].expertId;
  await checkIn(inProcess(ctx), session.sessionId, expertId);
  const server = await startLoopbackServer(ctx, { rendererDir: path.join(ROOT, 'out/renderer') });
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}#/score?session=${session.sessionId}&expert=${expertId}`);
    const field = page.getByTestId(`score-${session.rules.rubric.criteria[0].id}`);
    await field.waitFor();
    // Records when the indicator next shows "saved" after a keystroke (the class flips saving → saved).
    await page.evaluate((testId) => {
      const w = window as unknown as { savedAt?: number; keyAt?: number };
      // The clock starts at the keystroke as the page receives it, not when the test process sends it.
      document.querySelector(`[data-testid="${testId}"]`)!.addEventListener('keydown', () => (w.keyAt = performance.now()), true);
      const state = document.querySelector('[data-testid="save-state"]')!;
      new MutationObserver(() => {
        if (state.className.includes('saved')) w.savedAt = performance.now();
      }).observe(state, { attributes: true, childList: true, subtree: true });
    }, `score-${session.rules.rubric.criteria[0].id}`);
    const times: number[] = [];
    for (let i = 0; i < KEYSTROKES; i++) {
      await field.fill('');
      // Let the clearing save settle first, so the next "saved" can only be the keystroke's own.
      await page.waitForFunction(() => document.querySelector('[data-testid="save-state"]')!.className.includes('saved'));
      await page.evaluate(() => ((window as unknown as { savedAt?: number }).savedAt = undefined));
      await page.waitForTimeout(5);
      await field.press(String((i % 9) + 1));
      await page.waitForFunction(() => (window as unknown as { savedAt?: number }).savedAt !== undefined, undefined, { timeout: 5000 });
      times.push(await page.evaluate(() => {
        const w = window as unknown as { savedAt: number; keyAt: number };
        return w.savedAt - w.keyAt;
      }));
    }
    times.sort((a, b) => a - b);
    const p95 = times[Math.floor(times.length * 0.95)];
    return { name: `keystroke → committed in SQLite, p95 of ${KEYSTROKES} (Chromium, loopback)`, measured: p95, floor: 1, target: 50, unit: 'ms', absolute: true };
  } finally {
    await browser.close();
    await server.close();
    ctx.store.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
