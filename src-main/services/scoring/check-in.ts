import type { SessionView } from '../../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { nominationOrder } from '../../../src-shared/scoring/order';
import { generateKeyPair, keyId } from '../../crypto/keys';
import { NEW_PIN_RULE, isAcceptableNewPin } from '../../../src-shared/scoring/pin-rule';
import { lockPrivateKey } from '../../crypto/pin-vault';
import type { ServiceContext } from '../context';
import { grantSheetUnlock } from './expert-pin';
import { verifyStoredDraw } from './session-draw';
import { nominationsOf, panelOf, requirePhase, sessionRow, sessionView } from './session-store';
import { auditSubject } from '../../../src-shared/audit/subjects';

/**
 * An expert of the panel starts on this laptop: a key pair is made here, the private key is kept only
 * encrypted under the PIN they chose (6 digits or more), and their own order of nominations is fixed from the
 * draw's seed. An expert laptop first recomputes the draw from the record the package brought. The PIN just chosen
 * opens their sheet for the next five minutes.
 */
export function checkIn(ctx: ServiceContext, sessionId: string, expertId: string, pin: string): Result<SessionView> {
  const { store } = ctx;
  if (!isAcceptableNewPin(pin)) return err('weak-pin', NEW_PIN_RULE.zh, NEW_PIN_RULE.en);
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
    store.audit({ actor: ctx.actor, action: 'session.check-in', subject: auditSubject.session(sessionId), details: { expertId, keyId: keyId(pair.publicKey), order } });
    grantSheetUnlock(ctx, sessionId, expertId, 'check-in');
    return ok(sessionView(ctx, r.value));
  });
}
