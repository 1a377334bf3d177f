import type { Browser, Page } from 'playwright-core';
import { simulateSession } from '../src-main/testing/simulate';
import { median, type BenchResult } from './harness';
import { ensureRenderer, launchChromium, longestTask, recordLongTasks, VIEWPORT, withLoopbackApp } from './browser';

const RUNS = 5;
const TAB = '结果与讨论';

type ProbeWindow = Window & { clickAt?: number; tableAt?: number; chartsAt?: number };

/** Starts the page's clock at the click on the tab and notes when the ranking table, then both charts, are in the DOM. */
function probe(page: Page, tab: string): Promise<void> {
  return page.evaluate((name) => {
    const w = window as ProbeWindow;
    document.addEventListener('click', (e) => {
      if ((e.target as Element).closest('[role="tab"]')?.textContent === name) w.clickAt ??= performance.now();
    }, true);
    new MutationObserver(() => {
      w.tableAt ??= document.querySelector('[data-testid="ranking-table"]') ? performance.now() : undefined;
      if (document.querySelectorAll('[data-testid$="-chart"] canvas').length === 2) w.chartsAt ??= performance.now();
    }).observe(document.body, { childList: true, subtree: true });
  }, tab);
}

/** The raw fetch of the same results through the same door, from the same page: the floor under the tab. */
function rawFetch(page: Page, sessionId: string): Promise<number> {
  return page.evaluate(async (id) => {
    const t = performance.now();
    const res = await fetch('/api/results.get', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: id }) });
    await res.json();
    return performance.now() - t;
  }, sessionId);
}

async function openResults(browser: Browser, url: string, sessionId: string) {
  const context = await browser.newContext({ viewport: VIEWPORT, locale: 'zh-CN' });
  try {
    await recordLongTasks(context);
    const page = await context.newPage();
    await page.goto(`${url}#/session`);
    const tab = page.getByRole('tab', { name: TAB });
    await tab.waitFor();
    const floor = await rawFetch(page, sessionId);
    await probe(page, TAB);
    await tab.click();
    await page.waitForFunction(() => (window as ProbeWindow).chartsAt !== undefined);
    const t = await page.evaluate(() => {
      const p = window as ProbeWindow;
      return { clickAt: p.clickAt!, tableAt: p.tableAt!, chartsAt: p.chartsAt! };
    });
    return { table: t.tableAt - t.clickAt, charts: t.chartsAt - t.clickAt, longest: await longestTask(page, t.clickAt), floor };
  } finally {
    await context.close();
  }
}

/** A signed 5-expert session on the demo year: click on 结果与讨论 → the ranking table, against the raw fetch of its results. */
export async function resultsTabBench(): Promise<BenchResult> {
  ensureRenderer();
  const browser = await launchChromium();
  try {
    return await withLoopbackApp('results', async ({ url, ctx }) => {
      const { session } = await simulateSession(ctx, 17);
      const size = `${session.nominations.length} × ${session.panel.length}`;
      await openResults(browser, url, session.sessionId); // warm-up: the chunks, the server's first query
      const runs: Awaited<ReturnType<typeof openResults>>[] = [];
      for (let i = 0; i < RUNS; i++) runs.push(await openResults(browser, url, session.sessionId));
      const mid = (f: (r: (typeof runs)[number]) => number) => median(runs.map(f));
      return {
        name: `results tab of a ${size} session: click → ranking table, fresh context, median of ${RUNS} (Chromium, loopback)`,
        measured: mid((r) => r.table),
        floor: mid((r) => r.floor),
        target: 300,
        unit: 'ms',
        absolute: true,
        detail: `floor ${mid((r) => r.floor).toFixed(0)} ms: the raw fetch of the same results from the same page; charts drawn at ${mid((r) => r.charts).toFixed(0)} ms; longest task after the click ${mid((r) => r.longest).toFixed(0)} ms`,
      };
    });
  } finally {
    await browser.close();
  }
}
