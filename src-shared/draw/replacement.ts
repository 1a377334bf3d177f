import { z } from 'zod';
import { err, ok, type Result } from '../result';
import { compareUtf8 } from './utf8-order';
import type { ResultRow } from './walk';

export const CALL_OUTCOMES = ['accepted', 'declined', 'unreachable', 'conflict'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

/** One phone call to a drawn expert (通知记录). */
export const callLogEntrySchema = z.strictObject({
  at: z.iso.datetime({ offset: true }),
  caller: z.string().trim().min(1).max(100),
  expertId: z.string().min(1).max(200),
  outcome: z.enum(CALL_OUTCOMES),
  note: z.string().max(500).optional(),
});
export type CallLogEntry = z.output<typeof callLogEntrySchema>;

export interface PanelSeat {
  stratum: string;
  /** Seat number within the stratum; a replacement takes over the seat number of the expert it replaces. */
  order: number;
  expertId: string;
  unitCode: string;
  source: 'selected' | 'alternate';
  /** True once a call with outcome `accepted` is logged for this expert. */
  confirmed: boolean;
}

export interface Replacement {
  stratum: string;
  order: number;
  replacedId: string;
  replacementId: string;
  outcome: Exclude<CallOutcome, 'accepted'>;
  at: string;
}

export interface PanelState {
  panel: PanelSeat[];
  replacements: Replacement[];
  /** Experts no longer available (seated ones who dropped out, and alternates who declined before being needed). */
  released: { expertId: string; outcome: Exclude<CallOutcome, 'accepted'>; at: string }[];
}

const seatKey = (stratum: string, order: number) => `${stratum}\n${order}`;

/**
 * Replays the call log, in array order, over a draw result. A seated expert who declines, cannot be reached or
 * declares a conflict is replaced by the first alternate of the same stratum, in standby order, who is not yet
 * used and whose unit is under the cap counting the experts seated *now* (an alternate passed over for the cap is
 * reconsidered at the next replacement, since seats may have freed up). Calling an alternate before it is needed is
 * allowed: a negative outcome takes it out of the standby list, `accepted` pre-confirms it.
 */
export function applyCallLog(
  draw: { result: readonly ResultRow[]; config: { unitCap: number } },
  callLog: readonly CallLogEntry[],
): Result<PanelState> {
  const cap = draw.config.unitCap;
  const rowById = new Map(draw.result.map((r) => [r.id, r]));
  const seats = new Map<string, PanelSeat>();
  const seatOf = new Map<string, string>(); // expertId → seat key
  for (const r of draw.result) {
    if (r.status !== 'selected') continue;
    const k = seatKey(r.stratum, r.order ?? 0);
    seats.set(k, { stratum: r.stratum, order: r.order ?? 0, expertId: r.id, unitCode: r.unitCode, source: 'selected', confirmed: false });
    seatOf.set(r.id, k);
  }
  const standby = (stratum: string) =>
    draw.result
      .filter((r) => r.status === 'alternate' && r.stratum === stratum)
      .sort((a, b) => (a.order ?? 0) - (b.order ?? 0));
  const used = new Set<string>();
  const preConfirmed = new Set<string>();
  const state: PanelState = { panel: [], replacements: [], released: [] };
  const releasedIds = new Set<string>();

  for (let i = 0; i < callLog.length; i++) {
    const call = callLog[i];
    const row = rowById.get(call.expertId);
    if (!row || row.status === 'skipped') {
      return err(
        'call-unknown-expert',
        `通知记录第 ${i + 1} 条：${call.expertId} 不是本次抽中的专家或候补`,
        `Call log entry ${i + 1}: ${call.expertId} was neither selected nor an alternate in this draw`,
      );
    }
    if (releasedIds.has(call.expertId)) {
      return err(
        'call-expert-released',
        `通知记录第 ${i + 1} 条：${call.expertId} 此前已放弃或无法参加，不能再次记录`,
        `Call log entry ${i + 1}: ${call.expertId} has already dropped out`,
      );
    }
    const k = seatOf.get(call.expertId);
    if (call.outcome === 'accepted') {
      if (k) seats.get(k)!.confirmed = true;
      else preConfirmed.add(call.expertId);
      continue;
    }
    releasedIds.add(call.expertId);
    state.released.push({ expertId: call.expertId, outcome: call.outcome, at: call.at });
    if (!k) {
      used.add(call.expertId); // an alternate who said no before being needed
      continue;
    }
    const seat = seats.get(k)!;
    seats.delete(k);
    seatOf.delete(call.expertId);
    const seatedInUnit = (unit: string) => [...seats.values()].filter((s) => s.unitCode === unit).length;
    const next = standby(seat.stratum).find((a) => !used.has(a.id) && seatedInUnit(a.unitCode) < cap);
    if (!next) {
      return err(
        'no-alternate-left',
        `${seat.stratum} 类已无可用候补，无法替换 ${call.expertId}`,
        `No alternate left in stratum ${seat.stratum} to replace ${call.expertId}`,
      );
    }
    used.add(next.id);
    const replacement: PanelSeat = {
      stratum: seat.stratum,
      order: seat.order,
      expertId: next.id,
      unitCode: next.unitCode,
      source: 'alternate',
      confirmed: preConfirmed.has(next.id),
    };
    seats.set(k, replacement);
    seatOf.set(next.id, k);
    state.replacements.push({
      stratum: seat.stratum,
      order: seat.order,
      replacedId: call.expertId,
      replacementId: next.id,
      outcome: call.outcome,
      at: call.at,
    });
  }
  state.panel = [...seats.values()].sort((a, b) => compareUtf8(a.stratum, b.stratum) || a.order - b.order);
  return ok(state);
}
