import { err, ok, type Result } from '../result';
import { countFor, type DrawConfig } from './config';
import { compareUtf8 } from './hash';
import type { PoolEntry } from './pool-snapshot';

export interface StratumFeasibility {
  stratum: string;
  /** seats + alternates */
  needed: number;
  /** Experts of this stratum that no ticket order can take away (see docs/draw-spec.md §3). */
  guaranteed: number;
  eligible: number;
}

/**
 * Checked before the commitment is printed, so that no ticket order can leave a seat or an alternate slot
 * empty. The rule is sufficient, not necessary: for stratum S, unit u contributes
 *   g(u,S) = min(n(u,S), max(0, unitCap − Σ_{T≠S} min(n(u,T), seats(T))))
 * where n counts eligible experts. Proof sketch (full text in the spec): if S ends with fewer than
 * seats(S)+alternates(S) experts selected or standing by, every eligible S-expert of u was taken, or u was at the
 * cap; in the latter case u holds ≥ unitCap − (what other strata can hold in u) selected S-experts. Summing gives
 * ≥ Σ g(u,S), a contradiction when Σ g(u,S) ≥ seats(S)+alternates(S). Alternates never consume the cap, which is
 * why they appear only on the "needed" side.
 */
export function checkFeasibility(entries: readonly PoolEntry[], config: DrawConfig): Result<StratumFeasibility[]> {
  const excludedIds = new Set(config.excludedIds);
  const excludedUnits = new Set(config.excludedUnitCodes);
  const strata = [...new Set([...Object.keys(config.quotas), ...Object.keys(config.alternates)])]
    .filter((s) => countFor(config.quotas, s) + countFor(config.alternates, s) > 0)
    .sort(compareUtf8);

  // unit → stratum → eligible count
  const byUnit = new Map<string, Map<string, number>>();
  for (const e of entries) {
    if (excludedIds.has(e.id) || excludedUnits.has(e.unitCode)) continue;
    const m = byUnit.get(e.unitCode) ?? new Map<string, number>();
    m.set(e.stratum, (m.get(e.stratum) ?? 0) + 1);
    byUnit.set(e.unitCode, m);
  }

  const report = strata.map((s): StratumFeasibility => {
    let guaranteed = 0;
    let eligible = 0;
    for (const m of byUnit.values()) {
      const n = m.get(s) ?? 0;
      if (n === 0) continue;
      eligible += n;
      let othersMayTake = 0;
      for (const [t, nt] of m) if (t !== s) othersMayTake += Math.min(nt, countFor(config.quotas, t));
      guaranteed += Math.min(n, Math.max(0, config.unitCap - othersMayTake));
    }
    return { stratum: s, needed: countFor(config.quotas, s) + countFor(config.alternates, s), guaranteed, eligible };
  });

  const short = report.filter((r) => r.guaranteed < r.needed);
  if (short.length) {
    const zh = short.map((r) => `${r.stratum} 缺 ${r.needed - r.guaranteed} 人`).join('；');
    const en = short.map((r) => `${r.stratum} lacks ${r.needed - r.guaranteed}`).join('; ');
    return err(
      'draw-infeasible',
      `专家人数不足，无法保证抽满：${zh}`,
      `Not enough eligible experts to guarantee a full draw: ${en}`,
      short.map((r) => ({
        path: `quotas.${r.stratum}`,
        message: {
          zh: `${r.stratum}：需要 ${r.needed} 人（席位+候补），在单位上限 ${config.unitCap} 下只能保证 ${r.guaranteed} 人（可抽 ${r.eligible} 人），缺 ${r.needed - r.guaranteed} 人`,
          en: `${r.stratum}: needs ${r.needed} (seats + alternates), only ${r.guaranteed} guaranteed under unit cap ${config.unitCap} (${r.eligible} eligible), lacking ${r.needed - r.guaranteed}`,
        },
      })),
    );
  }
  return ok(report);
}
