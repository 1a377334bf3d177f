import type { KeyObject } from 'node:crypto';
import type { ExpertSheetView } from '../../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { unlockPrivateKey } from '../../crypto/pin-vault';
import { readJson } from '../../store/json-columns';
import { auditSubject } from '../../../src-shared/audit/subjects';
import type { ServiceContext } from '../context';
import { sessionCells, sessionRow } from './session-store';

/**
 * An expert's PIN on a shared laptop: it opens their signing key (score file, signatures) and their sheet. After
 * five wrong PINs in a row each further try waits, 30 s doubling up to an hour, counted in the database so that
 * restarting the app does not reset it; every wrong PIN and every wait is in the audit log. A correct PIN keeps the
 * expert's sheet open for editing on this laptop for five minutes, so they are not asked on every keystroke.
 * All times come from the context's clock.
 */
export const PIN_FREE_TRIES = 5;
export const PIN_FIRST_WAIT_MS = 30_000;
export const PIN_MAX_WAIT_MS = 60 * 60_000;
export const SHEET_UNLOCK_MS = 5 * 60_000;

/** What the PIN was typed for, as the audit log says it. */
export type PinPurpose = 'check-in' | 'open-sheet' | 'score-file' | 'sign-sheet' | 'sign-summary';

/** The wait after the `failures`-th wrong PIN in a row: none for the first four, 30 s after the fifth, doubling, at most an hour. */
export function pinWaitMs(failures: number): number {
  if (failures < PIN_FREE_TRIES) return 0;
  return Math.min(PIN_MAX_WAIT_MS, PIN_FIRST_WAIT_MS * 2 ** (failures - PIN_FREE_TRIES));
}

export interface ExpertKeys {
  privateKey: KeyObject;
  publicKey: string;
}

const subject = auditSubject.sessionExpert;

function pinRow(ctx: ServiceContext, sessionId: string, expertId: string) {
  return ctx.store.first(ctx.store.q.selectFrom('expert_pins').selectAll().where('session_id', '=', sessionId).where('expert_id', '=', expertId));
}

function notCheckedIn(expertId: string) {
  return err('not-checked-in-here', `${expertId} 没有在本机签到`, `${expertId} did not check in on this laptop`);
}

/**
 * The expert's private key, for signing. A wrong PIN is an answer, not a crash, and is recorded at once, in a
 * transaction of its own: the record must stay when the caller's change then fails and rolls back, so this runs
 * outside any transaction. A correct PIN writes nothing here: the caller calls `grantSheetUnlock` inside its own
 * change, so an operation that is refused leaves no trace of it.
 */
export function unlockExpertKey(ctx: ServiceContext, sessionId: string, expertId: string, pin: string, purpose: PinPurpose): Result<ExpertKeys> {
  const { store } = ctx;
  if (store.db.inTransaction) throw new Error('unlockExpertKey must run outside a transaction: a wrong PIN would be rolled back with it');
  const expert = store.first(store.q.selectFrom('session_experts').select(['vault', 'public_key']).where('session_id', '=', sessionId).where('expert_id', '=', expertId));
  if (!expert?.vault) return notCheckedIn(expertId);
  const now = ctx.now().getTime();
  const before = pinRow(ctx, sessionId, expertId);
  if (before?.wait_until && Date.parse(before.wait_until) > now) return waitRefusal(before.failures, Date.parse(before.wait_until) - now);

  const key = unlockPrivateKey(readJson('session_experts.vault', expert.vault), pin);
  if (isErr(key)) {
    return key.error.code === 'wrong-pin' ? recordWrongPin(ctx, sessionId, expertId, (before?.failures ?? 0) + 1, purpose) : key;
  }
  return ok({ privateKey: key.value, publicKey: expert.public_key });
}

/**
 * After a correct PIN, inside the change it allowed: the count of wrong PINs starts again and the expert's sheet is
 * open for the next five minutes. Returns until when.
 */
export function grantSheetUnlock(ctx: ServiceContext, sessionId: string, expertId: string, purpose: PinPurpose): string {
  const until = new Date(ctx.now().getTime() + SHEET_UNLOCK_MS).toISOString();
  const row = { session_id: sessionId, expert_id: expertId, failures: 0, wait_until: null, unlocked_until: until };
  ctx.store.run(ctx.store.q.insertInto('expert_pins').values(row).onConflict((oc) => oc.columns(['session_id', 'expert_id']).doUpdateSet(row)));
  ctx.store.audit({ actor: ctx.actor, action: 'pin.unlock', subject: subject(sessionId, expertId), details: { purpose, until } });
  return until;
}

function recordWrongPin(ctx: ServiceContext, sessionId: string, expertId: string, failures: number, purpose: PinPurpose) {
  const { store } = ctx;
  const wait = pinWaitMs(failures);
  const waitUntil = wait ? new Date(ctx.now().getTime() + wait).toISOString() : null;
  store.transaction(() => {
    const values = { session_id: sessionId, expert_id: expertId, failures, wait_until: waitUntil };
    store.run(store.q.insertInto('expert_pins').values(values).onConflict((oc) => oc.columns(['session_id', 'expert_id']).doUpdateSet(values)));
    store.audit({ actor: ctx.actor, action: 'pin.wrong', subject: subject(sessionId, expertId), details: { purpose, failures } });
    if (waitUntil) store.audit({ actor: ctx.actor, action: 'pin.wait', subject: subject(sessionId, expertId), details: { failures, seconds: wait / 1000, until: waitUntil } });
    return ok(undefined);
  });
  if (wait) {
    const d = duration(wait);
    return err('wrong-pin', `PIN 不正确（已连续错 ${failures} 次）：请等待 ${d.zh}后再试。`, `Wrong PIN (${failures} in a row): wait ${d.en} before the next try.`);
  }
  const left = PIN_FREE_TRIES - failures;
  const first = duration(PIN_FIRST_WAIT_MS);
  return err(
    'wrong-pin',
    `PIN 不正确（已连续错 ${failures} 次）。再错 ${left} 次，须等待 ${first.zh}后才能再试。`,
    `Wrong PIN (${failures} in a row). After ${left} more wrong ${left === 1 ? 'PIN' : 'PINs'} the next try must wait ${first.en}.`,
  );
}

function waitRefusal(failures: number, remainingMs: number) {
  const d = duration(remainingMs);
  return err('pin-wait', `PIN 已连续错 ${failures} 次：请等待 ${d.zh}后再试。`, `${failures} wrong PINs in a row: wait ${d.en} before the next try.`);
}

/** Whole seconds, rounded up, as minutes and seconds. */
function duration(ms: number): { zh: string; en: string } {
  const total = Math.ceil(ms / 1000);
  const min = Math.floor(total / 60);
  const sec = total % 60;
  if (min === 0) return { zh: `${sec} 秒`, en: `${sec} s` };
  return sec === 0 ? { zh: `${min} 分钟`, en: `${min} min` } : { zh: `${min} 分 ${sec} 秒`, en: `${min} min ${sec} s` };
}

/** Editing an expert's sheet needs their PIN within the last five minutes on this laptop. */
export function requireSheetUnlocked(ctx: ServiceContext, sessionId: string, expertId: string): Result<{ unlockedUntil: string }> {
  const until = pinRow(ctx, sessionId, expertId)?.unlocked_until;
  if (until && Date.parse(until) > ctx.now().getTime()) return ok({ unlockedUntil: until });
  return err(
    'pin-required',
    `请输入 ${expertId} 的 PIN 打开其评分表（每次打开 5 分钟）`,
    `Enter the PIN of ${expertId} to open their sheet (it stays open for 5 minutes)`,
  );
}

/** The expert's own cells, for editing: only while their sheet is open. */
export function expertSheet(ctx: ServiceContext, sessionId: string, expertId: string): Result<ExpertSheetView> {
  const r = sessionRow(ctx, sessionId);
  if (isErr(r)) return r;
  const expert = ctx.store.first(ctx.store.q.selectFrom('session_experts').select('vault').where('session_id', '=', sessionId).where('expert_id', '=', expertId));
  if (!expert?.vault) return notCheckedIn(expertId);
  const open = requireSheetUnlocked(ctx, sessionId, expertId);
  if (isErr(open)) return open;
  return ok({ expertId, unlockedUntil: open.value.unlockedUntil, cells: sessionCells(ctx, sessionId, expertId) });
}

/** Opens the expert's sheet with their PIN: the sheet, open for five minutes. */
export function unlockSheet(ctx: ServiceContext, sessionId: string, expertId: string, pin: string): Result<ExpertSheetView> {
  const r = sessionRow(ctx, sessionId);
  if (isErr(r)) return r;
  const keys = unlockExpertKey(ctx, sessionId, expertId, pin, 'open-sheet');
  if (isErr(keys)) return keys;
  return ctx.store.transaction(() => {
    grantSheetUnlock(ctx, sessionId, expertId, 'open-sheet');
    return expertSheet(ctx, sessionId, expertId);
  });
}

/**
 * Closes the expert's sheet before the five minutes are up: the laptop passes to the next expert, and the sheet
 * just left cannot be edited without its PIN again. Taking access away needs no PIN and is not audited.
 */
export function closeSheet(ctx: ServiceContext, sessionId: string, expertId: string): Result<{ closed: boolean }> {
  const { store } = ctx;
  return store.transaction<{ closed: boolean }>(() => {
    const open = requireSheetUnlocked(ctx, sessionId, expertId);
    if (isErr(open)) return ok({ closed: false });
    store.run(store.q.updateTable('expert_pins').set({ unlocked_until: null }).where('session_id', '=', sessionId).where('expert_id', '=', expertId));
    return ok({ closed: true });
  });
}
