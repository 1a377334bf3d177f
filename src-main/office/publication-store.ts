import type { Selectable } from 'kysely';
import type { PublicationView, StudioView, YearPublication } from '../../src-shared/api/ops/publication';
import { err, ok, type Result } from '../../src-shared/result';
import type { PublicationsTable, StudiosTable } from '../store/schema-types';
import type { ServiceContext } from '../services/context';

function publicationView(p: Selectable<PublicationsTable>): PublicationView {
  return {
    year: p.year,
    docNo: p.doc_no,
    publishedOn: p.published_on,
    noticeStart: p.notice_start,
    noticeEnd: p.notice_end,
    publishedAt: p.published_at,
    publishedBy: p.published_by,
    closedAt: p.closed_at,
  };
}

export function studioView(s: Selectable<StudiosTable>): StudioView {
  return {
    id: s.id,
    year: s.year,
    seq: s.seq,
    nominationId: s.nomination_id,
    studioName: s.studio_name,
    leaderName: s.leader_name,
    workUnitName: s.work_unit_name,
    sector: s.sector,
    recommendingUnit: s.recommending_unit,
    source: s.source,
    docNo: s.doc_no,
    publishedOn: s.published_on,
    status: s.status,
  };
}

export function publicationOf(ctx: ServiceContext, year: number): PublicationView | null {
  const p = ctx.store.first(ctx.store.q.selectFrom('publications').selectAll().where('year', '=', year));
  return p ? publicationView(p) : null;
}

/** The studios of `year` in the register, in register-number order. */
export function studiosOf(ctx: ServiceContext, year: number): StudioView[] {
  return ctx.store.all(ctx.store.q.selectFrom('studios').selectAll().where('year', '=', year).orderBy('seq')).map(studioView);
}

export function yearPublication(ctx: ServiceContext, year: number): YearPublication {
  return { year, publication: publicationOf(ctx, year), studios: studiosOf(ctx, year) };
}

/** The year's list once published; refused before. */
export function publishedYear(ctx: ServiceContext, year: number): Result<YearPublication & { publication: PublicationView }> {
  const y = yearPublication(ctx, year);
  if (!y.publication) return err('year-not-published', `${year} 年度的名单尚未发布`, `The list of ${year} has not been published yet`);
  return ok({ ...y, publication: y.publication });
}

/** Refused once the year's list is published: the published list is locked. */
export function requireUnpublished(ctx: ServiceContext, year: number): Result<void> {
  const p = publicationOf(ctx, year);
  return p
    ? err('year-published', `${year} 年度名单已于 ${p.publishedOn} 发布（${p.docNo}），名单已锁定，不能再更改`, `The list of ${year} was published on ${p.publishedOn} (${p.docNo}) and is locked; it can no longer change`)
    : ok();
}
