import { expect } from 'vitest';
import { APP_VERSION } from '../../src-main/app-version';
import { chromiumPdfPrinter } from '../../src-main/print/chromium-printer';
import type { ServiceContext } from '../../src-main/services/context';
import { Store } from '../../src-main/store/store';
import type { Result } from '../../src-shared/result';
import { tempDir } from './temp-dir';

export function expectOk<T>(r: Result<T>): T {
  if (!r.ok) expect.fail(`expected ok, got ${r.error.code}: ${r.error.message.en}`);
  return r.value;
}

export function openTestContext(dataDir = tempDir()): ServiceContext {
  return { store: expectOk(Store.open(dataDir)), actor: 'test', appVersion: APP_VERSION, printPdf: chromiumPdfPrinter };
}
