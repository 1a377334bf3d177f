import path from 'node:path';

/** Where the crash test's writer process is built (see score-writer.ts). */
export const SCORE_WRITER = path.join(__dirname, '..', 'out', 'test', 'score-writer.cjs');

// The tests that start processes run built files, as users do (no TypeScript compiled at each start): build
// them from today's sources first (about a second).
export default async function setup(): Promise<void> {
  // @ts-expect-error: a plain .mjs script without types
  const { buildCli, bundleForNode } = await import('../scripts/build-cli.mjs');
  await buildCli();
  await bundleForNode('tests/helpers/score-writer.ts', SCORE_WRITER);
}
