import path from 'node:path';
import { timeProcessPair, type BenchResult } from './harness';

const BIN = path.join(__dirname, '..', 'bin', 'studio-review.cjs');

/** The built CLI's cold start (`--help`: load, parse the arguments, print the usage) vs Node doing nothing. */
export async function cliStartBench(): Promise<BenchResult> {
  const t = timeProcessPair([process.execPath, BIN, '--help'], [process.execPath, '-e', '0'], 15);
  return { name: 'CLI cold start, `studio-review --help` (vs `node -e 0`)', measured: t.a, floor: t.b, target: 4, unit: 'ms' };
}
