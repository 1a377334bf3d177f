import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test as base, expect, type Locator, type Page } from '@playwright/test';
import type { Door } from '../../src-main/testing/meeting-script';
import { fromWireJson, toWireJson } from '../../src-shared/api/wire';
import { CLI_PROCESS_TIMEOUT } from '../helpers/timeouts';

export interface AppServer {
  url: string;
  token: string;
  dataDir: string;
  /**
   * Calls the API through the page's door with the same token (as a Bearer header, where the page's browser sends
   * the cookie the printed URL swapped it for), bytes as the page sends and reads them.
   */
  api(operation: string, input?: unknown): Promise<{ ok: boolean; value?: unknown; error?: unknown }>;
}

const ROOT = path.resolve(__dirname, '../..');

/**
 * Starts the real loopback server (the one `npm start` runs) on a fresh data folder, reading the URL it
 * prints; each test gets its own, so several app instances (laptops) can run side by side.
 */
export async function startServer(dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-'))): Promise<AppServer & { stop(): Promise<void> }> {
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(ROOT, 'bin/studio-review.cjs'), 'serve', '--data-dir', dataDir, '--renderer', path.join(ROOT, 'out/renderer')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), CLI_PROCESS_TIMEOUT);
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const m = /URL: (\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.stderr!.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) => reject(new Error(`server exited with ${code}:\n${out}`)));
  });
  const token = new URL(url).searchParams.get('token')!;
  const origin = new URL(url).origin;
  return {
    url,
    token,
    dataDir,
    api: async (operation, input = {}) =>
      fromWireJson(
        await (await fetch(`${origin}/api/${operation}`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
          body: toWireJson(input),
        })).text(),
      ) as { ok: boolean; value?: unknown; error?: unknown },
    stop: () =>
      new Promise<void>((resolve) => {
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/** The server's API as the meeting script's door (src-main/testing/meeting-script.ts), so e2e tests run its steps over HTTP. */
export const apiDoor =
  (server: AppServer): Door =>
  (name, input) =>
    server.api(name, input) as never;

export const test = base.extend<{ app: AppServer }>({
  app: async ({}, use) => {
    const server = await startServer();
    await use(server);
    await server.stop();
    fs.rmSync(server.dataDir, { recursive: true, force: true });
  },
});

/** Clicks something that downloads a file and saves it into `dir`, the way a user saves to a USB stick. */
export async function saveDownload(page: Page, dir: string, click: () => Promise<void>): Promise<string> {
  const downloading = page.waitForEvent('download');
  await click();
  const download = await downloading;
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

export { expect } from '@playwright/test';

/**
 * An Ant Design popup (a dialog, a select's list) once its opening motion is over. Until the motion starts, the
 * popup holds still at its starting size, so Playwright can find a button or an option in it "stable" there, and the
 * click then lands where that element no longer is once the popup has grown or slid into place: on another field or
 * another option, or on nothing. Clicks inside a popup wait for this first.
 */
export async function settled(popup: Locator): Promise<Locator> {
  await expect(popup).toBeVisible();
  await expect(popup).not.toHaveClass(/-(appear|enter)\b/);
  return popup;
}
