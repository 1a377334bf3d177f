import fs from 'node:fs';
import path from 'node:path';
import { call } from '../api/dispatch';
import type { ParsedArgs } from './commands';
import { CliExit, EXIT, unwrap, withContext } from './context';
import { dataDir } from './args';


function fileArg(args: ParsedArgs, usage: string): string {
  const file = args.positionals[2];
  if (!file) throw new CliExit(EXIT.usage, `用法 / usage: studio-review ${usage}`);
  return file;
}

/** Writes the office's title dictionary as the sheet staff edit in Excel. */
export async function exportTitles(args: ParsedArgs): Promise<number> {
  const file = fileArg(args, 'titles export FILE.xlsx --data-dir D');
  return withContext(dataDir(args), async (ctx) => {
    const sheet = unwrap(await call(ctx, 'titles.exportXlsx', {}));
    fs.writeFileSync(file, sheet.content);
    console.log(`职称字典已导出 / title dictionary written: ${file} (sha256 ${sheet.sha256})`);
    return EXIT.ok;
  });
}

/** Replaces the dictionary from an edited sheet: all or nothing, every bad row named. */
export async function importTitles(args: ParsedArgs): Promise<number> {
  const file = fileArg(args, 'titles import FILE.xlsx --data-dir D');
  let content: Buffer;
  try {
    content = fs.readFileSync(file);
  } catch (e) {
    throw new CliExit(EXIT.checkFailed, `无法读取文件 / cannot read ${file}: ${(e as Error).message}`);
  }
  return withContext(dataDir(args), async (ctx) => {
    const view = unwrap(await call(ctx, 'titles.importXlsx', { fileName: path.basename(file), content }));
    console.log(`职称字典已更新 / title dictionary replaced: ${view.entries.length} titles; ${view.pending.length} awaiting a ruling`);
    return EXIT.ok;
  });
}

/** The titles in the pool and the nominations that still wait for a reviewer's ruling. */
export async function pendingTitles(args: ParsedArgs): Promise<number> {
  return withContext(dataDir(args), async (ctx) => {
    const view = unwrap(await call(ctx, 'titles.view', {}));
    for (const p of view.pending) console.log(`${p.title}\t${p.source}\texperts ${p.experts}\tnominations ${p.nominations}`);
    console.log(`待认定 / awaiting a ruling: ${view.pending.length}`);
    return EXIT.ok;
  });
}
