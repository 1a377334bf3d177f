import { err, ok, type Result } from '../result';
import { countFor, type DrawConfig } from './config';
import { compareUtf8 } from './hash';
import type { PoolEntry } from './pool-snapshot';

export interface StratumFeasibility {
  stratum: string;
  /** seats + alternates */
  needed: number;
  /**
   * Places (seats + standby places) of this stratum that every ticket order fills, at most `needed`. When the
   * configuration is refused this is the number the least favourable ticket order fills (docs/draw-spec.md §3).
   */
  guaranteed: number;
  eligible: number;
}

/**
 * How the figure was obtained: `count` (the quick count of §3.3 proves every order fills), `search` (the exact
 * search of §3.4: `guaranteed` is exactly the worst case), `bound` (the search would exceed {@link SEARCH_LIMIT}
 * steps; `guaranteed` is then only the quick count, a lower bound, and a short stratum is refused as unproven).
 */
export type FeasibilityMethod = 'count' | 'search' | 'bound';

export interface StratumAnalysis extends StratumFeasibility {
  method: FeasibilityMethod;
}

/** Work limit of the exact search (state × option checks per stratum); deterministic, never a clock. */
export const SEARCH_LIMIT = 20_000_000;

/** One unit that holds eligible experts of the stratum under study. */
interface SUnit {
  unitCode: string;
  /** Eligible experts of the stratum under study. */
  n: number;
  /** Per other stratum with seats: how many of its experts could be seated in this unit, min(n(u,T), c, q(T)). */
  p: number[];
}

/** A closed unit of a closing plan: x[i] experts of others[i] and k experts of the stratum itself seated in it. */
export interface ClosedUnit {
  unitCode: string;
  x: number[];
  k: number;
}

interface Eligible {
  /** Strata with seats or standby places, byte order. */
  strata: string[];
  /** unit → stratum → eligible count (only strata with seats or standby places). */
  byUnit: Map<string, Map<string, number>>;
}

function eligibleCounts(entries: readonly PoolEntry[], config: DrawConfig): Eligible {
  const excludedIds = new Set(config.excludedIds);
  const excludedUnits = new Set(config.excludedUnitCodes);
  const strata = [...new Set([...Object.keys(config.quotas), ...Object.keys(config.alternates)])]
    .filter((s) => countFor(config.quotas, s) + countFor(config.alternates, s) > 0)
    .sort(compareUtf8);
  const active = new Set(strata);
  const byUnit = new Map<string, Map<string, number>>();
  for (const e of entries) {
    if (!active.has(e.stratum) || excludedIds.has(e.id) || excludedUnits.has(e.unitCode)) continue;
    let m = byUnit.get(e.unitCode);
    if (!m) byUnit.set(e.unitCode, (m = new Map()));
    m.set(e.stratum, (m.get(e.stratum) ?? 0) + 1);
  }
  return { strata, byUnit };
}

/** Sum of the `count` largest values (all of them if there are fewer). */
function topSum(values: number[], count: number): number {
  if (count <= 0) return 0;
  const v = count >= values.length ? values : [...values].sort((a, b) => b - a).slice(0, count);
  let sum = 0;
  for (const x of v) sum += x;
  return sum;
}

/** A way to close one candidate unit: seats used per dimension, the state-index step, what it saves. */
interface Option {
  d: Int32Array;
  delta: number;
  save: number;
  /** Dimensions with d > 0, and for each the largest coordinate that still leaves room. */
  nz: Int32Array;
  lim: Int32Array;
}

interface StratumResult {
  analysis: StratumAnalysis;
  /** The closed units of a least favourable closing plan (only from the search, and only when asked). */
  plan?: ClosedUnit[];
  others: string[];
}

/** §3 for one stratum `s`. */
function analyzeStratum(s: string, elig: Eligible, config: DrawConfig, wantPlan: boolean): StratumResult {
  const c = config.unitCap;
  const q = (t: string) => countFor(config.quotas, t);
  const qS = q(s);
  const needed = qS + countFor(config.alternates, s);
  const others = elig.strata.filter((t) => t !== s && q(t) > 0);

  const units: SUnit[] = [];
  let eligible = 0;
  // What each other stratum can seat in S's units at all: Σ_u min(n(u,T), c).
  const reach = others.map(() => 0);
  for (const [unitCode, m] of elig.byUnit) {
    const n = m.get(s) ?? 0;
    if (n === 0) continue;
    eligible += n;
    const p = others.map((t, i) => {
      const nt = m.get(t) ?? 0;
      reach[i] += Math.min(nt, c);
      return Math.min(nt, c, q(t));
    });
    units.push({ unitCode, n, p });
  }
  const result = (guaranteed: number, method: FeasibilityMethod, plan?: ClosedUnit[]): StratumResult => ({
    analysis: { stratum: s, needed, guaranteed: Math.max(0, Math.min(needed, guaranteed)), eligible, method },
    ...(plan ? { plan } : {}),
    others,
  });

  // §3.3 the quick count.
  let seatsElsewhere = 0; // O
  for (let i = 0; i < others.length; i++) seatsElsewhere += Math.min(q(others[i]), reach[i]);
  const closable = Math.floor((seatsElsewhere + qS) / c); // β
  const most = units.map((u) => Math.max(0, u.n - Math.max(0, c - u.p.reduce((a, b) => a + b, 0)))); // w(u)⁺
  const excess = units.map((u) => Math.max(0, u.n - c)); // e(u)
  const quick = eligible - Math.min(topSum(most, closable), topSum(excess, closable) + seatsElsewhere);
  if (quick >= needed) return result(needed, 'count');

  // §3.4 the exact search. Candidates: units a closure can save something in, the `closable` fullest per profile.
  const byProfile = new Map<string, SUnit[]>();
  units.forEach((u, i) => {
    if (most[i] <= 0) return;
    const key = u.p.join(',');
    const list = byProfile.get(key);
    if (list) list.push(u);
    else byProfile.set(key, [u]);
  });
  const candidates: SUnit[] = [];
  for (const list of byProfile.values()) {
    // A unit of this profile can only be filled by the strata it has experts of, and by S itself.
    let seats = qS;
    list[0].p.forEach((pi, i) => {
      if (pi > 0) seats += Math.min(q(others[i]), reach[i]);
    });
    list.sort((a, b) => b.n - a.n || compareUtf8(a.unitCode, b.unitCode));
    candidates.push(...list.slice(0, Math.min(closable, Math.floor(seats / c))));
  }
  const dims = others.length + 1; // others' seats used, then S's own seats used
  const budget = others.map((t, i) => Math.min(q(t), candidates.reduce((a, u) => a + u.p[i], 0)));
  budget.push(Math.min(qS, candidates.reduce((a, u) => a + Math.min(u.n, c), 0)));
  const stride: number[] = [];
  let states = 1;
  for (let d = 0; d < dims; d++) {
    stride.push(states);
    states *= budget[d] + 1;
    if (states > SEARCH_LIMIT) return result(quick, 'bound');
  }

  // Options of a candidate: seat x[i] ≤ p[i] experts of others[i] and k of S, x-sum + k = c, k < n (it must save).
  let work = 0;
  const optionsOf = (u: SUnit): Option[] | null => {
    const out: Option[] = [];
    const kMax = Math.min(u.n - 1, budget[dims - 1]);
    const x = new Array<number>(others.length).fill(0);
    // room[i]: the most strata i.. can still seat in u; a branch that cannot reach c − kMax is cut.
    const room = new Array<number>(others.length + 1).fill(0);
    for (let i = others.length - 1; i >= 0; i--) room[i] = room[i + 1] + Math.min(u.p[i], budget[i]);
    const walk = (i: number, used: number): boolean => {
      if (++work > SEARCH_LIMIT) return false;
      if (used + room[i] < c - kMax) return true;
      if (i === others.length) {
        const k = c - used;
        if (k < 0 || k > kMax) return true;
        const d = Int32Array.from([...x, k]);
        let delta = 0;
        for (let j = 0; j < dims; j++) delta += d[j] * stride[j];
        const nz = [...d.keys()].filter((j) => d[j] > 0);
        out.push({ d, delta, save: u.n - k, nz: Int32Array.from(nz), lim: Int32Array.from(nz.map((j) => budget[j] - d[j])) });
        work += states;
        return work <= SEARCH_LIMIT;
      }
      const top = Math.min(u.p[i], budget[i], c - used);
      for (let v = 0; v <= top; v++) {
        x[i] = v;
        if (!walk(i + 1, used + v)) return false;
      }
      x[i] = 0;
      return true;
    };
    return walk(0, 0) ? out : null;
  };
  const options: Option[][] = [];
  for (const u of candidates) {
    const o = optionsOf(u);
    if (!o) return result(quick, 'bound');
    options.push(o);
  }

  // Knapsack over the candidates: best[state] = the largest saving of a plan using exactly those seats.
  const best = new Int32Array(states).fill(-1);
  best[0] = 0;
  const choices: Int32Array[] = [];
  const coord = new Int32Array(dims);
  for (let ci = 0; ci < candidates.length; ci++) {
    const opts = options[ci];
    if (opts.length === 0) continue;
    const choice = wantPlan ? new Int32Array(states).fill(-1) : null;
    if (choice) choices[ci] = choice;
    for (let d = 0; d < dims; d++) coord[d] = budget[d];
    // Descending, pushing to larger states: each candidate is used at most once.
    for (let st = states - 1; st >= 0; st--) {
      const v = best[st];
      if (v >= 0) {
        for (let oi = 0; oi < opts.length; oi++) {
          const o = opts[oi];
          let fits = true;
          for (let j = 0; j < o.nz.length; j++) {
            if (coord[o.nz[j]] > o.lim[j]) {
              fits = false;
              break;
            }
          }
          if (!fits) continue;
          const to = st + o.delta;
          if (v + o.save > best[to]) {
            best[to] = v + o.save;
            if (choice) choice[to] = oi;
          }
        }
      }
      for (let d = 0; d < dims; d++) {
        if (coord[d] > 0) {
          coord[d]--;
          break;
        }
        coord[d] = budget[d];
      }
    }
  }
  let top = 0;
  let at = 0;
  for (let st = 0; st < states; st++) {
    if (best[st] > top) {
      top = best[st];
      at = st;
    }
  }
  let plan: ClosedUnit[] | undefined;
  if (wantPlan) {
    plan = [];
    for (let ci = candidates.length - 1; ci >= 0; ci--) {
      const oi = choices[ci]?.[at] ?? -1;
      if (oi < 0) continue;
      const o = options[ci][oi];
      plan.push({ unitCode: candidates[ci].unitCode, x: [...o.d.slice(0, dims - 1)], k: o.d[dims - 1] });
      at -= o.delta;
    }
  }
  return result(eligible - top, 'search', plan);
}

/** Every stratum with seats or standby places, in byte order, with how its figure was obtained. */
export function analyzeFeasibility(entries: readonly PoolEntry[], config: DrawConfig): StratumAnalysis[] {
  const elig = eligibleCounts(entries, config);
  return elig.strata.map((s) => analyzeStratum(s, elig, config, false).analysis);
}

/**
 * A ticket order (ids, first looked at first) that fills only `guaranteed` places of `stratum`: the constructive
 * half of the proof in docs/draw-spec.md §3.2. Null when every order fills the stratum, or when the search was too
 * large to run. For tests and explanations; the draw itself never uses it.
 */
export function leastFavourableOrder(entries: readonly PoolEntry[], config: DrawConfig, stratum: string): string[] | null {
  const elig = eligibleCounts(entries, config);
  if (!elig.strata.includes(stratum)) return null;
  const r = analyzeStratum(stratum, elig, config, true);
  if (r.analysis.method !== 'search' || r.analysis.guaranteed >= r.analysis.needed || !r.plan) return null;
  const excludedIds = new Set(config.excludedIds);
  const excludedUnits = new Set(config.excludedUnitCodes);
  const sorted = [...entries].sort((a, b) => compareUtf8(a.id, b.id));
  const eligibleIn = (unit: string, s: string) =>
    sorted.filter((e) => e.unitCode === unit && e.stratum === s && !excludedIds.has(e.id) && !excludedUnits.has(e.unitCode));
  const first: string[] = [];
  for (const closed of r.plan) {
    r.others.forEach((t, i) => first.push(...eligibleIn(closed.unitCode, t).slice(0, closed.x[i]).map((e) => e.id)));
    first.push(...eligibleIn(closed.unitCode, stratum).slice(0, closed.k).map((e) => e.id));
  }
  const placed = new Set(first);
  const rest = sorted.filter((e) => !placed.has(e.id));
  return [...first, ...rest.filter((e) => e.stratum === stratum).map((e) => e.id), ...rest.filter((e) => e.stratum !== stratum).map((e) => e.id)];
}

/**
 * Checked before the commitment is printed: refuses a configuration exactly when some ticket order would leave a
 * seat or a standby place empty (docs/draw-spec.md §3). For each stratum S it finds the least favourable way other
 * strata's seats and S's own seats can fill units up to the cap before S's experts come up (a closing plan);
 * a quick count settles most configurations, an exact search the rest.
 */
export function checkFeasibility(entries: readonly PoolEntry[], config: DrawConfig): Result<StratumFeasibility[]> {
  const analysis = analyzeFeasibility(entries, config);
  const report = analysis.map(({ stratum, needed, guaranteed, eligible }): StratumFeasibility => ({ stratum, needed, guaranteed, eligible }));
  const short = analysis.filter((r) => r.guaranteed < r.needed);
  if (short.length) {
    const zh = short.map((r) => `${r.stratum} 缺 ${r.needed - r.guaranteed} 人`).join('；');
    const en = short.map((r) => `${r.stratum} lacks ${r.needed - r.guaranteed}`).join('; ');
    return err(
      'draw-infeasible',
      `专家人数不足，无法保证抽满：${zh}`,
      `Not enough eligible experts to guarantee a full draw: ${en}`,
      short.map((r) => {
        const lacking = r.needed - r.guaranteed;
        const cap = config.unitCap;
        return {
          path: `quotas.${r.stratum}`,
          message:
            r.method === 'bound'
              ? {
                  zh: `${r.stratum}：需要 ${r.needed} 人（席位+候补），在单位上限 ${cap} 下只能证明抽满 ${r.guaranteed} 人（可抽 ${r.eligible} 人；配置过大，无法逐一核查），缺 ${lacking} 人`,
                  en: `${r.stratum}: needs ${r.needed} (seats + alternates), only ${r.guaranteed} provably filled under unit cap ${cap} (${r.eligible} eligible; too large to search exactly), lacking ${lacking}`,
                }
              : {
                  zh: `${r.stratum}：需要 ${r.needed} 人（席位+候补），在单位上限 ${cap} 下，最不利的签号顺序只能抽满 ${r.guaranteed} 人（可抽 ${r.eligible} 人），缺 ${lacking} 人`,
                  en: `${r.stratum}: needs ${r.needed} (seats + alternates), but under unit cap ${cap} the least favourable ticket order fills only ${r.guaranteed} (${r.eligible} eligible), lacking ${lacking}`,
                },
        };
      }),
    );
  }
  return ok(report);
}
