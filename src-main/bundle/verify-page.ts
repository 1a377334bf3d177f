import fs from 'node:fs';
import path from 'node:path';
import type { FileDownload } from '../../src-shared/api/views';
import { err, ok, type Result } from '../../src-shared/result';
import { fileDownload } from '../services/downloads';

/**
 * The offline verify page, built by scripts/build-verify-page.mjs (on `npm ci` and by the build) into
 * out/verify-page/: from the sources (src-main/bundle/), the built main process (out/main/) and the CLI (out/cli/),
 * it is two folders up and across.
 */
export const VERIFY_PAGE = path.resolve(__dirname, '../../out/verify-page/verify.html');

/** Its bytes, as every exported bundle carries them and the office saves them on their own. */
export function readVerifyPage(): Result<Buffer> {
  try {
    return ok(fs.readFileSync(VERIFY_PAGE));
  } catch {
    return err('verify-page-missing', `找不到核验页 ${VERIFY_PAGE}：请先构建（npm run build）`, `The verify page ${VERIFY_PAGE} is missing: build it first (npm run build)`);
  }
}

/** The page as a download (its SHA-256 included, for the app to show next to the one in the README). */
export function verifyPageDownload(): Result<FileDownload> {
  const page = readVerifyPage();
  return page.ok ? ok(fileDownload('verify.html', 'text/html', page.value)) : page;
}
