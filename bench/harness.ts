import { spawnSync } from 'node:child_process';

/**
 * Benchmarks report a ratio against a floor measured in the same run on the same machine, so the target
 * means the same on a fast laptop and a slow CI box. Each figure is the median of several runs.
 */
export interface BenchResult {
  name: string;
  measured: number;
  floor: number;
  target: number;
  unit: string;
  /** For targets that are absolute (e.g. a latency), not a ratio. */
  absolute?: boolean;
  /** A further line for the reader (e.g. a lower bound measured in the same run). */
  detail?: string;
  /** Why the bench could not run here (e.g. no python3); reported, not counted as a miss. */
  skipped?: string;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

export async function timeMs(fn: () => unknown, runs = 5): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await fn();
    times.push(performance.now() - t);
  }
  return median(times);
}

export function report(results: BenchResult[]): boolean {
  let allMet = true;
  for (const r of results) {
    if (r.skipped) {
      console.log(`SKIP ${r.name}: ${r.skipped}`);
      continue;
    }
    const ratio = r.measured / r.floor;
    const met = r.absolute ? r.measured <= r.target : ratio <= r.target;
    allMet &&= met;
    const figure = r.absolute
      ? `${r.measured.toFixed(1)} ${r.unit} (target ≤ ${r.target} ${r.unit})`
      : `${r.measured.toFixed(1)} ${r.unit} vs floor ${r.floor.toFixed(1)} ${r.unit} = ${ratio.toFixed(2)}x (target ≤ ${r.target}x)`;
    console.log(`${met ? 'OK  ' : 'MISS'} ${r.name}: ${figure}`);
    if (r.detail) console.log(`     ${r.detail}`);
  }
  return allMet;
}

/**
 * Times two whole processes in turn (A B A B …, so a drift in the machine's speed hits both), each start to
 * exit, and returns the median wall time of each. A run that exits non-zero stops the bench.
 */
export function timeProcessPair(a: string[], b: string[], runs = 7): { a: number; b: number } {
  const once = ([cmd, ...args]: string[]) => {
    const t = performance.now();
    const r = spawnSync(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${[cmd, ...args].join(' ')} exited ${r.status}: ${r.stderr ?? r.error?.message}`);
    return performance.now() - t;
  };
  once(a); // warm the file cache
  once(b);
  const ta: number[] = [];
  const tb: number[] = [];
  for (let i = 0; i < runs; i++) {
    ta.push(once(a));
    tb.push(once(b));
  }
  return { a: median(ta), b: median(tb) };
}
