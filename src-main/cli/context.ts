import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { formatError } from '../../src-shared/result';
import { APP_VERSION } from '../app-version';
import { systemClock } from '../clock';
import { defaultDataDir } from '../data-dir';
import { chromiumPdfPrinter } from '../print/chromium-printer';
import type { ServiceContext } from '../services/context';
import { Store } from '../store/store';
import { CliExit, EXIT, unwrap } from './exit';

export { CliExit, EXIT, unwrap };

export function openContext(dataDir: string | undefined): ServiceContext {
  const opened = Store.open(dataDir ?? defaultDataDir(), systemClock);
  if (!opened.ok) throw new CliExit(EXIT.checkFailed, formatError(opened.error));
  return { store: opened.value, actor: `cli:${os.userInfo().username}`, appVersion: APP_VERSION, printPdf: chromiumPdfPrinter, now: systemClock };
}

/** Runs a command against the data folder's store, and closes it whatever happens. */
export async function withContext<T>(dataDir: string | undefined, run: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const ctx = openContext(dataDir);
  try {
    return await run(ctx);
  } finally {
    ctx.store.close();
  }
}

/** Runs a command against a fresh, empty data folder that is removed afterwards (a check that needs no data). */
export async function withScratchContext<T>(run: (ctx: ServiceContext) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-review-scratch-'));
  try {
    return await withContext(dir, run);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
