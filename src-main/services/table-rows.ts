import { sql } from 'kysely';
import type { ExpertRow, ExpertView, NominationRow, NominationView } from '../../src-shared/api/views';
import { err, ok, type Result } from '../../src-shared/result';
import { readJson } from '../store/json-columns';
import type { ServiceContext } from './context';
import { expertView } from './expert-rows';
import { nominationView } from './nomination-rows';
import { titleResolver } from './registers/titles';

/**
 * The lines of the pool's and the nominations' tables: only the columns they show, read straight from their
 * columns, so a 10,000-expert pool is not 10,000 whole records on the wire and in the page.
 */
export function expertTableRows(ctx: ServiceContext): ExpertRow[] {
  const { store } = ctx;
  const titles = titleResolver(ctx);
  const query = store.q
    .selectFrom('experts')
    .select(['id', 'name', 'unit_name', 'unit_code', 'unit_type', 'unit_type_inferred', 'title', 'sectors', 'specialty', 'status'])
    .orderBy('id');
  return store.all(query).map((r) => ({
    id: r.id,
    name: r.name,
    unitName: r.unit_name,
    unitCode: r.unit_code,
    unitType: r.unit_type,
    unitTypeInferred: r.unit_type_inferred === 1,
    title: r.title,
    titleRank: titles.resolve(r.title).rank,
    sectors: readJson('experts.sectors', r.sectors),
    specialty: r.specialty,
    status: r.status,
  }));
}

export function nominationTableRows(ctx: ServiceContext, year?: number): NominationRow[] {
  const { store } = ctx;
  const titles = titleResolver(ctx);
  let query = store.q
    .selectFrom('nominations')
    .select([
      'id',
      'studio_name',
      'leader_name',
      'leader_title',
      'sector',
      'work_unit_name',
      'recommending_unit',
      'recommending_unit_kind',
      'founded_on',
      sql<number>`json_array_length(honours)`.as('honour_count'),
    ])
    .orderBy('id');
  if (year !== undefined) query = query.where('year', '=', year);
  return store.all(query).map((r) => ({
    id: r.id,
    studioName: r.studio_name,
    leaderName: r.leader_name,
    leaderTitle: r.leader_title,
    leaderTitleRank: titles.resolve(r.leader_title).rank,
    sector: r.sector,
    workUnitName: r.work_unit_name,
    recommendingUnit: r.recommending_unit,
    recommendingUnitKind: r.recommending_unit_kind,
    foundedOn: r.founded_on,
    honourCount: r.honour_count,
  }));
}

/** The whole record behind a line, for the form that opens on it. */
export function getExpert(ctx: ServiceContext, id: string): Result<ExpertView> {
  const row = ctx.store.first(ctx.store.q.selectFrom('experts').selectAll().where('id', '=', id));
  return row ? ok(expertView(row, titleResolver(ctx))) : expertNotFound(id);
}

export function getNomination(ctx: ServiceContext, id: string): Result<NominationView> {
  const row = ctx.store.first(ctx.store.q.selectFrom('nominations').selectAll().where('id', '=', id));
  return row ? ok(nominationView(row, titleResolver(ctx))) : nominationNotFound(id);
}

export const expertNotFound = (id: string) => err('expert-not-found', `找不到专家 ${id}`, `No expert ${id}`);
export const nominationNotFound = (id: string) => err('nomination-not-found', `找不到推荐对象 ${id}`, `No nomination ${id}`);
