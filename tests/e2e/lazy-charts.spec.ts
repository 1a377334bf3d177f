import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cli } from '../helpers/cli';
import { expect, startServer, test } from './fixtures';

/** The ECharts chunk (src-renderer/scoring/echarts-setup.ts), hashed under assets/. */
const CHART_CODE = /\/assets\/echarts-setup-[^/]+\.js$/;

/**
 * ECharts is the largest library in the app and only the results tab draws with it: a signed simulated meeting
 * is opened, and the chart code is asked for only once the results tab is, not at start-up nor with the session
 * page. The hashed file comes with a year-long immutable cache, the page itself revalidated every time.
 */
test('the chart code loads with the results tab, not before; hashed files are cached for good, the page is not', async ({ page }) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-charts-'));
  const sim = cli('session', 'simulate', '--data-dir', dataDir, '--seed', '4');
  expect(sim.code, sim.stderr).toBe(0);
  const app = await startServer(dataDir);
  try {
    const requested: string[] = [];
    const cacheControl = new Map<string, string | undefined>();
    page.on('request', (r) => requested.push(r.url()));
    page.on('response', (r) => cacheControl.set(new URL(r.url()).pathname, r.headers()['cache-control']));

    await page.goto(app.url);
    await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
    await page.getByRole('menuitem', { name: '评审会' }).click();
    await expect(page.getByRole('tab', { name: '结果与讨论' })).toBeVisible();
    expect(requested.filter((u) => CHART_CODE.test(new URL(u).pathname))).toEqual([]);

    await page.getByRole('tab', { name: '结果与讨论' }).click();
    await expect(page.getByTestId('ranking-table')).toBeVisible();
    await expect(page.getByTestId('spread-chart').locator('canvas')).toHaveCount(1);
    await expect(page.getByTestId('leniency-chart').locator('canvas')).toHaveCount(1);
    const chartCode = requested.map((u) => new URL(u).pathname).filter((p) => CHART_CODE.test(p));
    expect(chartCode).toHaveLength(1);

    expect(cacheControl.get(chartCode[0])).toBe('public, max-age=31536000, immutable');
    expect(cacheControl.get('/')).toBe('no-cache');
  } finally {
    await app.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
});
