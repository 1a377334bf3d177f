import { err, ok, type Result } from '../result';

/**
 * The year's room for proposals (Art. 2: 每年发布不超过30个). The cap is counted over the whole selection year:
 * every review session of the year (and, once it exists, the publication), never per session.
 *
 * What a session of the year counts for:
 * - signed off (its own record on this computer, or a result bundle the office took in): the size of its
 *   proposed list — that list is settled;
 * - rules frozen, not yet signed off (phase `scoring` or `discussion`): its cut. The cut is frozen into the rules'
 *   hash and cannot change any more, and the session will propose up to it; reserving it at the freeze is the
 *   only moment a conflict can still be fixed (by lowering a cut). Without the reservation two sessions could each
 *   freeze a cut of 30 and the second would find out only at sign-off, with a cut it can no longer change;
 * - anything else counts nothing: a draft (its rules, default cut 30, are still editable and bind no one, so a
 *   forgotten draft must not block the year; it is checked when it is frozen) and a session that will never
 *   propose (an aborted one, should sessions ever be abortable).
 *
 * One session counts once: a session run on this computer and also taken in as a bundle is matched by its
 * session id, and its signed list (the bundle's or its own) wins over a reservation. The session being checked is
 * never counted against itself.
 *
 * Pure and free of Node modules: the renderer may import it.
 */

/** Art. 2: at most 30 studios are published a year. */
export const YEAR_CAP = 30;

/** A review session of the year as this computer knows it: its own record, or a bundle the office took in. */
export type YearCapRecord =
  | { kind: 'session'; sessionId: string; year: number; phase: string; cut: number; /** Signed sessions: the size of the proposed list. */ proposed?: number }
  | { kind: 'bundle'; sessionId: string; year: number; proposed: number };

/** How one other session is counted against the year. */
export interface YearCapCounted {
  sessionId: string;
  /** `proposed`: a signed proposed list; `reserved`: the cut of a frozen session not yet signed off. */
  basis: 'proposed' | 'reserved';
  source: 'session' | 'bundle';
  count: number;
}

export interface YearCapacity {
  year: number;
  cap: number;
  /** Everything counted over the other sessions of the year: `proposed + reserved`. */
  used: number;
  /** Of which on signed proposed lists. */
  proposed: number;
  /** Of which reserved by frozen sessions not yet signed off. */
  reserved: number;
  /** What this (or a new) session may still propose: `max(0, cap − used)`. */
  remaining: number;
  counted: YearCapCounted[];
}

const RESERVING_PHASES = new Set(['scoring', 'discussion']);

function countOf(r: YearCapRecord): YearCapCounted | undefined {
  if (r.kind === 'bundle') return { sessionId: r.sessionId, basis: 'proposed', source: 'bundle', count: r.proposed };
  // A signed session whose list size is unknown still counts, by its cut (never less than it could have proposed).
  if (r.phase === 'signed') return { sessionId: r.sessionId, basis: 'proposed', source: 'session', count: r.proposed ?? r.cut };
  if (RESERVING_PHASES.has(r.phase)) return { sessionId: r.sessionId, basis: 'reserved', source: 'session', count: r.cut };
  return undefined;
}

/** Signed beats reserved; between two signed records of one session (they should agree), the larger counts. */
function stronger(a: YearCapCounted, b: YearCapCounted): YearCapCounted {
  if (a.basis !== b.basis) return a.basis === 'proposed' ? a : b;
  return b.count > a.count ? b : a;
}

/**
 * The room left in `year` for the session `sessionId` (omitted: a new session), given every session record and
 * bundle this computer holds (other years are ignored).
 */
export function yearCapacity(input: { year: number; sessionId?: string; records: readonly YearCapRecord[]; cap?: number }): YearCapacity {
  const cap = input.cap ?? YEAR_CAP;
  const bySession = new Map<string, YearCapCounted>();
  for (const r of input.records) {
    if (r.year !== input.year || r.sessionId === input.sessionId) continue;
    const c = countOf(r);
    if (!c || c.count <= 0) continue;
    const seen = bySession.get(c.sessionId);
    bySession.set(c.sessionId, seen ? stronger(seen, c) : c);
  }
  const counted = [...bySession.values()].sort((a, b) => a.sessionId.localeCompare(b.sessionId));
  const proposed = counted.filter((c) => c.basis === 'proposed').reduce((s, c) => s + c.count, 0);
  const reserved = counted.filter((c) => c.basis === 'reserved').reduce((s, c) => s + c.count, 0);
  const used = proposed + reserved;
  return { year: input.year, cap, used, proposed, reserved, remaining: Math.max(0, cap - used), counted };
}

/** The bilingual refusal when a session asks for `requested` and the year has less left; undefined when it fits. */
export function yearCapMessage(capacity: YearCapacity, requested: number): { zh: string; en: string } | undefined {
  if (requested <= capacity.remaining) return undefined;
  const { year, cap, proposed, reserved, remaining } = capacity;
  const reservedSessions = capacity.counted.filter((c) => c.basis === 'reserved').length;
  const zhReserved = `${reservedSessions} 个规则已冻结、尚未签字的评审会预留 ${reserved} 个`;
  const enReserved = `${reservedSessions} session${reservedSessions === 1 ? '' : 's'} with frozen rules, not yet signed off, reserve${reservedSessions === 1 ? 's' : ''} ${reserved}`;
  const zhOthers = !reserved
    ? `本年度（${year}）已有其他评审会建议 ${proposed} 个`
    : proposed
      ? `本年度（${year}）已有其他评审会建议 ${proposed} 个，另有 ${zhReserved}`
      : `本年度（${year}）已有 ${zhReserved}`;
  const enOthers = !reserved
    ? `Other review sessions of ${year} have already proposed ${proposed}`
    : proposed
      ? `Other review sessions of ${year} have already proposed ${proposed}, and ${enReserved}`
      : `In ${year}, ${enReserved}`;
  const zhLeft = remaining > 0 ? `本次评审会最多还可建议 ${remaining} 个` : '本年度名额已满，本次评审会不能再建议';
  const enLeft = remaining > 0 ? `this session may propose at most ${remaining}` : 'the year is full and this session may propose none';
  return {
    zh: `${zhOthers}，全年上限 ${cap} 个（第二条：每年发布不超过${cap}个），${zhLeft}（本次为 ${requested} 个）。`,
    en: `${enOthers}; the year's cap is ${cap} (Art. 2: at most ${cap} a year), so ${enLeft} (this session asks for ${requested}).`,
  };
}

/** `requested` checked against the year: a refusal carries {@link yearCapMessage} and, per counted session, a detail. */
export function checkYearCap(capacity: YearCapacity, requested: number): Result<void> {
  const message = yearCapMessage(capacity, requested);
  if (!message) return ok(undefined);
  const details = capacity.counted.map((c) => ({
    path: c.sessionId,
    message:
      c.basis === 'proposed'
        ? { zh: `${c.source === 'bundle' ? '已导入的结果包' : '已签字'}，建议名单 ${c.count} 个`, en: `${c.source === 'bundle' ? 'bundle taken in' : 'signed off'}, proposed list of ${c.count}` }
        : { zh: `规则已冻结、尚未签字，预留名额 ${c.count} 个`, en: `rules frozen, not signed off yet, reserving its cut of ${c.count}` },
  }));
  return err('year-cap-exceeded', message.zh, message.en, details);
}
