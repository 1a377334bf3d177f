import fs from 'node:fs';
import { expect } from 'vitest';
import { APP_VERSION } from '../../src-main/app-version';
import { chromiumPdfPrinter } from '../../src-main/print/chromium-printer';
import type { Clock } from '../../src-main/clock';
import type { ServiceContext } from '../../src-main/services/context';
import { Store } from '../../src-main/store/store';
import { fixedClock } from '../../src-main/testing/clock';
import type { Result } from '../../src-shared/result';
import { tempDir } from './temp-dir';

export function expectOk<T>(r: Result<T>): T {
  if (!r.ok) expect.fail(`expected ok, got ${r.error.code}: ${r.error.message.en}`);
  return r.value;
}

/** A context on a real store whose clock stands still (a test moves it with `fixedClock().advance`). */
export function openTestContext(dataDir = tempDir(), now: Clock = fixedClock()): ServiceContext {
  return { store: expectOk(Store.open(dataDir, now)), actor: 'test', appVersion: APP_VERSION, printPdf: chromiumPdfPrinter, now };
}

/** The database file as bytes, with the WAL folded in, so "unchanged" means every byte. */
export function databaseBytes(ctx: ServiceContext): Buffer {
  ctx.store.db.pragma('wal_checkpoint(TRUNCATE)');
  return fs.readFileSync(ctx.store.databasePath);
}
