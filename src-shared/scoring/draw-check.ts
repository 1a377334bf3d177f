import { canonicalJson } from '../canonical-json';
import { verifyProtocol, type DrawProtocol, type VerifiedDraw } from '../draw/protocol';
import { err, ok, type Err, type Message, type Result } from '../result';
import { sha256Hex } from '../sha256';

/** One panel member as the session (and its package) names them; only the id and the stratum follow from the draw. */
export interface DrawCheckedMember {
  expertId: string;
  stratum: string;
}

/** Where an expert stands in the draw: what the expert laptop shows them before their first score. */
export interface ExpertDrawFacts {
  expertId: string;
  stratum: string;
  /** The expert's ticket (签号), all digits. */
  ticket: string;
  /** Position in the whole walk (ticket order over the whole pool), 1-based. */
  rank: number;
  /** Position among the pool's experts of the same stratum, in ticket order, 1-based. */
  stratumRank: number;
  /** How many experts of the pool are in that stratum. */
  stratumSize: number;
  /** How the draw placed them: drawn for a seat, or on the standby list. */
  drawnAs: 'selected' | 'alternate';
  /** Seat number (drawnAs `selected`) or standby place (drawnAs `alternate`) the walk gave them. */
  drawOrder: number;
  /** The seat they hold on the panel now, within the stratum. */
  seat: number;
  /** For a standby who took a seat: whom they replaced. */
  replacedId: string | null;
}

/** A draw record that recomputed to the session's panel, with what the recomputation gave. */
export interface CheckedDraw {
  verified: VerifiedDraw;
  protocol: DrawProtocol;
}

/** The result of recomputing a session's draw from its draw record. */
export interface SessionDrawCheck {
  status: 'verified';
  drawId: string;
  seed: string;
  poolHash: string;
  configHash: string;
  /** SHA-256 of the record as canonical JSON: the same as the draw's protocol file, printed on the draw record. */
  protocolSha256: string;
  poolSize: number;
  calls: number;
  replacements: number;
  panelSize: number;
  /** When this laptop recomputed it (now, for each request). */
  checkedAt: string;
  /** The requested expert's own place in the draw; null when no expert was asked for or they are not on the panel. */
  expert: ExpertDrawFacts | null;
}

function refused(code: string, zh: string, en: string, path: string): Err {
  return err(code, zh, en, [{ path, message: { zh, en } }]);
}

/**
 * Recomputes the draw from its record (the walk, then the call log and the replacements, see `verifyProtocol`) and
 * checks that the session's panel is the panel the draw seats, seat by seat, and its seed the draw's seed. Stops at
 * the first difference and names it: `席位 3（高校 第 1 席）：评审包中为 E0123，重算为 E0456`. `source` names where
 * the checked panel came from (评审包 / the session on this laptop).
 */
export function checkSessionDraw(
  protocol: unknown,
  session: { panel: readonly DrawCheckedMember[]; drawSeed: string },
  source: Message,
): Result<CheckedDraw> {
  const verified = verifyProtocol(protocol);
  if (!verified.ok) {
    // verifyProtocol names the first field that differs and, where it can, the field that explains it.
    const { zh, en } = verified.error.message;
    return err(
      verified.error.code === 'verify-mismatch' ? 'draw-record-mismatch' : 'draw-record-invalid',
      `抽取记录重算不通过：${zh}`,
      `The draw record does not recompute: ${en}`,
      verified.error.details,
    );
  }
  const v = verified.value;
  if (session.drawSeed !== v.seed) {
    return refused(
      'draw-seed-mismatch',
      `随机种子：${source.zh}中为 ${session.drawSeed}，重算为 ${v.seed}`,
      `Seed: ${session.drawSeed} in the ${source.en}, ${v.seed} recomputed`,
      'drawSeed',
    );
  }
  const seats = v.panel.panel;
  for (let i = 0; i < Math.max(seats.length, session.panel.length); i++) {
    const [want, got] = [seats[i], session.panel[i]];
    const n = i + 1;
    if (!got) {
      return refused(
        'draw-panel-mismatch',
        `席位 ${n}（${want.stratum} 第 ${want.order} 席）：${source.zh}中没有，重算为 ${want.expertId}`,
        `Seat ${n} (${want.stratum} seat ${want.order}): missing from the ${source.en}, ${want.expertId} recomputed`,
        `panel[${i}]`,
      );
    }
    if (!want) {
      return refused(
        'draw-panel-mismatch',
        `席位 ${n}：${source.zh}中为 ${got.expertId}，重算的专家组只有 ${seats.length} 席`,
        `Seat ${n}: ${got.expertId} in the ${source.en}, but the recomputed panel has only ${seats.length} seats`,
        `panel[${i}]`,
      );
    }
    if (got.expertId !== want.expertId) {
      return refused(
        'draw-panel-mismatch',
        `席位 ${n}（${want.stratum} 第 ${want.order} 席）：${source.zh}中为 ${got.expertId}，重算为 ${want.expertId}`,
        `Seat ${n} (${want.stratum} seat ${want.order}): ${got.expertId} in the ${source.en}, ${want.expertId} recomputed`,
        `panel[${i}].expertId`,
      );
    }
    if (got.stratum !== want.stratum) {
      return refused(
        'draw-panel-mismatch',
        `席位 ${n}（${want.expertId}）：${source.zh}中类别为 ${got.stratum}，重算为 ${want.stratum}`,
        `Seat ${n} (${want.expertId}): stratum ${got.stratum} in the ${source.en}, ${want.stratum} recomputed`,
        `panel[${i}].stratum`,
      );
    }
  }
  // Shape and every row were checked by the recomputation above, so the record's rows are the recomputed rows.
  return ok({ verified: v, protocol: protocol as DrawProtocol });
}

/** The expert's ticket, rank and seat, from a record `checkSessionDraw` accepted; null when not on the panel. */
export function expertDrawFacts(protocol: DrawProtocol, verified: VerifiedDraw, expertId: string): ExpertDrawFacts | null {
  const seat = verified.panel.panel.find((s) => s.expertId === expertId);
  const row = protocol.result.find((r) => r.id === expertId);
  if (!seat || !row || (row.status !== 'selected' && row.status !== 'alternate')) return null;
  const stratum = protocol.result.filter((r) => r.stratum === row.stratum);
  return {
    expertId,
    stratum: row.stratum,
    ticket: row.ticket,
    rank: row.rank,
    stratumRank: stratum.filter((r) => r.rank <= row.rank).length,
    stratumSize: stratum.length,
    drawnAs: row.status,
    drawOrder: row.order ?? 0,
    seat: seat.order,
    replacedId: verified.panel.replacements.find((r) => r.replacementId === expertId)?.replacedId ?? null,
  };
}

/** The check as the expert screen shows it. Node-only, like all hashing: the renderer imports only the types. */
export function sessionDrawCheckView(protocol: DrawProtocol, verified: VerifiedDraw, expertId: string | undefined, checkedAt: string): SessionDrawCheck {
  return {
    status: 'verified',
    drawId: verified.drawId,
    seed: verified.seed,
    poolHash: verified.poolHash,
    configHash: verified.configHash,
    protocolSha256: sha256Hex(canonicalJson(protocol)),
    poolSize: protocol.pool.length,
    calls: protocol.callLog.length,
    replacements: verified.panel.replacements.length,
    panelSize: verified.panel.panel.length,
    checkedAt,
    expert: expertId ? expertDrawFacts(protocol, verified, expertId) : null,
  };
}
