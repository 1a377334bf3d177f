import type { ImportCommitted, ImportKind, ImportPreview } from '../../src-shared/api/views';
import type { Expert } from '../../src-shared/domain/expert';
import type { Nomination } from '../../src-shared/domain/nomination';
import { EXPERT_TABLE, NOMINATION_TABLE } from '../../src-shared/import/columns';
import type { ImportResult } from '../../src-shared/import/types';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import { sha256Hex } from '../../src-shared/sha256';
import { parseExperts } from '../import/parse-experts';
import { parseNominations } from '../import/parse-nominations';
import { readTableBytes } from '../import/read-table';
import type { ServiceContext } from './context';
import { applyDecisions, duplicateGroups } from './import-duplicates';
import { expertToRow } from './expert-rows';
import { nominationToRow } from './nomination-rows';
import { writeNomination } from './nominations';
import { writeExpert } from './pool';
import { readSettings } from './settings';

export interface ImportFile {
  kind: ImportKind;
  fileName: string;
  content: Buffer;
  /** Nominations without a 年度 column belong to this year (default: the selection year in settings). */
  year?: number;
}

type Parsed = ImportResult<Expert> | ImportResult<Nomination>;

async function parse(ctx: ServiceContext, file: ImportFile): Promise<Result<Parsed>> {
  if (file.kind === 'experts') {
    const table = await readTableBytes(file.content, file.fileName, EXPERT_TABLE);
    return isErr(table) ? table : ok(parseExperts(table.value));
  }
  const table = await readTableBytes(file.content, file.fileName, NOMINATION_TABLE);
  return isErr(table) ? table : ok(parseNominations(table.value, { defaultYear: file.year ?? readSettings(ctx).year }));
}

/** Reads the file and reports every problem and possible duplicate. Writes nothing. */
export async function previewImport(ctx: ServiceContext, file: ImportFile): Promise<Result<ImportPreview>> {
  const parsed = await parse(ctx, file);
  if (isErr(parsed)) return parsed;
  const p = parsed.value;
  return ok({
    kind: file.kind,
    fileName: file.fileName,
    sha256: sha256Hex(file.content),
    sheetName: p.sheetName,
    headerRow: p.headerRow,
    rowCount: p.rowCount,
    records: p.records.length,
    problems: p.problems,
    duplicates: duplicateGroups(ctx.store, file.kind, p),
    ignoredHeaders: p.ignoredHeaders,
  });
}

/**
 * All or nothing: the file is read again (the preview kept nothing), any problem or undecided duplicate
 * refuses the whole file, and the rows are written in one transaction with one audit entry.
 */
export async function commitImport(
  ctx: ServiceContext,
  file: ImportFile,
  decisions: Record<string, string>,
): Promise<Result<ImportCommitted>> {
  const parsed = await parse(ctx, file);
  if (isErr(parsed)) return parsed;
  const p = parsed.value;
  if (p.problems.length > 0) {
    return err(
      'import-has-problems',
      `文件有 ${p.problems.length} 处问题，未导入任何数据；请改正后重新导入。`,
      `The file has ${p.problems.length} problems; nothing was imported. Correct them and import again.`,
      p.problems.slice(0, 200).map((x) => ({ path: `第${x.row}行 ${x.column}`, message: x.reason })),
    );
  }
  if (p.records.length === 0) return err('import-empty', '文件中没有可导入的数据行', 'The file has no data rows to import');
  const { store } = ctx;
  const sha256 = sha256Hex(file.content);
  return store.transaction(() => {
    const groups = duplicateGroups(store, file.kind, p);
    const plan = applyDecisions(p, groups, decisions);
    if (!plan) {
      return err(
        'duplicates-undecided',
        '还有可能重复的记录没有作出处理决定，未导入任何数据。',
        'Some possible duplicates have no decision yet; nothing was imported.',
      );
    }
    const kept = plan.keep.map((i) => p.records[i]);
    const fresh = kept.filter((r) => !plan.replace.has(r.id));
    const replacing = kept.filter((r) => plan.replace.has(r.id));
    if (file.kind === 'experts') {
      store.insertMany('experts', (fresh as Expert[]).map(expertToRow));
      for (const r of replacing) writeExpert(store, r as Expert, true);
    } else {
      store.insertMany('nominations', (fresh as Nomination[]).map(nominationToRow));
      for (const r of replacing) writeNomination(store, r as Nomination, true);
    }
    const inserted = fresh.length;
    const replaced = replacing.length;
    store.audit({
      actor: ctx.actor,
      action: `import.${file.kind}`,
      subject: `file:${file.fileName}`,
      details: { sha256, inserted, replaced, skipped: plan.skipped, decisions },
    });
    return ok({ inserted, replaced, skipped: plan.skipped, sha256 });
  });
}
