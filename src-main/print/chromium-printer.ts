import { findChromium } from './find-chromium';
import { pageFooter, PDF_OPTIONS, type PdfPrinter } from './pdf-printer';

/** Outside Electron (CLI, loopback server, tests): one headless Chromium per print job, offline. */
export const chromiumPdfPrinter: PdfPrinter = async (html, options) => {
  // Loaded on first print: commands that print nothing should not pay for Playwright.
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: findChromium(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    // Nothing in a sheet may come from the network: block every request the HTML might make.
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    return await page.pdf({ ...PDF_OPTIONS, footerTemplate: pageFooter(options?.language) });
  } finally {
    await browser.close();
  }
};
