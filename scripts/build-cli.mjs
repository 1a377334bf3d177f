// Builds the CLI (which also serves the app over loopback) into out/cli/ with esbuild, so running it needs no
// TypeScript compiler. Packages stay external: they are installed beside it and load from node_modules.
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildVerifyPage } from './build-verify-page.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const CLI_OUTFILE = path.join(root, 'out/cli/studio-review.cjs');

/** One TypeScript entry point and what it imports, as one CommonJS file for Node. */
export async function bundleForNode(entry, outfile) {
  await build({
    entryPoints: [path.join(root, entry)],
    outfile,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
}

export const buildCli = () => bundleForNode('src-main/cli/main.ts', CLI_OUTFILE);

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildCli();
  // The offline verify page rides along: every exported bundle carries it, so tests and the CLI need the file.
  await buildVerifyPage();
}
