import { z } from 'zod';
import { checkSessionDraw, sessionDrawCheckView, type CheckedDraw, type SessionDrawCheck } from '../../../src-shared/scoring/draw-check';
import { err, isErr, ok, type Message, type Result } from '../../../src-shared/result';
import { parseJsonColumn, readJson } from '../../store/json-columns';
import type { ServiceContext } from '../context';
import { panelOf, sessionRow, type SessionRow } from './session-store';

/** How the panel's origin is named in a mismatch: the package being imported, or the session kept on this laptop. */
export const PACKAGE_SOURCE: Message = { zh: '评审包', en: 'package' };
const STORED_SOURCE: Message = { zh: '本机评审会', en: 'session on this laptop' };

/**
 * The draw record a session rests on: on the coordinator the draw's own record (the protocol file's content), on
 * an expert laptop the one that came in the session package.
 */
export function sessionProtocol(ctx: ServiceContext, r: SessionRow): Result<unknown> {
  if (r.role === 'expert-laptop') {
    if (r.draw_protocol === null) {
      return err(
        'no-draw-record',
        '本机的评审会没有抽取记录（评审包由旧版主控电脑导出），无法核验抽取：请重新导入主控电脑用新版导出的评审包',
        'The session on this laptop has no draw record (its package came from an older coordinator version), so the draw cannot be verified: import a package exported with the current version',
      );
    }
    return ok(readJson('scoring_sessions.draw_protocol', r.draw_protocol));
  }
  const drawId = r.draw_id;
  const draw = drawId ? ctx.store.first(ctx.store.q.selectFrom('draws').select('protocol').where('draw_id', '=', drawId)) : undefined;
  if (!draw?.protocol) {
    return err('no-draw-record', `评审会 ${r.session_id} 的抽取 ${drawId ?? ''} 没有抽取记录`, `The draw ${drawId ?? ''} of session ${r.session_id} has no draw record`);
  }
  // As read: checkSessionDraw verifies the record's shape and every value, with its own messages.
  return ok(parseJsonColumn(z.unknown(), draw.protocol, 'draws.protocol'));
}

/** Recomputes the draw of a stored session and checks its panel; the expert laptop refuses check-in when this fails. */
export function verifyStoredDraw(ctx: ServiceContext, r: SessionRow): Result<CheckedDraw> {
  const protocol = sessionProtocol(ctx, r);
  if (isErr(protocol)) return protocol;
  return checkSessionDraw(protocol.value, { panel: panelOf(r), drawSeed: r.draw_seed }, STORED_SOURCE);
}

/**
 * 抽取已核验: this laptop recomputes the draw, the call log and the replacements from the record it holds, now,
 * and returns the seed and the expert's own ticket and rank. Reads only.
 */
export function sessionDrawCheck(ctx: ServiceContext, sessionId: string, expertId?: string): Result<SessionDrawCheck> {
  const r = sessionRow(ctx, sessionId);
  if (isErr(r)) return r;
  const checked = verifyStoredDraw(ctx, r.value);
  if (isErr(checked)) return checked;
  return ok(sessionDrawCheckView(checked.value.protocol, checked.value.verified, expertId, ctx.now().toISOString()));
}
