import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tempDir } from '../../tests/helpers/temp-dir';
import { CLI_PROCESS_TIMEOUT } from '../../tests/helpers/timeouts';
import { bombSheet, xlsxOf } from '../testing/hostile-xlsx';

const BIN = path.resolve(__dirname, '../../bin/studio-review.cjs');
const MB = 1024 * 1024;

/** Runs the built CLI; `PEAK_RSS <bytes>` on stderr is the process's peak resident memory, printed as it exits. */
function cli(dir: string, ...args: string[]) {
  const peak = path.join(dir, 'peak-rss.cjs');
  fs.writeFileSync(peak, "process.on('exit', () => process.stderr.write(`\\nPEAK_RSS ${process.resourceUsage().maxRSS * 1024}\\n`));\n");
  const r = spawnSync(process.execPath, ['--require', peak, BIN, ...args], { encoding: 'utf8', timeout: CLI_PROCESS_TIMEOUT });
  return { code: r.status, stderr: r.stderr, peakRss: Number(/PEAK_RSS (\d+)/.exec(r.stderr)?.[1]) };
}

describe('studio-review import refuses what it cannot afford', () => {
  it.each([
    ['declares its 400 MB honestly', undefined, '解压后共 432 MB，超过可导入的 50 MB 上限'],
    ['declares 1 KB and inflates to 400 MB', 1024, '解压后比它声明的 1 KB 更大'],
  ])('a zip bomb like the issue’s (1.3 MB that %s): exit 1, the reason, and under 200 MB of memory', (_, declared, reason) => {
    const dir = tempDir();
    const file = path.join(dir, 'bomb.xlsx');
    fs.writeFileSync(file, xlsxOf(bombSheet(400), declared));
    expect(fs.statSync(file).size).toBeLessThan(2 * MB);
    const r = cli(dir, 'import', 'experts', file, '--data-dir', path.join(dir, 'data'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(reason);
    expect(r.peakRss).toBeGreaterThan(0);
    expect(r.peakRss).toBeLessThan(200 * MB);
  });

  it('300 bad rows: the count, the first 200, and how many more were not listed', () => {
    const dir = tempDir();
    const file = path.join(dir, 'pool.csv');
    const rows = Array.from({ length: 300 }, (_, i) => `E${i + 1},张三${i},未知,郑州大学,U1,高校,教授,教育`);
    fs.writeFileSync(file, ['专家编号,姓名,性别,工作单位,单位代码,单位类型,职称,行业', ...rows].join('\n'));
    const r = cli(dir, 'import', 'experts', file, '--data-dir', path.join(dir, 'data'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('300 处问题，未导入任何数据 / 300 problems, nothing imported:');
    expect(r.stderr.split('\n').filter((l) => l.startsWith('  第'))).toHaveLength(200);
    expect(r.stderr).toContain('  另有 100 处问题未列出 / 100 more problems not listed');
  });
});
