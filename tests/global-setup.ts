import path from 'node:path';
import { locateChromium } from '../src-main/print/find-chromium';

/** Where the crash test's writer process is built (see score-writer.ts). */
export const SCORE_WRITER = path.join(__dirname, '..', 'out', 'test', 'score-writer.cjs');

// The tests that start processes run built files, as users do (no TypeScript compiled at each start): build
// them from today's sources first (about a second).
export default async function setup(): Promise<void> {
  // @ts-expect-error: a plain .mjs script without types
  const { buildCli, bundleForNode } = await import('../scripts/build-cli.mjs');
  await buildCli();
  await bundleForNode('tests/helpers/score-writer.ts', SCORE_WRITER);
  // Where the browser is npm's Chromium, it is unpacked here, once, before test files print side by side: two
  // processes unpacking it at the same moment could run a half-written binary. None found: the print tests say so.
  try {
    locateChromium();
  } catch {
    // Reported by the first test that prints.
  }
}
