import type { Browser } from 'playwright-core';
import { footerText, withBundledFont } from './bundled-font';
import { findChromium } from './find-chromium';
import { pageFooter, PDF_OPTIONS, type PdfPrinter } from './pdf-printer';

/**
 * One headless Chromium serves the print jobs that come close together (a bundle export prints a dozen sheets):
 * starting Chromium costs far more than printing a page, and on a busy machine many times more. Each job gets a
 * fresh browser context, so nothing carries over from one sheet to the next; the browser closes once it has been
 * idle for IDLE_CLOSE_MS (and Playwright kills it if the process exits first).
 */
const IDLE_CLOSE_MS = 2_000;

let browser: Promise<Browser> | undefined;
/** The launched browser once `browser` has settled, to tell whether a 'disconnected' is about the current one. */
let current: Browser | undefined;
let running = 0;
let idleTimer: NodeJS.Timeout | undefined;

async function launch(): Promise<Browser> {
  // Loaded on first print: commands that print nothing should not pay for Playwright.
  const { chromium } = await import('playwright-core');
  const launched = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  // A crashed or killed browser is not reused: the next job starts a new one.
  launched.on('disconnected', () => {
    if (current !== launched) return;
    browser = undefined;
    current = undefined;
  });
  return launched;
}

function acquire(): Promise<Browser> {
  clearTimeout(idleTimer);
  running++;
  if (!browser) {
    browser = launch().then(
      (b) => (current = b),
      (e: unknown) => {
        browser = undefined;
        throw e;
      },
    );
  }
  return browser;
}

function release(): void {
  running--;
  if (running > 0) return;
  idleTimer = setTimeout(() => void closeChromiumPrinter(), IDLE_CLOSE_MS);
  idleTimer.unref();
}

/** Closes the shared browser now (the CLI calls this when its command is done, so it exits at once). */
export async function closeChromiumPrinter(): Promise<void> {
  clearTimeout(idleTimer);
  const open = browser;
  browser = undefined;
  current = undefined;
  if (open) await (await open.catch(() => undefined))?.close();
}

/** Outside Electron (CLI, loopback server, tests): headless Chromium, offline. */
export const chromiumPdfPrinter: PdfPrinter = async (html, options) => {
  const shared = await acquire().catch((e: unknown) => {
    release();
    throw e;
  });
  try {
    const context = await shared.newContext();
    try {
      const page = await context.newPage();
      // Nothing in a sheet may come from the network: block every request the HTML might make.
      await page.route('**/*', (route) => route.abort());
      const footer = pageFooter(options?.language);
      await page.setContent(withBundledFont(html, footerText(footer)), { waitUntil: 'load' });
      await page.evaluate(() => document.fonts.ready);
      return await page.pdf({ ...PDF_OPTIONS, footerTemplate: footer });
    } finally {
      await context.close();
    }
  } finally {
    release();
  }
};
