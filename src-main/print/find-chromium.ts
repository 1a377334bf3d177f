import fs from 'node:fs';

/**
 * The Chromium for printing PDFs outside Electron and for the end-to-end tests: $CHROMIUM_PATH, then Debian's /usr/bin/chromium, then a browser
 * Playwright installed itself. No download is attempted: this machine cannot reach browser builds.
 */
export function findChromium(): string {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    candidates.push(require('playwright-core').chromium.executablePath());
  } catch {
    // Playwright has no browser of its own here; fine.
  }
  const found = candidates.find((p): p is string => !!p && fs.existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found (needed to print PDFs and for the end-to-end tests). Install one: `sudo apt-get install -y chromium` (Debian/Ubuntu), ' +
        'or `npx playwright install chromium`, or set CHROMIUM_PATH to a Chromium/Chrome binary.',
    );
  }
  return found;
}
