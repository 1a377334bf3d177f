import path from 'node:path';

/**
 * The offline verify page, built by scripts/build-verify-page.mjs (on `npm ci` and by the build) into
 * out/verify-page/: from the sources (src-main/bundle/), the built main process (out/main/) and the CLI (out/cli/),
 * it is two folders up and across.
 */
export const VERIFY_PAGE = path.resolve(__dirname, '../../out/verify-page/verify.html');
