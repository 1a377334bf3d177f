// Builds the offline verify page (src-verify-page/) into ONE self-contained file, out/verify-page/verify.html: the
// app's own bundle checks (src-main/bundle/) bundled for the browser, with the few Node-only modules they import
// swapped for browser ones (src-verify-page/swap/), script and style inlined. The same sources give the same bytes
// (no timestamps, no paths, no source maps), so the file's SHA-256 names the page of an app version.
import { build } from 'esbuild';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const VERIFY_PAGE_FILE = path.join(root, 'out/verify-page/verify.html');
const page = path.join(root, 'src-verify-page');

/** Node-only modules of the checks → their browser stand-ins (a whole file, by its path without extension). */
const SWAPS = new Map([
  [path.join(root, 'src-shared/sha256'), path.join(page, 'swap/sha256.ts')],
  [path.join(root, 'src-main/bundle/digest-signature'), path.join(page, 'swap/digest-signature.ts')],
  [path.join(root, 'src-main/crypto/signing'), path.join(page, 'swap/signing.ts')],
]);
const NODE_MODULES = {
  'node:buffer': path.join(page, 'swap/node-buffer.ts'),
  'node:fs': path.join(page, 'swap/node-unavailable.cjs'),
  'node:path': path.join(page, 'swap/node-unavailable.cjs'),
  'node:os': path.join(page, 'swap/node-unavailable.cjs'),
  'node:crypto': path.join(page, 'swap/node-unavailable.cjs'),
};

const swaps = {
  name: 'verify-page-swaps',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => {
      const to = NODE_MODULES[args.path];
      // Any other Node module reaching the page is a build error: the checks must stay browser-clean.
      return to ? { path: to } : { errors: [{ text: `${args.path} (imported by ${path.relative(root, args.importer)}) has no browser stand-in in the verify page` }] };
    });
    b.onResolve({ filter: /^\.\.?\// }, (args) => {
      const to = SWAPS.get(path.resolve(args.resolveDir, args.path).replace(/\.ts$/, ''));
      return to ? { path: to } : undefined;
    });
  },
};

/** The file around the inlined style and script; the page hashes itself from these (page.ts, ownSha256). */
const SHELL = {
  head: '<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; script-src \'unsafe-inline\'; style-src \'unsafe-inline\'">\n<title>结果包核验页 · verify.html</title>\n<style id="page-style">',
  middle: '</style>\n</head>\n<body>\n<noscript>本页需要启用 JavaScript。This page needs JavaScript.</noscript>\n<div id="app"></div>\n<script id="page-script">',
  tail: '</script>\n</body>\n</html>\n',
};

/** The page's HTML text. */
export async function verifyPageHtml() {
  const version = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  const js = await build({
    entryPoints: [path.join(page, 'page.ts')],
    bundle: true,
    write: false,
    platform: 'browser',
    format: 'iife',
    target: ['chrome100', 'firefox100', 'safari15'],
    minify: true,
    legalComments: 'inline',
    charset: 'utf8',
    inject: [path.join(page, 'swap/buffer-global.ts')],
    define: { __PAGE_SHELL__: JSON.stringify(SHELL), __APP_VERSION__: JSON.stringify(version), 'process.env.NODE_ENV': '"production"' },
    plugins: [swaps],
    logLevel: 'warning',
  });
  const css = await build({ entryPoints: [path.join(page, 'page.css')], bundle: true, write: false, minify: true, logLevel: 'warning' });
  const script = js.outputFiles[0].text.replace(/\r/g, '');
  if (/<\/script/i.test(script)) throw new Error('the verify page script holds "</script": it would end the inline script early');
  return SHELL.head + css.outputFiles[0].text.trim() + SHELL.middle + script + SHELL.tail;
}

export async function buildVerifyPage() {
  const html = await verifyPageHtml();
  fs.mkdirSync(path.dirname(VERIFY_PAGE_FILE), { recursive: true });
  fs.writeFileSync(VERIFY_PAGE_FILE, html);
  return { file: VERIFY_PAGE_FILE, bytes: Buffer.byteLength(html), sha256: crypto.createHash('sha256').update(html).digest('hex') };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const r = await buildVerifyPage();
  console.log(`${path.relative(root, r.file)}: ${r.bytes} bytes, SHA-256 ${r.sha256}`);
}
