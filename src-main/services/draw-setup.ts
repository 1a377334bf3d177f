import type { DrawExclusion, DrawPlan, ExpertView, NominationView, StratumBy } from '../../src-shared/api/views';
import { buildPoolSnapshot, type PoolEntry, type PoolSnapshot } from '../../src-shared/draw/pool-snapshot';
import type { Result } from '../../src-shared/result';
import { SECTOR_LABELS, UNIT_TYPE_LABELS } from '../../src-shared/domain/vocabulary';
import type { ServiceContext } from './context';
import { listNominations } from './nominations';
import { listExperts } from './pool';
import { poolComposition } from '../../src-shared/pool/composition';

/** Stratum names are the Chinese labels: they are printed, read aloud and recomputed by outsiders. */
export function stratumOf(e: ExpertView, by: StratumBy): string {
  const sector = SECTOR_LABELS[e.sectors[0]].zh;
  const unitType = UNIT_TYPE_LABELS[e.unitType].zh;
  return by === 'sector' ? sector : by === 'unit-type' ? unitType : `${sector}·${unitType}`;
}

/**
 * The nominations a draw must avoid: those of the year still in the running (a not-qualified one is out of
 * the session, so its units no longer conflict).
 */
function sessionNominations(ctx: ServiceContext, year: number): NominationView[] {
  const out = new Set(
    ctx.store
      .all(ctx.store.q.selectFrom('screenings').select('nomination_id').where('outcome', '=', 'not-qualified'))
      .map((r) => r.nomination_id),
  );
  return listNominations(ctx, year).filter((n) => !out.has(n.id));
}

/**
 * Conflicts of interest from the data, before the commitment: the work and recommending units of every
 * nomination in the session; experts who declared one of those units to avoid; experts who lead or belong
 * to a nominated studio (same name as its leader or a team member); optionally last year's panel.
 */
export function drawExclusions(ctx: ServiceContext, year: number, excludeLastYearPanel: boolean): { experts: ExpertView[]; exclusions: DrawExclusion[]; nominations: number } {
  const nominations = sessionNominations(ctx, year);
  const experts = availableExperts(ctx);
  const units = new Map<string, DrawExclusion>();
  const addUnit = (code: string, label: string, reason: string) => {
    if (!units.has(code)) units.set(code, { kind: 'unit', code, label, reason });
  };
  for (const n of nominations) {
    addUnit(n.workUnitCode, n.workUnitName, `推荐对象 ${n.id}（${n.studioName}）的工作单位 / work unit of nomination ${n.id}`);
    addUnit(n.recommendingUnitCode, n.recommendingUnit, `推荐对象 ${n.id} 的推荐单位 / recommending unit of nomination ${n.id}`);
  }
  const people = new Map<string, string>();
  for (const n of nominations) {
    people.set(n.leaderName, `推荐对象 ${n.id} 的领衔人同名 / same name as the leader of ${n.id}`);
    for (const m of n.teamMembers) if (!people.has(m)) people.set(m, `推荐对象 ${n.id} 的团队成员同名 / same name as a member of ${n.id}`);
  }
  const ids: DrawExclusion[] = [];
  for (const e of experts) {
    if (units.has(e.unitCode)) continue; // already out with the unit
    const avoided = e.avoidUnitCodes.find((c) => units.has(c));
    const reason = avoided
      ? `申报回避单位 ${avoided}（${units.get(avoided)!.label}）/ declared to avoid ${avoided}`
      : people.get(e.name) ??
        (excludeLastYearPanel && e.panelYears.includes(year - 1) ? `参加了 ${year - 1} 年评审 / served on the ${year - 1} panel` : undefined);
    if (reason) ids.push({ kind: 'expert', code: e.id, label: `${e.name}（${e.unitName}）`, reason });
  }
  return { experts, exclusions: [...units.values(), ...ids], nominations: nominations.length };
}

/** The pool a draw takes its snapshot of: every expert available now (exclusions are the configuration's business). */
export function availableExperts(ctx: ServiceContext): ExpertView[] {
  return listExperts(ctx).filter((e) => e.status === 'available');
}

export function poolEntries(experts: ExpertView[], by: StratumBy): PoolEntry[] {
  return experts.map((e) => ({ id: e.id, unitCode: e.unitCode, stratum: stratumOf(e, by) }));
}

/** The snapshot a draw committed now would take, with the hash its protocol commits to (HN-DRAW-1). */
export function poolSnapshotNow(ctx: ServiceContext, by: StratumBy): Result<PoolSnapshot> {
  return buildPoolSnapshot(poolEntries(availableExperts(ctx), by));
}

export function drawPlan(ctx: ServiceContext, year: number, stratumBy: StratumBy, excludeLastYearPanel: boolean): DrawPlan {
  const { experts, exclusions, nominations } = drawExclusions(ctx, year, excludeLastYearPanel);
  const excludedUnits = new Set(exclusions.filter((x) => x.kind === 'unit').map((x) => x.code));
  const excludedIds = new Set(exclusions.filter((x) => x.kind === 'expert').map((x) => x.code));
  const strata = new Map<string, { stratum: string; experts: number; eligible: number; units: Set<string> }>();
  for (const e of experts) {
    const s = stratumOf(e, stratumBy);
    const entry = strata.get(s) ?? { stratum: s, experts: 0, eligible: 0, units: new Set<string>() };
    entry.experts += 1;
    if (!excludedUnits.has(e.unitCode) && !excludedIds.has(e.id)) {
      entry.eligible += 1;
      entry.units.add(e.unitCode);
    }
    strata.set(s, entry);
  }
  const taken = new Set(ctx.store.all(ctx.store.q.selectFrom('draws').select('draw_id').where('year', '=', year)).map((r) => r.draw_id));
  let n = 1;
  while (taken.has(`${year}-DRAW-${String(n).padStart(2, '0')}`)) n += 1;
  return {
    year,
    stratumBy,
    poolSize: experts.length,
    strata: [...strata.values()]
      .map(({ units, ...s }) => ({ ...s, eligibleUnits: units.size }))
      .sort((a, b) => a.stratum.localeCompare(b.stratum, 'zh')),
    exclusions,
    nominations,
    suggestedDrawId: `${year}-DRAW-${String(n).padStart(2, '0')}`,
    composition: poolComposition(experts),
  };
}
