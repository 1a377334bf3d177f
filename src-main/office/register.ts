import type { FileDownload } from '../../src-shared/api/views';
import { auditSubject } from '../../src-shared/audit/subjects';
import type { StudioDetail, StudioHistoryEntry, StudioRow } from '../../src-shared/office/studio';
import type { StudioStatus } from '../../src-shared/office/vocabulary';
import { err, ok, type Result } from '../../src-shared/result';
import type { ServiceContext } from '../services/context';
import { viaTempFile } from '../services/spreadsheets';
import { listRecommendations } from './recommendations';
import { writeRegisterTemplate, writeRegisterXlsx } from './register-xlsx';

export interface RegisterFilter {
  year?: number;
  status?: StudioStatus;
  /** Part of a name, leader, unit, recommender, document number or register number. */
  query?: string;
}

function studioQuery(ctx: ServiceContext) {
  const { q } = ctx.store;
  return q
    .selectFrom('studios as s')
    .select((eb) => [
      's.id as id',
      's.year as year',
      's.seq as seq',
      's.studio_name as studioName',
      's.leader_name as leaderName',
      's.work_unit_name as workUnitName',
      's.sector as sector',
      's.recommending_unit as recommendingUnit',
      's.source as source',
      's.doc_no as docNo',
      's.published_on as publishedOn',
      's.status as status',
      eb
        .selectFrom('priority_recommendations as r')
        .whereRef('r.studio_id', '=', 's.id')
        .select((e) => e.fn.countAll<number>().as('n'))
        .as('recommendations'),
    ]);
}

// A count subquery is never null, whatever its type says.
const withCount = <R extends { recommendations: number | null }>(r: R) => ({ ...r, recommendations: r.recommendations ?? 0 });

/** The register as a table: newest year first, each year in its list's order. */
export function listStudios(ctx: ServiceContext, filter: RegisterFilter = {}): StudioRow[] {
  let query = studioQuery(ctx);
  if (filter.year !== undefined) query = query.where('s.year', '=', filter.year);
  if (filter.status !== undefined) query = query.where('s.status', '=', filter.status);
  const words = filter.query?.trim();
  if (words) {
    // instr, not LIKE: a % or _ typed in the box is a character, not a wildcard.
    query = query.where((eb) =>
      eb.or(
        (['s.id', 's.studio_name', 's.leader_name', 's.work_unit_name', 's.recommending_unit', 's.doc_no'] as const).map((c) =>
          eb(eb.fn('instr', [c, eb.val(words)]), '>', 0),
        ),
      ),
    );
  }
  return ctx.store.all(query.orderBy('s.year', 'desc').orderBy('s.seq')).map(withCount);
}

export function findStudio(ctx: ServiceContext, id: string): StudioRow | undefined {
  const row = ctx.store.first(studioQuery(ctx).where('s.id', '=', id));
  return row && withCount(row);
}

export function studioNotFound(id: string) {
  return err('studio-not-found', `工作室名册中没有编号为 ${id} 的工作室`, `No studio with register number ${id} in the register`);
}

/**
 * A studio's history is the audit log: the rows about it (publication, dynamic management, recommendations) and the
 * import that took it in, which names it among its studios.
 */
function studioHistory(ctx: ServiceContext, id: string): StudioHistoryEntry[] {
  const rows = ctx.store.db
    .prepare(
      `SELECT seq, at, actor, action, details FROM audit_log
       WHERE subject = ? OR (action = 'register.import' AND EXISTS (SELECT 1 FROM json_each(details, '$.studios') WHERE value = ?))
       ORDER BY seq`,
    )
    .all(auditSubject.studio(id), id) as { seq: number; at: string; actor: string; action: string; details: string }[];
  return rows.map((r) => ({ ...r, details: JSON.parse(r.details) as unknown }));
}

export function getStudio(ctx: ServiceContext, id: string): Result<StudioDetail> {
  const studio = findStudio(ctx, id);
  if (!studio) return studioNotFound(id);
  return ok({ studio, history: studioHistory(ctx, id), recommendations: listRecommendations(ctx, { studioId: id }) });
}

/** The register (or one year of it) as an xlsx with the import's headers, written and read back before it is handed on. */
export function exportRegister(ctx: ServiceContext, year?: number): Promise<Result<FileDownload>> {
  const studios = listStudios(ctx, { year });
  return viaTempFile(`工作室名册${year ? `-${year}` : ''}.xlsx`, (file) => writeRegisterXlsx(studios, file));
}

/** The template staff fill with an earlier year's list. */
export function registerTemplate(): Promise<Result<FileDownload>> {
  return viaTempFile('工作室名册导入模板.xlsx', writeRegisterTemplate);
}
