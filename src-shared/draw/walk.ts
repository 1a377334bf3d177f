import { countFor, type DrawConfig } from './config';
import type { PoolEntry } from './pool-snapshot';
import { orderByTicket, type Ticketed } from './tickets';

export const SKIP_REASONS = ['excluded-id', 'excluded-unit', 'no-quota', 'unit-cap', 'stratum-full'] as const;
export type SkipReason = (typeof SKIP_REASONS)[number];
export const ROW_STATUSES = ['selected', 'alternate', 'skipped'] as const;
export type RowStatus = (typeof ROW_STATUSES)[number];

/** One step of the walk. Every expert of the pool gets exactly one row. */
export interface ResultRow {
  /** 1-based position in ticket order. */
  rank: number;
  ticket: string;
  id: string;
  unitCode: string;
  stratum: string;
  status: RowStatus;
  /** Within the stratum, 1-based: the seat number if selected, the standby order if alternate. */
  order?: number;
  reason?: SkipReason;
}

/**
 * Walks the pool in ticket order. Only *selected* experts count against the unit cap, so adding alternates never
 * changes who is selected and only extends the standby lists.
 */
export function walkDraw(entries: readonly PoolEntry[], config: DrawConfig, seed: string): ResultRow[] {
  return walkInOrder(orderByTicket(seed, entries.map((e) => e.id)), entries, config);
}

/** The walk over an explicit order; separate so tests can try every order of a small pool. */
export function walkInOrder(order: readonly Ticketed[], entries: readonly PoolEntry[], config: DrawConfig): ResultRow[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const excludedIds = new Set(config.excludedIds);
  const excludedUnits = new Set(config.excludedUnitCodes);
  const seated = new Map<string, number>(); // stratum → selected so far
  const standing = new Map<string, number>(); // stratum → alternates so far
  const perUnit = new Map<string, number>(); // unit → selected so far

  // One plain object per row, built once, its keys in code-unit order so the canonical JSON of a
  // 100,000-row record writes each row as it stands, without a sorted copy.
  const rows: ResultRow[] = new Array(order.length);
  for (let i = 0; i < order.length; i++) {
    const { id, ticket } = order[i];
    const e = byId.get(id)!;
    let reason: SkipReason | undefined;
    let seat = 0;
    const seats = countFor(config.quotas, e.stratum);
    const alternates = countFor(config.alternates, e.stratum);
    const taken = seated.get(e.stratum) ?? 0;
    const waiting = standing.get(e.stratum) ?? 0;
    if (excludedIds.has(id)) reason = 'excluded-id';
    else if (excludedUnits.has(e.unitCode)) reason = 'excluded-unit';
    else if (seats + alternates === 0) reason = 'no-quota';
    else if (taken >= seats && waiting >= alternates) reason = 'stratum-full';
    else if ((perUnit.get(e.unitCode) ?? 0) >= config.unitCap) reason = 'unit-cap';
    else if (taken < seats) {
      seated.set(e.stratum, taken + 1);
      perUnit.set(e.unitCode, (perUnit.get(e.unitCode) ?? 0) + 1);
      seat = taken + 1;
    } else {
      standing.set(e.stratum, waiting + 1);
      seat = -(waiting + 1);
    }
    rows[i] =
      reason !== undefined
        ? { id, rank: i + 1, reason, status: 'skipped', stratum: e.stratum, ticket, unitCode: e.unitCode }
        : { id, order: Math.abs(seat), rank: i + 1, status: seat > 0 ? 'selected' : 'alternate', stratum: e.stratum, ticket, unitCode: e.unitCode };
  }
  return rows;
}

/** Seats or standby places the walk could not fill (empty whenever the feasibility check passed). */
export function unfilled(rows: readonly ResultRow[], config: DrawConfig): { stratum: string; seats: number; alternates: number }[] {
  const filled = new Map<string, { seats: number; alternates: number }>();
  for (const r of rows) {
    if (r.status === 'skipped') continue;
    const f = filled.get(r.stratum) ?? { seats: 0, alternates: 0 };
    if (r.status === 'selected') f.seats++;
    else f.alternates++;
    filled.set(r.stratum, f);
  }
  const strata = new Set([...Object.keys(config.quotas), ...Object.keys(config.alternates)]);
  return [...strata]
    .map((s) => ({
      stratum: s,
      seats: countFor(config.quotas, s) - (filled.get(s)?.seats ?? 0),
      alternates: countFor(config.alternates, s) - (filled.get(s)?.alternates ?? 0),
    }))
    .filter((u) => u.seats > 0 || u.alternates > 0);
}
