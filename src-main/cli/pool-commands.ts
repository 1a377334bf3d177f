import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { DuplicateGroup, ImportKind, ImportPreview } from '../../src-shared/api/views';
import { unlistedProblems } from '../../src-shared/import/problem-list';
import { call } from '../api/dispatch';
import type { ParsedArgs } from './commands';
import { CliExit, EXIT, unwrap, withContext } from './context';

export function yearOption(args: ParsedArgs, required: boolean): number | undefined {
  const raw = args.values.year;
  if (raw === undefined && !required) return undefined;
  if (typeof raw !== 'string' || !/^\d{4}$/.test(raw)) throw new CliExit(EXIT.usage, '--year 需要四位年份 / --year needs a four-digit year');
  return Number(raw);
}

/** `--duplicates skip` keeps what the database has (and the first of repeated rows); `replace` overwrites by id. */
function decide(groups: DuplicateGroup[], policy: string | undefined): Record<string, string> | undefined {
  if (groups.length === 0) return {};
  if (policy !== 'skip' && policy !== 'replace') return undefined;
  return Object.fromEntries(
    groups.map((g) => [g.id, g.kind === 'db-id' ? policy : g.kind === 'db-name-unit' ? 'skip' : `row:${g.rows[0]}`]),
  );
}

/** A file refused for its problems: the count, each listed problem with its row and column, and how many more. */
export function printProblems(preview: ImportPreview): number {
  console.error(`${preview.problemCount} 处问题，未导入任何数据 / ${preview.problemCount} problems, nothing imported:`);
  for (const p of preview.problems) {
    console.error(`  第${p.row}行 row ${p.row}, ${p.column}, "${p.value}": ${p.reason.zh} / ${p.reason.en}`);
  }
  const unlisted = preview.problemCount - preview.problems.length;
  if (unlisted > 0) console.error(`  ${unlistedProblems(unlisted).zh} / ${unlistedProblems(unlisted).en}`);
  return EXIT.checkFailed;
}

export async function importCommand(args: ParsedArgs): Promise<number> {
  const kind = args.positionals[1] as ImportKind;
  const file = args.positionals[2];
  if ((kind !== 'experts' && kind !== 'nominations') || !file) {
    throw new CliExit(EXIT.usage, '用法 / usage: studio-review import experts|nominations FILE --data-dir D [--year Y] [--duplicates skip|replace]');
  }
  const year = yearOption(args, false);
  let content: Buffer;
  try {
    content = fs.readFileSync(file);
  } catch (e) {
    throw new CliExit(EXIT.checkFailed, `无法读取文件 / cannot read ${file}: ${(e as Error).message}`);
  }
  return withContext(args.values['data-dir'] as string | undefined, async (ctx) => {
    const input = { kind, fileName: path.basename(file), content, year };
    const preview = unwrap(await call(ctx, 'import.preview', input));
    if (preview.problemCount > 0) return printProblems(preview);
    for (const u of preview.inferredUnitTypes) {
      console.log(`单位类型由名称推断 / unit type inferred: ${u.unitName} → ${u.type} (${u.why.zh}; rows ${u.rows.join(',')})`);
    }
    const decisions = decide(preview.duplicates, args.values.duplicates as string | undefined);
    if (!decisions) {
      console.error('可能重复的记录，需用 --duplicates skip|replace 决定 / possible duplicates; decide with --duplicates skip|replace:');
      for (const g of preview.duplicates) console.error(`  ${g.kind} ${g.key} rows ${g.rows.join(',')}${g.existing ? ` (existing: ${g.existing})` : ''}`);
      return EXIT.checkFailed;
    }
    const done = unwrap(await call(ctx, 'import.commit', { ...input, decisions }));
    console.log(`已导入 / imported: ${done.inserted} new, ${done.replaced} replaced, ${done.skipped} skipped (sha256 ${done.sha256})`);
    return EXIT.ok;
  });
}

export async function screenCommand(args: ParsedArgs): Promise<number> {
  const year = yearOption(args, true)!;
  const screener = (args.values.screener as string | undefined) ?? os.userInfo().username;
  return withContext(args.values['data-dir'] as string | undefined, async (ctx) => {
    const view = unwrap(await call(ctx, 'screening.screenYear', { year, screener }));
    for (const row of view.rows) {
      const outcome = row.record?.outcome ?? 'unscreened';
      console.log(`${row.nomination.id}\t${outcome}\t${row.nomination.studioName}\t${row.record?.reasons.map((r) => r.zh).join('；') ?? ''}`);
    }
    const c = view.counts;
    console.log(`合格 qualified ${c.qualified}, 不合格 not-qualified ${c['not-qualified']}, 待判定 needs-judgement ${c['needs-judgement']} (reference date ${view.year.referenceDate})`);
    if (view.capWarning) console.log(`${view.capWarning.zh} / ${view.capWarning.en}`);
    return EXIT.ok;
  });
}
