import type { RegisterImported } from '../../src-shared/api/ops/office-register';
import type { ImportPreview } from '../../src-shared/api/views';
import { auditSubject } from '../../src-shared/audit/subjects';
import type { ImportResult } from '../../src-shared/import/types';
import { REGISTER_TABLE } from '../../src-shared/office/register-columns';
import type { ImportedStudio } from '../../src-shared/office/studio';
import { isErr, ok, type Result } from '../../src-shared/result';
import { sha256Hex } from '../../src-shared/sha256';
import { readTableBytes } from '../import/read-table';
import type { ServiceContext } from '../services/context';
import { importPreview, refuseUnclean } from '../services/import';
import { parseRegister, type RegisterParseOptions } from './parse-register';

export interface RegisterFile {
  fileName: string;
  content: Buffer;
}


/** What a file is checked against: the numbers the register holds, and the years this office published (locked). */
function registerState(ctx: ServiceContext): RegisterParseOptions {
  const existing = new Map<number, Set<number>>();
  for (const s of ctx.store.all(ctx.store.q.selectFrom('studios').select(['year', 'seq']))) {
    const seqs = existing.get(s.year) ?? new Set<number>();
    seqs.add(s.seq);
    existing.set(s.year, seqs);
  }
  const published = ctx.store.all(ctx.store.q.selectFrom('publications').select('year'));
  const publishedStudios = ctx.store.all(ctx.store.q.selectFrom('studios').select('year').distinct().where('source', '=', 'published'));
  return { existing, lockedYears: new Set([...published, ...publishedStudios].map((p) => p.year)) };
}

/** The file read by the import engine (sizes bounded, hidden characters refused), then checked against the register now. */
async function readRegisterFile(file: RegisterFile) {
  return readTableBytes(file.content, file.fileName, REGISTER_TABLE);
}

/** Every problem of the file, by row and column, as the other imports show them. Writes nothing. */
export async function previewRegisterImport(ctx: ServiceContext, file: RegisterFile): Promise<Result<ImportPreview>> {
  const table = await readRegisterFile(file);
  if (isErr(table)) return table;
  const p = parseRegister(table.value, registerState(ctx));
  return ok(importPreview('register', file, p));
}

/**
 * All or nothing: the file is checked against the register inside the transaction that writes it (so a list
 * published or imported since the preview is seen), any problem refuses it whole, and the studios go in as
 * imported and active, with one audit row that names them all (each studio's page finds it there).
 */
export async function commitRegisterImport(ctx: ServiceContext, file: RegisterFile): Promise<Result<RegisterImported>> {
  const table = await readRegisterFile(file);
  if (isErr(table)) return table;
  const sha256 = sha256Hex(file.content);
  return ctx.store.transaction(() => {
    const p: ImportResult<ImportedStudio> = parseRegister(table.value, registerState(ctx));
    const refused = refuseUnclean(p);
    if (refused) return refused;
    ctx.store.insertMany(
      'studios',
      p.records.map((s) => ({
        id: s.id,
        year: s.year,
        seq: s.seq,
        nomination_id: null,
        studio_name: s.studioName,
        leader_name: s.leaderName,
        work_unit_name: s.workUnitName,
        sector: s.sector,
        recommending_unit: s.recommendingUnit,
        source: 'imported' as const,
        doc_no: s.docNo,
        published_on: s.publishedOn,
        status: 'active' as const,
      })),
    );
    const studios = p.records.map((s) => s.id);
    const years = [...new Set(p.records.map((s) => s.year))].sort((a, b) => a - b);
    ctx.store.audit({ actor: ctx.actor, action: 'register.import', subject: auditSubject.file(file.fileName), details: { sha256, years, studios } });
    return ok({ inserted: studios.length, studios, years, sha256 });
  });
}
