import type { KeyObject } from 'node:crypto';
import type { SessionView } from '../../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { nominationOrder } from '../../../src-shared/scoring/order';
import { generateKeyPair, keyId } from '../../crypto/keys';
import { lockPrivateKey, unlockPrivateKey } from '../../crypto/pin-vault';
import { readJson } from '../../store/json-columns';
import type { ServiceContext } from '../context';
import { verifyStoredDraw } from './session-draw';
import { nominationsOf, panelOf, requirePhase, sessionRow, sessionView } from './session-store';

/**
 * An expert of the panel starts on this laptop: a key pair is made here, the private key is kept only
 * encrypted under the PIN they chose, and their own order of nominations is fixed from the draw's seed.
 * An expert laptop first recomputes the draw from the record the package brought.
 */
export function checkIn(ctx: ServiceContext, sessionId: string, expertId: string, pin: string): Result<SessionView> {
  const { store } = ctx;
  return store.transaction(() => {
    const r = sessionRow(ctx, sessionId);
    if (isErr(r)) return r;
    const phase = requirePhase(r.value, ['draft', 'scoring'], '评分开始后才能签到，且评分结束后不能签到', 'Check-in is open until scoring ends');
    if (isErr(phase)) return phase;
    if (!panelOf(r.value).some((p) => p.expertId === expertId)) {
      return err('not-on-panel', `${expertId} 不是本评审会的专家`, `${expertId} is not on this panel`);
    }
    // Before an expert's first score the expert laptop recomputes the draw again from the record it keeps.
    if (r.value.role === 'expert-laptop') {
      const drawn = verifyStoredDraw(ctx, r.value);
      if (isErr(drawn)) return drawn;
    }
    const existing = store.first(store.q.selectFrom('session_experts').select('vault').where('session_id', '=', sessionId).where('expert_id', '=', expertId));
    if (existing) return err('already-checked-in', `${expertId} 已签到`, `${expertId} has already checked in`);
    const pair = generateKeyPair();
    const vault = lockPrivateKey(pair.privateKeyPkcs8, pin);
    if (isErr(vault)) return vault;
    const order = nominationOrder(r.value.draw_seed, expertId, nominationsOf(r.value).map((n) => n.id));
    store.run(
      store.q.insertInto('session_experts').values({
        session_id: sessionId,
        expert_id: expertId,
        public_key: pair.publicKey,
        key_id: keyId(pair.publicKey),
        vault: JSON.stringify(vault.value),
        nomination_order: JSON.stringify(order),
        version: 0,
        checked_in_at: ctx.now().toISOString(),
        locked_at: null,
      }),
    );
    store.audit({ actor: ctx.actor, action: 'session.check-in', subject: `session:${sessionId}`, details: { expertId, keyId: keyId(pair.publicKey), order } });
    return ok(sessionView(ctx, r.value));
  });
}

/** The expert's private key, for signing; a wrong PIN is an answer, not a crash. */
export function unlockExpertKey(ctx: ServiceContext, sessionId: string, expertId: string, pin: string): Result<{ privateKey: KeyObject; publicKey: string }> {
  const row = ctx.store.first(
    ctx.store.q.selectFrom('session_experts').select(['vault', 'public_key']).where('session_id', '=', sessionId).where('expert_id', '=', expertId),
  );
  if (!row?.vault) return err('not-checked-in-here', `${expertId} 没有在本机签到`, `${expertId} did not check in on this laptop`);
  const key = unlockPrivateKey(readJson('session_experts.vault', row.vault), pin);
  return isErr(key) ? key : ok({ privateKey: key.value, publicKey: row.public_key });
}
