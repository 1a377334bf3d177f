/**
 * A first proposal for a draw's seats and standbys from the panel size, for the operator to adjust: seats split
 * over the strata in proportion to the experts each can supply (largest remainder), so the panel looks like the
 * pool, whose main body Art. 6 sets. No stratum is asked for more than it can seat: its eligible experts, and with
 * at most `unitCap` selected from one unit (the usual 单位上限), its eligible units times the cap. Standbys: one per
 * seat where the stratum has experts left for it. The draw's feasibility check at commit stays the judge.
 */
export interface StratumSupply {
  stratum: string;
  /** Experts of the stratum left after the exclusions (回避). */
  eligible: number;
  /** Distinct units of those experts. */
  eligibleUnits: number;
}

export interface QuotaProposal {
  quotas: Record<string, number>;
  alternates: Record<string, number>;
  /** Seats proposed: less than the panel size only when the strata cannot seat that many. */
  seats: number;
}

export function proposeQuotas(strata: readonly StratumSupply[], panelSize: number, unitCap: number): QuotaProposal {
  const capacity = new Map(strata.map((s) => [s.stratum, Math.max(0, Math.min(s.eligible, s.eligibleUnits * unitCap))]));
  const quotas: Record<string, number> = Object.fromEntries(strata.map((s) => [s.stratum, 0]));
  let left = Math.max(0, Math.min(Math.floor(panelSize), [...capacity.values()].reduce((a, b) => a + b, 0)));
  // Shares are taken again over the strata that still have room until every seat is placed: a stratum at its
  // capacity gives its share back to the others in proportion.
  while (left > 0) {
    const open = strata.filter((s) => quotas[s.stratum] < capacity.get(s.stratum)!);
    const weight = open.reduce((sum, s) => sum + s.eligible, 0);
    const exact = open.map((s) => ({ s: s.stratum, share: (left * s.eligible) / weight }));
    const room = (s: string) => capacity.get(s)! - quotas[s];
    let placed = 0;
    for (const e of exact) {
      const n = Math.min(Math.floor(e.share), room(e.s));
      quotas[e.s] += n;
      placed += n;
    }
    // Remainders, largest first; ties by the larger stratum, then by name so the proposal is always the same.
    const byRemainder = [...exact].sort(
      (a, b) => (b.share % 1) - (a.share % 1) || b.share - a.share || (a.s < b.s ? -1 : a.s > b.s ? 1 : 0),
    );
    for (const e of byRemainder) {
      if (placed >= left) break;
      if (room(e.s) > 0) {
        quotas[e.s] += 1;
        placed += 1;
      }
    }
    left -= placed;
  }
  const alternates = Object.fromEntries(
    strata.map((s) => [s.stratum, Math.min(quotas[s.stratum], capacity.get(s.stratum)! - quotas[s.stratum])]),
  );
  return { quotas, alternates, seats: Object.values(quotas).reduce((a, b) => a + b, 0) };
}
