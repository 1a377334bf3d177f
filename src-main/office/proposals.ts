import type { DecisionView, ProposalSource, ProposedStudio, SessionProposal, YearProposals } from '../../src-shared/api/ops/publication';
import { canonicalJson } from '../../src-shared/canonical-json';
import type { Sector } from '../../src-shared/domain/vocabulary';
import { publicationCount } from '../../src-shared/office/publication-cap';
import { isErr } from '../../src-shared/result';
import { sha256Hex } from '../../src-shared/sha256';
import { verifySignature } from '../crypto/signing';
import { readJson, type BundleNomination } from '../store/json-columns';
import type { ServiceContext } from '../services/context';
import { nominationsOf, type SessionRow } from '../services/scoring/session-store';
import { sessionSummary, SUMMARY } from '../services/scoring/signoff';
import { publicationOf } from './publication-store';

/** A proposed studio before the office's nomination, decision and register number are looked up. */
type Entry = Omit<ProposedStudio, 'sector' | 'decision' | 'registerNumber'> & { carriedSector: Sector | null };

interface RawProposal {
  sessionId: string;
  year: number;
  source: ProposalSource;
  entries: Entry[];
}

/** The bundles the office took in for `year`: verified at import, their report kept with them. */
function bundleProposals(ctx: ServiceContext, year: number, signedHere: Set<string>): RawProposal[] {
  const { store } = ctx;
  const rows = store.all(store.q.selectFrom('imported_bundles').selectAll().where('year', '=', year).orderBy('session_id'));
  return rows.map((b) => {
    const report = readJson('imported_bundles.report', b.report);
    const carried = new Map<string, BundleNomination>(readJson('imported_bundles.nominations', b.nominations).map((n) => [n.id, n]));
    return {
      sessionId: b.session_id,
      year,
      source: { kind: 'bundle', verified: report.verified, bundleSha256: b.bundle_sha256, signerLabel: b.signer_label, importedAt: b.imported_at, report, alsoSignedHere: signedHere.has(b.session_id) },
      entries: readJson('imported_bundles.proposed_list', b.proposed_list).map((e) => ({
        nominationId: e.nominationId,
        position: e.position,
        rank: e.rank,
        score: e.score,
        studioName: e.studioName,
        leaderName: e.leaderName,
        workUnitName: e.workUnitName,
        recommendingUnit: e.recommendingUnit,
        carriedSector: carried.get(e.nominationId)?.sector ?? null,
      })),
    };
  });
}

/**
 * A session signed off on this computer, checked here: the summary the leader signed is rebuilt from the session's
 * data and must hash to what was signed, under a signature that verifies. Its proposed list is the signed one.
 */
function localProposal(ctx: ServiceContext, r: SessionRow): RawProposal {
  const { store } = ctx;
  const signoff = store.first(store.q.selectFrom('signoffs').selectAll().where('session_id', '=', r.session_id).where('kind', '=', 'summary'));
  const summary = sessionSummary(ctx, r.session_id);
  const base = { sessionId: r.session_id, year: r.year };
  if (isErr(summary) || !signoff) {
    const why = isErr(summary) ? summary.error.message : { zh: '没有组长签署的汇总表', en: 'no summary signed by the panel leader' };
    return { ...base, source: { kind: 'local', verified: false, signedAt: r.signed_at, message: { zh: `本机签字的评审会，核对未通过：${why.zh}`, en: `Signed off on this computer; the check failed: ${why.en}` } }, entries: [] };
  }
  const matches = sha256Hex(canonicalJson(summary.value)) === signoff.payload_hash && verifySignature(SUMMARY, summary.value, signoff.signature, signoff.public_key);
  const message = matches
    ? { zh: '本机签字的评审会：组长签署的汇总表与本机数据一致，签名有效', en: "Signed off on this computer: the summary the panel leader signed matches this computer's data, and its signature verifies" }
    : { zh: '本机签字的评审会：汇总表与组长签署的内容不一致（签字后数据有变化）', en: 'Signed off on this computer: the summary no longer matches what the panel leader signed (the data changed after signing)' };
  const byId = new Map(nominationsOf(r).map((n) => [n.id, n]));
  const ranked = new Map(summary.value.ranking.map((x) => [x.nominationId, x]));
  const entries = summary.value.proposedList.map((nominationId, i): Entry => {
    const n = byId.get(nominationId);
    const row = ranked.get(nominationId);
    return {
      nominationId,
      position: i + 1,
      rank: row?.rank ?? i + 1,
      score: row?.score ?? null,
      studioName: n?.studioName ?? nominationId,
      leaderName: n?.leaderName ?? '',
      workUnitName: n?.workUnitName ?? '',
      recommendingUnit: n?.recommendingUnit ?? '',
      carriedSector: n?.sector ?? null,
    };
  });
  return { ...base, source: { kind: 'local', verified: matches, signedAt: r.signed_at, message }, entries };
}

/**
 * Every proposed list of `year` this computer holds: each bundle taken in, and each coordinator session signed off
 * here. One session counts once: when it was both run here and taken in as a bundle, the bundle (verified as a
 * whole, with its report) stands for it.
 */
function rawProposals(ctx: ServiceContext, year: number): RawProposal[] {
  const { store } = ctx;
  const signed = store.all(store.q.selectFrom('scoring_sessions').selectAll().where('year', '=', year).where('role', '=', 'coordinator').where('phase', '=', 'signed').orderBy('session_id'));
  const bundles = bundleProposals(ctx, year, new Set(signed.map((s) => s.session_id)));
  const imported = new Set(bundles.map((b) => b.sessionId));
  const local = signed.filter((s) => !imported.has(s.session_id)).map((s) => localProposal(ctx, s));
  return [...bundles, ...local].sort((a, b) => a.sessionId.localeCompare(b.sessionId));
}

export function decisionsOf(ctx: ServiceContext, year: number): Map<string, DecisionView> {
  const { store } = ctx;
  const rows = store.all(store.q.selectFrom('publication_decisions').selectAll().where('year', '=', year));
  return new Map(rows.map((d) => [d.nomination_id, { decision: d.decision, reason: d.reason, sessionId: d.session_id, decidedAt: d.decided_at, decidedBy: d.decided_by }]));
}

/** Each proposed list of the year, its studios with their sector, the decision taken so far and, once published, the register number. */
export function sessionProposals(ctx: ServiceContext, year: number): SessionProposal[] {
  const { store } = ctx;
  const raw = rawProposals(ctx, year);
  const ids = [...new Set(raw.flatMap((p) => p.entries.map((e) => e.nominationId)))];
  const ownSector = new Map(ids.length ? store.all(store.q.selectFrom('nominations').select(['id', 'sector']).where('id', 'in', ids)).map((n) => [n.id, n.sector]) : []);
  const registered = new Map(ids.length ? store.all(store.q.selectFrom('studios').select(['id', 'nomination_id']).where('nomination_id', 'in', ids)).map((s) => [s.nomination_id, s.id]) : []);
  const decisions = decisionsOf(ctx, year);
  return raw.map((p) => ({
    sessionId: p.sessionId,
    year: p.year,
    source: p.source,
    studios: p.entries.map(({ carriedSector, ...e }) => ({
      ...e,
      sector: ownSector.get(e.nominationId) ?? carriedSector,
      decision: decisions.get(e.nominationId) ?? null,
      registerNumber: registered.get(e.nominationId) ?? null,
    })),
  }));
}

/** The studios of the year in the register, as the cap counts them. */
export function registeredCount(ctx: ServiceContext, year: number): number {
  const { store } = ctx;
  return store.first(store.q.selectFrom('studios').select((eb) => eb.fn.countAll<number>().as('n')).where('year', '=', year))?.n ?? 0;
}

/** Adopted and not yet in the register. */
export function pendingAdoptions(ctx: ServiceContext, year: number): string[] {
  const { store } = ctx;
  return store
    .all(
      store.q
        .selectFrom('publication_decisions')
        .select('nomination_id')
        .where('year', '=', year)
        .where('decision', '=', 'adopt')
        .where('nomination_id', 'not in', store.q.selectFrom('studios').select('nomination_id').where('nomination_id', 'is not', null).$narrowType<{ nomination_id: string }>()),
    )
    .map((d) => d.nomination_id);
}

export function yearProposals(ctx: ServiceContext, year: number): YearProposals {
  const sessions = sessionProposals(ctx, year);
  const proposed = new Map(sessions.flatMap((s) => s.studios.map((x) => [x.nominationId, x] as const)));
  return {
    year,
    count: publicationCount(year, registeredCount(ctx, year), pendingAdoptions(ctx, year).length),
    undecided: [...proposed.values()].filter((x) => !x.decision).length,
    publication: publicationOf(ctx, year),
    sessions,
  };
}
