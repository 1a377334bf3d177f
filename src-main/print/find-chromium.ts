import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/**
 * The Chromium for printing PDFs outside Electron and for the end-to-end tests, in this order: $CHROMIUM_PATH; a
 * Chromium, Chrome or Edge installed on the system; a browser Playwright installed itself; on x64 Linux, the
 * Chromium shipped inside the npm package @sparticuz/chromium (a dev dependency), unpacked on first use. Nothing is
 * downloaded and nothing needs root.
 */
export interface FoundChromium {
  executablePath: string;
  /** Where it came from, for messages and for the flags it needs. */
  source: 'env' | 'system' | 'playwright' | 'npm';
}

const SYSTEM_BROWSERS: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    path.join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google\\Chrome\\Application\\chrome.exe'),
    path.join(process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)', 'Microsoft\\Edge\\Application\\msedge.exe'),
    path.join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Microsoft\\Edge\\Application\\msedge.exe'),
    path.join(process.env.LOCALAPPDATA ?? '', 'Google\\Chrome\\Application\\chrome.exe'),
  ],
};

function playwrightOwn(): string | undefined {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require('playwright-core').chromium.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The npm-shipped Chromium, unpacked (once, into the temp folder) by the package itself. Its unpacking is
 * asynchronous and the callers here are not (Playwright reads its config synchronously), so it runs in a short child
 * process that prints the path.
 */
function npmShipped(): string | undefined {
  if (process.platform !== 'linux' || process.arch !== 'x64') return undefined;
  try {
    const script = "import('@sparticuz/chromium').then(async (m) => process.stdout.write(await m.default.executablePath()))";
    const found = execFileSync(process.execPath, ['-e', script], { cwd: __dirname, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
    return found || undefined;
  } catch {
    return undefined;
  }
}

let found: FoundChromium | undefined;

export function locateChromium(): FoundChromium {
  if (found) return found;
  const tries: [FoundChromium['source'], () => string | undefined][] = [
    ['env', () => process.env.CHROMIUM_PATH],
    ['system', () => SYSTEM_BROWSERS[process.platform]?.find((p) => fs.existsSync(p))],
    ['playwright', playwrightOwn],
    ['npm', npmShipped],
  ];
  for (const [source, attempt] of tries) {
    const executablePath = attempt();
    if (executablePath && fs.existsSync(executablePath)) return (found = { executablePath, source });
  }
  throw new Error(
    'No Chromium found (needed to print PDFs outside the desktop app, and for the end-to-end tests). On x64 Linux `npm install` ' +
      'brings one (@sparticuz/chromium); elsewhere install Chrome, Edge or Chromium, or set CHROMIUM_PATH to its binary.',
  );
}

export function findChromium(): string {
  return locateChromium().executablePath;
}
