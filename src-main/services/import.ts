import type { ImportCommitted, ImportKind, ImportPreview } from '../../src-shared/api/views';
import type { Expert } from '../../src-shared/domain/expert';
import type { Nomination } from '../../src-shared/domain/nomination';
import { EXPERT_TABLE, NOMINATION_TABLE } from '../../src-shared/import/columns';
import { listedDetails } from '../../src-shared/import/problem-list';
import type { ImportResult } from '../../src-shared/import/types';
import { err, isErr, ok, type Err, type Result } from '../../src-shared/result';
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
import type { UnitType } from '../../src-shared/domain/vocabulary';
import { nameKey } from '../../src-shared/registers/name-key';
import { inferUnitType } from '../../src-shared/registers/unit-type';
import { recommendingUnitRegister, unitRegister } from './registers/units';
import { auditSubject } from '../../src-shared/audit/subjects';

export interface ImportFile {
  kind: ImportKind;
  fileName: string;
  content: Buffer;
  /** Nominations without a 年度 column belong to this year (default: the selection year in settings). */
  year?: number;
  /** Unit types staff set in the preview over the inferred ones, by unit name as written. */
  unitTypes?: Record<string, UnitType>;
}

type Parsed = ImportResult<Expert> | ImportResult<Nomination>;

async function parse(ctx: ServiceContext, file: ImportFile): Promise<Result<Parsed>> {
  const units = unitRegister(ctx);
  if (file.kind === 'experts') {
    const table = await readTableBytes(file.content, file.fileName, EXPERT_TABLE);
    return isErr(table) ? table : ok(parseExperts(table.value, { units, unitTypes: file.unitTypes }));
  }
  const table = await readTableBytes(file.content, file.fileName, NOMINATION_TABLE);
  const options = { defaultYear: file.year ?? readSettings(ctx).year, units, recommenders: recommendingUnitRegister(ctx) };
  return isErr(table) ? table : ok(parseNominations(table.value, options));
}

/**
 * Units met for the first time join the units register with the code and type they were imported with, so
 * the next file that names them gets the same code (conflict checks match on codes). Call inside the
 * import's transaction.
 */
function registerNewUnits(ctx: ServiceContext, units: ReadonlyArray<{ code: string; name: string; type: UnitType }>): number {
  const { store } = ctx;
  const register = unitRegister(ctx);
  const codes = new Set(register.entries.map((u) => u.code));
  const names = new Set<string>();
  const fresh = units.filter((u) => {
    const key = nameKey(u.name);
    if (codes.has(u.code) || names.has(key) || register.find(u.name)) return false;
    codes.add(u.code);
    names.add(key);
    return true;
  });
  store.insertMany('units', fresh.map((u) => ({ code: u.code, name: u.name, type: u.type, aliases: '[]' })));
  return fresh.length;
}

/** Reads the file and reports every problem and possible duplicate. Writes nothing. */
export async function previewImport(ctx: ServiceContext, file: ImportFile): Promise<Result<ImportPreview>> {
  const parsed = await parse(ctx, file);
  if (isErr(parsed)) return parsed;
  const p = parsed.value;
  return ok(importPreview(file.kind, file, p, { duplicates: duplicateGroups(ctx.store, file.kind, p), inferredUnitTypes: p.inferredUnitTypes }));
}

/** What every import's preview shows of a parsed file; `extra` is what only some imports have (duplicates, inferred types). */
export function importPreview(
  kind: ImportPreview['kind'],
  file: { fileName: string; content: Uint8Array },
  p: { sheetName: string; headerRow: number; rowCount: number; records: readonly unknown[]; problems: ImportPreview['problems']; problemCount: number; ignoredHeaders: string[] },
  extra: Pick<ImportPreview, 'duplicates' | 'inferredUnitTypes'> = { duplicates: [], inferredUnitTypes: [] },
): ImportPreview {
  return {
    kind,
    fileName: file.fileName,
    sha256: sha256Hex(file.content),
    sheetName: p.sheetName,
    headerRow: p.headerRow,
    rowCount: p.rowCount,
    records: p.records.length,
    problems: p.problems,
    problemCount: p.problemCount,
    ignoredHeaders: p.ignoredHeaders,
    ...extra,
  };
}

/** All or nothing: a file with any problem, or with no data row, is refused whole, its problems listed by row and column. */
export function refuseUnclean(p: Pick<ImportResult<unknown>, 'problems' | 'problemCount' | 'records'>): Err | undefined {
  if (p.problemCount > 0) {
    return err(
      'import-has-problems',
      `文件有 ${p.problemCount} 处问题，未导入任何数据；请改正后重新导入。`,
      `The file has ${p.problemCount} problems; nothing was imported. Correct them and import again.`,
      listedDetails(
        p.problems.map((x) => ({ path: `第${x.row}行 ${x.column}`, message: x.reason })),
        p.problemCount,
      ),
    );
  }
  if (p.records.length === 0) return err('import-empty', '文件中没有可导入的数据行', 'The file has no data rows to import');
  return undefined;
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
  const refused = refuseUnclean(p);
  if (refused) return refused;
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
    let newUnits: number;
    if (file.kind === 'experts') {
      store.insertMany('experts', (fresh as Expert[]).map(expertToRow));
      for (const r of replacing) writeExpert(store, r as Expert, true);
      newUnits = registerNewUnits(ctx, (kept as Expert[]).map((e) => ({ code: e.unitCode, name: e.unitName, type: e.unitType })));
    } else {
      store.insertMany('nominations', (fresh as Nomination[]).map(nominationToRow));
      for (const r of replacing) writeNomination(store, r as Nomination, true);
      newUnits = registerNewUnits(
        ctx,
        (kept as Nomination[]).map((n) => ({ code: n.workUnitCode, name: n.workUnitName, type: inferUnitType(n.workUnitName).type })),
      );
    }
    const inserted = fresh.length;
    const replaced = replacing.length;
    store.audit({
      actor: ctx.actor,
      action: `import.${file.kind}`,
      subject: auditSubject.file(file.fileName),
      details: { sha256, inserted, replaced, skipped: plan.skipped, decisions, unitTypes: file.unitTypes ?? {}, newUnits },
    });
    return ok({ inserted, replaced, skipped: plan.skipped, sha256 });
  });
}
