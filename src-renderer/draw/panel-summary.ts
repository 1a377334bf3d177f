import type { DrawView } from '../../src-shared/api/views';
import type { PanelSeat } from '../../src-shared/draw/replacement';
import type { ResultRow } from '../../src-shared/draw/walk';

/**
 * What the screen needs to say before and after the calls. The draw's own rule lives in
 * src-shared/draw/replacement.ts (applyCallLog), which the renderer cannot import (it hashes, Node only); these
 * helpers read its outcome (the panel state the server sends) and repeat its one choice, the next standby, so the
 * confirmation can name who will take a seat. The server decides; if it ever disagreed, what it stored is shown.
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
 * If the expert in `seat` drops out now: the first standby of the stratum, in standby order, not yet used and whose
 * unit is under the cap counting the experts seated once this one has left (the rule of applyCallLog).
 * Undefined when the stratum has no standby left who could take the seat.
 */
export function nextStandby(draw: DrawView, seat: PanelSeat): ResultRow | undefined {
  const used = usedStandbys(draw);
  const others = (draw.panel?.panel ?? []).filter((s) => s.expertId !== seat.expertId);
  const seatedInUnit = (unit: string) => others.filter((s) => s.unitCode === unit).length;
  return (draw.protocol?.result ?? [])
    .filter((r) => r.status === 'alternate' && r.stratum === seat.stratum)
    .sort((a, b) => (a.order ?? 0) - (b.order ?? 0))
    .find((a) => !used.has(a.id) && seatedInUnit(a.unitCode) < draw.config.unitCap);
}
