import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { timeProcessPair, type BenchResult } from './harness';

import { BENCH_POOL_SIZE as N, benchConfig, benchPool } from './draw-pool';
const ROOT = path.join(__dirname, '..');
const NAME = `a whole \`draw run\` over ${N.toLocaleString('en')} experts, files in and out (vs the Python script of docs/draw-spec.md §12 recomputing it)`;

/** The recompute script exactly as the spec prints it. */
function pythonScript(): string {
  const spec = fs.readFileSync(path.join(ROOT, 'docs', 'draw-spec.md'), 'utf8');
  const script = /```python\n([\s\S]*?)```/.exec(spec)?.[1];
  if (!script) throw new Error('docs/draw-spec.md has no python block');
  return script;
}

/**
 * The CLI reads POOL.csv and CONFIG.json, draws and writes the 22 MB protocol; the spec's independent Python
 * implementation reads that protocol and recomputes every hash, ticket and row. Both are whole processes.
 */
export async function drawRunBench(): Promise<BenchResult> {
  if (spawnSync('python3', ['--version']).status !== 0) {
    return { name: NAME, measured: 0, floor: 0, target: 1, unit: 'ms', skipped: 'python3 is not installed here' };
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-draw-bench-'));
  try {
    const file = (name: string) => path.join(dir, name);
    const pool = ['id,unit_code,stratum', ...benchPool().map((e) => `${e.id},${e.unitCode},${e.stratum}`)];
    fs.writeFileSync(file('pool.csv'), `${pool.join('\n')}\n`);
    fs.writeFileSync(file('config.json'), JSON.stringify(benchConfig()));
    fs.writeFileSync(file('verify.py'), pythonScript());
    const witnesses = ['甲=0123456789', '乙=9876543210', '丙=1357924680'].flatMap((w) => ['--witness', w]);
    const run = [process.execPath, path.join(ROOT, 'bin', 'studio-review.cjs'), 'draw', 'run', '--pool', file('pool.csv'), '--config', file('config.json'), ...witnesses, '--out', file('protocol.json')];
    const t = timeProcessPair(run, ['python3', file('verify.py'), file('protocol.json')], 5);
    return { name: NAME, measured: t.a, floor: t.b, target: 1, unit: 'ms' };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
