import fs from 'node:fs';
import path from 'node:path';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import { STUDIO_STATUS_LABELS } from '../../src-shared/office/register-labels';
import { call } from '../api/dispatch';
import type { ParsedArgs } from './commands';
import { CliExit, EXIT, unwrap, withContext } from './context';
import { printProblems, yearOption } from './pool-commands';
import { dataDir } from './args';


/** The register as a plain table: a header line, one tab-separated line per studio, and the count. */
export async function registerList(args: ParsedArgs): Promise<number> {
  const year = yearOption(args, false);
  return withContext(dataDir(args), async (ctx) => {
    const rows = unwrap(await call(ctx, 'register.list', { year }));
    console.log(['编号', '年度', '工作室名称', '领衔人', '所在单位', '行业', '状态', '文号'].join('\t'));
    for (const s of rows) {
      console.log([s.id, s.year, s.studioName, s.leaderName, s.workUnitName, SECTOR_LABELS[s.sector].zh, STUDIO_STATUS_LABELS[s.status].zh, s.docNo].join('\t'));
    }
    console.log(`共 ${rows.length} 个工作室 / ${rows.length} studios${year ? ` (${year})` : ''}`);
    return EXIT.ok;
  });
}

export async function registerExport(args: ParsedArgs): Promise<number> {
  const year = yearOption(args, false);
  const out = args.values.out;
  if (typeof out !== 'string') throw new CliExit(EXIT.usage, '用法 / usage: studio-review register export --data-dir D [--year Y] --out FILE.xlsx');
  return withContext(dataDir(args), async (ctx) => {
    const file = unwrap(await call(ctx, 'register.export', { year }));
    fs.writeFileSync(out, file.content);
    console.log(`工作室名册已导出 / register written: ${out} (sha256 ${file.sha256})`);
    return EXIT.ok;
  });
}

/** An earlier year's list: checked first, every problem named by row and column; taken in whole or not at all. */
export async function registerImport(args: ParsedArgs): Promise<number> {
  const file = args.positionals[2];
  if (!file) throw new CliExit(EXIT.usage, '用法 / usage: studio-review register import FILE --data-dir D');
  let content: Buffer;
  try {
    content = fs.readFileSync(file);
  } catch (e) {
    throw new CliExit(EXIT.checkFailed, `无法读取文件 / cannot read ${file}: ${(e as Error).message}`);
  }
  return withContext(dataDir(args), async (ctx) => {
    const input = { fileName: path.basename(file), content };
    const preview = unwrap(await call(ctx, 'register.importPreview', input));
    if (preview.problemCount > 0) return printProblems(preview);
    const done = unwrap(await call(ctx, 'register.import', input));
    console.log(`已导入名册 / imported into the register: ${done.inserted} studios of ${done.years.join(', ')} (sha256 ${done.sha256})`);
    console.log(done.studios.join('\n'));
    return EXIT.ok;
  });
}
