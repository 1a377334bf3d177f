import type { SessionView, SignoffKind } from '../../../src-shared/api/views';
import { canonicalJson } from '../../../src-shared/canonical-json';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { sha256Hex } from '../../../src-shared/sha256';
import { generateKeyPair, privateKeyFromPkcs8 } from '../../crypto/keys';
import { sign } from '../../crypto/signing';
import type { Store } from '../../store/store';
import type { ServiceContext } from '../context';
import { NEW_PIN_RULE, isAcceptableNewPin } from '../../../src-shared/scoring/pin-rule';
import { grantSheetUnlock, unlockExpertKey, type ExpertKeys } from './expert-pin';
import { getResults } from './results';
import { panelOf, requirePhase, sessionCells, sessionRow, sessionView, type SessionRow } from './session-store';
import { checkSessionYearCap } from './year-cap';
import { auditSubject } from '../../../src-shared/audit/subjects';

export const SCORE_SHEET = 'score-sheet';
export const SUMMARY = 'summary-sheet';

/** What an expert signs: their own cells of the session under its frozen rules, and any written dissent. */
export function scoreSheet(ctx: ServiceContext, r: SessionRow, expertId: string, dissent: string) {
  return { sessionId: r.session_id, rulesHash: r.rules_hash, expertId, cells: sessionCells(ctx, r.session_id, expertId), dissent };
}

function storeSignoff(store: Store, at: string, row: { session_id: string; signer_id: string; kind: SignoffKind; payload_hash: string; signature: string; public_key: string; dissent: string }) {
  const values = { ...row, at };
  store.run(store.q.insertInto('signoffs').values(values).onConflict((oc) => oc.columns(['session_id', 'signer_id', 'kind']).doUpdateSet(values)));
}

/** An expert reviews their sheet and signs it with their key (PIN); a dissent is part of what is signed. */
export function signExpertSheet(ctx: ServiceContext, sessionId: string, expertId: string, pin: string, dissent = ''): Result<SessionView> {
  const { store } = ctx;
  const keys = unlockExpertKey(ctx, sessionId, expertId, pin, 'sign-sheet');
  if (isErr(keys)) return keys;
  return store.transaction(() => {
    const r = sessionRow(ctx, sessionId);
    if (isErr(r)) return r;
    // On the coordinator the whole panel must have locked; an expert laptop only knows its own expert.
    const phase =
      r.value.role === 'coordinator'
        ? requirePhase(r.value, ['discussion'], '所有专家锁定评分、讨论后才能签字', 'Sheets are signed after every expert has locked, in the discussion phase')
        : requireLocked(store, sessionId, expertId);
    if (isErr(phase)) return phase;
    const sheet = scoreSheet(ctx, r.value, expertId, dissent.trim());
    storeSignoff(store, ctx.now().toISOString(), {
      session_id: sessionId,
      signer_id: expertId,
      kind: 'expert-sheet',
      payload_hash: sha256Hex(canonicalJson(sheet)),
      signature: sign(SCORE_SHEET, sheet, keys.value.privateKey),
      public_key: keys.value.publicKey,
      dissent: dissent.trim(),
    });
    // A signature is a change of the expert's record: the next score file carries it under a new version.
    store.run(store.q.updateTable('session_experts').set((eb) => ({ version: eb('version', '+', 1) })).where('session_id', '=', sessionId).where('expert_id', '=', expertId));
    store.audit({ actor: ctx.actor, action: 'signoff.expert', subject: auditSubject.sessionExpert(sessionId, expertId), details: { dissent: dissent.trim() } });
    grantSheetUnlock(ctx, sessionId, expertId, 'sign-sheet');
    return ok(sessionView(ctx, r.value));
  });
}

function requireLocked(store: Store, sessionId: string, expertId: string): Result<void> {
  const e = store.first(store.q.selectFrom('session_experts').select('locked_at').where('session_id', '=', sessionId).where('expert_id', '=', expertId));
  return e?.locked_at ? ok(undefined) : err('not-locked', '请先锁定评分再签字', 'Lock the scores before signing');
}

/**
 * For an expert who scored on another laptop: the coordinator records their sign-off from the locked,
 * signed score file they brought (its signature covers the same cells), with the dissent they wrote.
 */
export function recordRemoteSheet(store: Store, sessionId: string, expertId: string, envelope: { signature: string; signer: { publicKey: string } }, payloadHash: string, dissent: string, at: string): void {
  storeSignoff(store, at, { session_id: sessionId, signer_id: expertId, kind: 'expert-sheet', payload_hash: payloadHash, signature: envelope.signature, public_key: envelope.signer.publicKey, dissent });
}

/**
 * The panel leader signs the summary (the ranking and the proposed list); then the session is locked. The
 * leader's own key is used when they checked in here; otherwise a key is made for this signature under
 * their PIN and its fingerprint printed on the summary. The proposed list must fit in what the year has left
 * (Art. 2 counts every session of the year, and bundles taken in since this session was frozen count too).
 */
export function signSummary(ctx: ServiceContext, sessionId: string, pin: string, summary: SessionSummary): Result<SessionView> {
  const { store } = ctx;
  const keys = leaderKeys(ctx, sessionId, pin);
  if (isErr(keys)) return keys;
  return store.transaction(() => {
    const r = sessionRow(ctx, sessionId);
    if (isErr(r)) return r;
    const phase = requirePhase(r.value, ['discussion'], '讨论阶段才能签署汇总表', 'The summary is signed in the discussion phase');
    if (isErr(phase)) return phase;
    // leaderKeys has refused a session without a leader.
    const leader = r.value.leader_id!;
    const signed = new Set(
      store.all(store.q.selectFrom('signoffs').select('signer_id').where('session_id', '=', sessionId).where('kind', '=', 'expert-sheet')).map((s) => s.signer_id),
    );
    const missing = panelOf(r.value).filter((p) => !signed.has(p.expertId)).map((p) => p.expertId);
    if (missing.length) return err('sheets-unsigned', `以下专家尚未签署评分表：${missing.join('、')}`, `These experts have not signed their sheets: ${missing.join(', ')}`);
    const fits = checkSessionYearCap(ctx, r.value.year, sessionId, summary.proposedList.length);
    if (isErr(fits)) return fits;
    storeSignoff(store, ctx.now().toISOString(), {
      session_id: sessionId,
      signer_id: leader,
      kind: 'summary',
      payload_hash: sha256Hex(canonicalJson(summary)),
      signature: sign(SUMMARY, summary, keys.value.privateKey),
      public_key: keys.value.publicKey,
      dissent: '',
    });
    const at = ctx.now().toISOString();
    store.run(store.q.updateTable('scoring_sessions').set({ phase: 'signed', signed_at: at }).where('session_id', '=', sessionId));
    store.audit({ actor: ctx.actor, action: 'signoff.summary', subject: auditSubject.session(sessionId), details: { leader, summaryHash: sha256Hex(canonicalJson(summary)) } });
    if (keys.value.checkedInHere) grantSheetUnlock(ctx, sessionId, leader, 'sign-summary');
    const after = sessionRow(ctx, sessionId);
    return isErr(after) ? after : ok(sessionView(ctx, after.value));
  });
}

/**
 * The leader's own key when they checked in here (their PIN, counted like any expert's); otherwise a key made for
 * this signature, whose PIN is new and so meets the rule for new PINs.
 */
function leaderKeys(ctx: ServiceContext, sessionId: string, pin: string): Result<ExpertKeys & { checkedInHere: boolean }> {
  const r = sessionRow(ctx, sessionId);
  if (isErr(r)) return r;
  const leader = r.value.leader_id;
  if (!leader) return err('no-leader', '本评审会没有指定组长', 'This session has no panel leader');
  const local = unlockExpertKey(ctx, sessionId, leader, pin, 'sign-summary');
  if (local.ok) return ok({ ...local.value, checkedInHere: true });
  if (local.error.code !== 'not-checked-in-here') return local;
  if (!isAcceptableNewPin(pin)) return err('weak-pin', NEW_PIN_RULE.zh, NEW_PIN_RULE.en);
  const pair = generateKeyPair();
  return ok({ privateKey: privateKeyFromPkcs8(pair.privateKeyPkcs8), publicKey: pair.publicKey, checkedInHere: false });
}

/** The summary the leader signs: the ranking, the proposed list and the votes under the frozen rules. */
export interface SessionSummary {
  sessionId: string;
  rulesHash: string | null;
  ranking: { nominationId: string; rank: number; score: number | null; inCut: boolean }[];
  proposedList: string[];
  votes: unknown[];
}

export function sessionSummary(ctx: ServiceContext, sessionId: string): Result<SessionSummary> {
  const results = getResults(ctx, sessionId);
  if (isErr(results)) return results;
  const { ranking, votes } = results.value;
  if (ranking.needsPanelVote.length) {
    return err('tie-at-cut', '名额线上的并列尚未表决', 'A tie across the cut has not been voted on yet');
  }
  const r = sessionRow(ctx, sessionId);
  if (isErr(r)) return r;
  return ok({
    sessionId,
    rulesHash: r.value.rules_hash,
    ranking: ranking.rows.map((row) => ({ nominationId: row.nominationId, rank: row.rank, score: row.score, inCut: row.inCut })),
    proposedList: ranking.rows.filter((row) => row.inCut).map((row) => row.nominationId),
    votes,
  });
}

export function signSessionSummary(ctx: ServiceContext, sessionId: string, pin: string): Result<SessionView> {
  const summary = sessionSummary(ctx, sessionId);
  if (isErr(summary)) return summary;
  return signSummary(ctx, sessionId, pin, summary.value);
}
