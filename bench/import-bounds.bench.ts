import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { readTableBytes } from '../src-main/import/read-table';
import { bombSheet, xlsxOf } from '../src-main/testing/hostile-xlsx';
import { EXPERT_TABLE } from '../src-shared/import/columns';
import { timeMs, type BenchResult } from './harness';

const BIN = path.join(__dirname, '..', 'bin', 'studio-review.cjs');
const MB = 1024 * 1024;

async function tinyPool(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('专家库');
  ws.addRow(['专家编号', '姓名', '性别', '工作单位', '单位代码', '单位类型', '职称', '行业']);
  ws.addRow(['E1', '张三', '男', '郑州大学', 'U1', '高校', '教授', '教育']);
  ws.addRow(['E2', '李四', '女', '河南大学', 'U2', '高校', '教授', '教育']);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Peak resident memory of `studio-review import experts FILE` in a fresh process, as it exits (MB). */
function cliPeakMb(dir: string, file: string): number {
  const peak = path.join(dir, 'peak-rss.cjs');
  fs.writeFileSync(peak, "process.on('exit', () => process.stderr.write(`\\nPEAK_RSS ${process.resourceUsage().maxRSS}\\n`));\n");
  const r = spawnSync(process.execPath, ['--require', peak, BIN, 'import', 'experts', file, '--data-dir', fs.mkdtempSync(path.join(dir, 'data-'))], {
    encoding: 'utf8',
  });
  const kb = Number(/PEAK_RSS (\d+)/.exec(r.stderr)?.[1]);
  if (!kb) throw new Error(`no peak memory reported: ${r.stderr}`);
  return kb / 1024;
}

/**
 * The bounded import's promise (issue 13): a small xlsx declaring a huge sheet (here 1.3 MB declaring, and
 * holding, 432 MB of rows) is refused in well under a second and under 200 MB. Time: the refusal vs reading a
 * 3-row pool xlsx, both in this process (the refusal reads only the zip's directory, so it should cost less than
 * parsing the smallest workbook). Memory: the CLI refusing it in a fresh process, vs the same CLI importing
 * the 3-row file.
 */
export async function importBoundsBench(): Promise<BenchResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-bench-bounds-'));
  try {
    const bomb = xlsxOf(bombSheet(400));
    const tiny = await tinyPool();
    const refused = await readTableBytes(bomb, 'bomb.xlsx', EXPERT_TABLE);
    if (refused.ok || refused.error.code !== 'file-too-large') throw new Error(`the bomb was not refused: ${JSON.stringify(refused)}`);
    const floor = await timeMs(() => readTableBytes(tiny, 'tiny.xlsx', EXPERT_TABLE), 9);
    const measured = await timeMs(() => readTableBytes(bomb, 'bomb.xlsx', EXPERT_TABLE), 9);

    const bombFile = path.join(dir, 'bomb.xlsx');
    const tinyFile = path.join(dir, 'tiny.xlsx');
    fs.writeFileSync(bombFile, bomb);
    fs.writeFileSync(tinyFile, tiny);
    const peak = cliPeakMb(dir, bombFile);
    const tinyPeak = cliPeakMb(dir, tinyFile);
    const size = `${(bomb.length / MB).toFixed(1)} MB xlsx declaring ${Math.round(bombSheet(400).size / MB)} MB`;
    return [
      {
        name: `refuse a ${size} (vs reading a 3-row pool xlsx)`,
        measured,
        floor,
        target: 1,
        unit: 'ms',
        detail: `the refusal takes ${measured.toFixed(1)} ms (issue 13: under a second)`,
      },
      {
        name: `peak memory of \`studio-review import\` refusing it`,
        measured: peak,
        floor: tinyPeak,
        target: 200,
        unit: 'MB',
        absolute: true,
        detail: `the same command importing the 3-row file peaks at ${tinyPeak.toFixed(0)} MB`,
      },
    ];
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
