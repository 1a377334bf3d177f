import type { DrawView } from '../../src-shared/api/views';
import { applyCallLog, type PanelSeat } from '../../src-shared/draw/replacement';
import type { ResultRow } from '../../src-shared/draw/walk';

/**
 * What the screen needs to say before and after the calls: read off the panel state the server sends, and, for
 * the confirmation, the draw's own replay (applyCallLog) of the call about to be logged.
 */

/** Non-skipped rows, seats first, then standbys; each by stratum (in the configuration's order) and number. */
export function seatsFirst(draw: DrawView): ResultRow[] {
  const rows = draw.protocol?.result.filter((r) => r.status !== 'skipped') ?? [];
  const strata = Object.keys(draw.config.quotas);
  const rankOf = (s: string) => (strata.includes(s) ? strata.indexOf(s) : strata.length);
  return [...rows].sort(
    (a, b) =>
      (a.status === b.status ? 0 : a.status === 'selected' ? -1 : 1) ||
      rankOf(a.stratum) - rankOf(b.stratum) ||
      (a.stratum < b.stratum ? -1 : a.stratum > b.stratum ? 1 : 0) ||
      (a.order ?? 0) - (b.order ?? 0),
  );
}

/** Standbys already seated or out (declined, unreachable, conflict), who can no longer take a seat. */
function usedStandbys(draw: DrawView): Set<string> {
  const state = draw.panel;
  return new Set([...(state?.replacements.map((r) => r.replacementId) ?? []), ...(state?.released.map((r) => r.expertId) ?? [])]);
}

/** The standbys of each stratum still waiting, in standby order. */
export function standbysLeft(draw: DrawView): ResultRow[] {
  const used = usedStandbys(draw);
  const seated = new Set(draw.panel?.panel.map((s) => s.expertId) ?? []);
  return seatsFirst(draw).filter((r) => r.status === 'alternate' && !used.has(r.id) && !seated.has(r.id));
}

/**
 * If the expert in `seat` drops out now: who takes the seat, by replaying the call log with that call added.
 * Undefined when the stratum has no standby left who could take the seat.
 */
export function nextStandby(draw: DrawView, seat: PanelSeat): ResultRow | undefined {
  const protocol = draw.protocol;
  if (!protocol) return undefined;
  const probe = { at: '2000-01-01T00:00:00Z', caller: '-', expertId: seat.expertId, outcome: 'declined' as const };
  const after = applyCallLog(protocol, [...(protocol.callLog ?? []), probe]);
  const taker = after.ok ? after.value.replacements.at(-1)?.replacementId : undefined;
  return protocol.result.find((r) => r.id === taker);
}
