import type { ProposedStudio, SessionProposal, YearProposals, YearPublication } from '../../src-shared/api/ops/publication';
import { auditSubject } from '../../src-shared/audit/subjects';
import { SECTOR_LABELS, type Sector } from '../../src-shared/domain/vocabulary';
import { checkPublicationCap, publicationCount } from '../../src-shared/office/publication-cap';
import { numberStudios } from '../../src-shared/office/register-number';
import type { PublicationDecision } from '../../src-shared/office/vocabulary';
import { err, isErr, ok, type ErrorDetail, type Result } from '../../src-shared/result';
import type { ServiceContext } from '../services/context';
import { decisionsOf, pendingAdoptions, registeredCount, sessionProposals, yearProposals } from './proposals';
import { requireUnpublished, yearPublication } from './publication-store';

export interface DecisionInput {
  year: number;
  sessionId: string;
  nominationId: string;
  decision: PublicationDecision;
  reason: string;
}

const label = (s: ProposedStudio) => `${s.studioName}（${s.nominationId}）`;
const labelEn = (s: ProposedStudio) => `${s.studioName} (${s.nominationId})`;

function proposalOf(sessions: SessionProposal[], sessionId: string, nominationId: string): Result<{ session: SessionProposal; studio: ProposedStudio }> {
  const session = sessions.find((s) => s.sessionId === sessionId);
  if (!session) return err('proposal-not-found', `本年度没有评审会 ${sessionId} 的建议名单`, `The year holds no proposed list of session ${sessionId}`);
  const studio = session.studios.find((s) => s.nominationId === nominationId);
  if (!studio) return err('not-proposed', `${nominationId} 不在评审会 ${sessionId} 的建议名单上`, `${nominationId} is not on the proposed list of session ${sessionId}`);
  return ok({ session, studio });
}

/**
 * The office decides one proposed studio (Art. 7: the panel proposes, the office publishes): adopt, or not adopt
 * with a reason. A decision may be changed until the year is published; adopting is refused for a list whose check
 * failed and beyond the year's cap (Art. 2), counting the register's studios of the year.
 */
export function decide(ctx: ServiceContext, d: DecisionInput): Result<YearProposals> {
  const { store } = ctx;
  const reason = d.reason.trim();
  if (d.decision === 'not-adopt' && !reason) return err('reason-required', '不采纳须写明理由', 'A decision not to adopt needs a reason');
  const done = store.transaction(() => {
    const open = requireUnpublished(ctx, d.year);
    if (isErr(open)) return open;
    const found = proposalOf(sessionProposals(ctx, d.year), d.sessionId, d.nominationId);
    if (isErr(found)) return found;
    const { session, studio } = found.value;
    const before = decisionsOf(ctx, d.year).get(d.nominationId) ?? null;
    if (d.decision === 'adopt') {
      if (!session.source.verified) {
        return err('proposal-not-verified', `评审会 ${d.sessionId} 的建议名单未通过核验，不能采纳`, `The proposed list of session ${d.sessionId} did not pass its check and cannot be adopted from`);
      }
      const count = publicationCount(d.year, registeredCount(ctx, d.year), pendingAdoptions(ctx, d.year).length);
      const fits = checkPublicationCap(count, before?.decision === 'adopt' ? 0 : 1);
      if (isErr(fits)) return fits;
    }
    const row = { year: d.year, nomination_id: d.nominationId, session_id: d.sessionId, decision: d.decision, reason, decided_at: ctx.now().toISOString(), decided_by: ctx.actor };
    store.run(store.q.insertInto('publication_decisions').values(row).onConflict((oc) => oc.columns(['year', 'nomination_id']).doUpdateSet(row)));
    store.audit({
      actor: ctx.actor,
      action: 'publication.decide',
      subject: auditSubject.nomination(d.nominationId),
      details: { year: d.year, sessionId: d.sessionId, studioName: studio.studioName, decision: d.decision, reason, from: before?.decision ?? null },
    });
    return ok(undefined);
  });
  return isErr(done) ? done : ok(yearProposals(ctx, d.year));
}

export interface PublishInput {
  year: number;
  docNo: string;
  publishedOn: string;
  noticeStart?: string;
  noticeEnd?: string;
}

/** The year's proposed studios, each once (the first list that proposed it), with the session it came from. */
function proposedOnce(sessions: SessionProposal[]): { studio: ProposedStudio; session: SessionProposal }[] {
  const seen = new Map<string, { studio: ProposedStudio; session: SessionProposal }>();
  for (const session of sessions) for (const studio of session.studios) if (!seen.has(studio.nominationId)) seen.set(studio.nominationId, { studio, session });
  return [...seen.values()];
}

const listed = (items: ProposedStudio[], zh: (s: ProposedStudio) => string, en: (s: ProposedStudio) => string): ErrorDetail[] =>
  items.map((s) => ({ path: s.nominationId, message: { zh: zh(s), en: en(s) } }));

/**
 * Publishes the year's list (Art. 7) in one transaction: every proposed studio must be decided, the adopted ones
 * must fit the year's cap with the register's studios of the year (Art. 2), each must come from a list that passed
 * its check and have a known sector. Writes the publication (文号, date, the 公示 period if any) and one register
 * row per adopted studio under its register number, in the published list's order. The year's list is then locked.
 * A refusal is recorded in the audit log.
 */
export function publish(ctx: ServiceContext, p: PublishInput): Result<YearPublication> {
  const { store } = ctx;
  const done = store.transaction((): Result<YearPublication> => {
    const open = requireUnpublished(ctx, p.year);
    if (isErr(open)) return open;
    const sessions = sessionProposals(ctx, p.year);
    const proposed = proposedOnce(sessions);
    if (!proposed.length) return err('nothing-proposed', `${p.year} 年度还没有建议名单（导入结果包，或在本机签署评审会）`, `${p.year} has no proposed list yet (take in a result bundle, or sign off a session on this computer)`);
    const undecided = proposed.filter((x) => !x.studio.decision).map((x) => x.studio);
    if (undecided.length) {
      return err(
        'studios-undecided',
        `还有 ${undecided.length} 个建议的工作室未作决定（采纳或不采纳），不能发布`,
        `${undecided.length} proposed studio${undecided.length === 1 ? ' is' : 's are'} not decided yet (adopt or not adopt); cannot publish`,
        listed(undecided, (s) => `${label(s)} 未决定`, (s) => `${labelEn(s)} not decided`),
      );
    }
    const adopted = proposed.filter((x) => x.studio.decision?.decision === 'adopt' && !x.studio.registerNumber);
    if (!adopted.length) return err('nothing-adopted', '没有采纳任何工作室，不能发布', 'No studio is adopted; there is nothing to publish');
    const fits = checkPublicationCap(publicationCount(p.year, registeredCount(ctx, p.year), adopted.length), 0);
    if (isErr(fits)) return fits;
    const fromSession = (x: (typeof adopted)[number]) => sessions.find((s) => s.sessionId === x.studio.decision!.sessionId) ?? x.session;
    const unverified = adopted.filter((x) => !fromSession(x).source.verified).map((x) => x.studio);
    if (unverified.length) {
      return err('proposal-not-verified', '有采纳的工作室来自未通过核验的建议名单，不能发布', 'Adopted studios come from a proposed list that failed its check; cannot publish', listed(unverified, label, labelEn));
    }
    const noSector = adopted.filter((x) => !x.studio.sector).map((x) => x.studio);
    if (noSector.length) {
      return err(
        'sector-unknown',
        '有采纳的工作室所属行业不明：本机没有其推荐对象，结果包也未载明。请先导入本年度的推荐对象',
        "The sector of adopted studios is not known: this computer does not hold their nominations and the bundle did not carry it. Import the year's nominations first",
        listed(noSector, label, labelEn),
      );
    }
    const own = new Map(store.all(store.q.selectFrom('nominations').selectAll().where('id', 'in', adopted.map((x) => x.studio.nominationId))).map((n) => [n.id, n]));
    const usedSeqs = store.all(store.q.selectFrom('studios').select('seq').where('year', '=', p.year)).map((s) => s.seq);
    const numbered = numberStudios(
      p.year,
      adopted.map((x) => ({ ...x.studio, sector: x.studio.sector as Sector, sessionId: x.studio.decision!.sessionId, position: x.studio.position })),
      usedSeqs,
    );
    const publication = {
      year: p.year,
      doc_no: p.docNo.trim(),
      published_on: p.publishedOn,
      notice_start: p.noticeStart ?? null,
      notice_end: p.noticeEnd ?? null,
      published_at: ctx.now().toISOString(),
      published_by: ctx.actor,
    };
    store.run(store.q.insertInto('publications').values(publication));
    for (const s of numbered) {
      // The register takes the office's own nomination where it has it; otherwise what the session carried.
      const n = own.get(s.nominationId);
      const row = {
        id: s.registerNumber,
        year: p.year,
        seq: s.seq,
        nomination_id: s.nominationId,
        studio_name: n?.studio_name ?? s.studioName,
        leader_name: n?.leader_name ?? s.leaderName,
        work_unit_name: n?.work_unit_name ?? s.workUnitName,
        sector: n?.sector ?? s.sector,
        recommending_unit: n?.recommending_unit ?? s.recommendingUnit,
        source: 'published' as const,
        status: 'active' as const,
        doc_no: publication.doc_no,
        published_on: p.publishedOn,
      };
      store.run(store.q.insertInto('studios').values(row));
      store.audit({
        actor: ctx.actor,
        action: 'studio.publish',
        subject: auditSubject.studio(row.id),
        details: { year: p.year, nominationId: s.nominationId, sessionId: s.sessionId, studioName: row.studio_name, leaderName: row.leader_name, workUnitName: row.work_unit_name, sector: row.sector, recommendingUnit: row.recommending_unit, docNo: row.doc_no },
      });
    }
    store.audit({
      actor: ctx.actor,
      action: 'publication.publish',
      subject: auditSubject.year(p.year),
      details: {
        docNo: publication.doc_no,
        publishedOn: p.publishedOn,
        noticeStart: publication.notice_start,
        noticeEnd: publication.notice_end,
        studios: numbered.map((s) => s.registerNumber),
        sessions: [...new Set(numbered.map((s) => s.sessionId))].sort(),
        bySector: Object.fromEntries(Object.keys(SECTOR_LABELS).map((k) => [k, numbered.filter((s) => s.sector === k).length])),
      },
    });
    return ok(yearPublication(ctx, p.year));
  });
  if (isErr(done)) {
    store.auditRefusal({ actor: ctx.actor, action: 'publication.publish-refused', subject: auditSubject.year(p.year), details: { code: done.error.code, reason: done.error.message, docNo: p.docNo.trim() } });
  }
  return done;
}
