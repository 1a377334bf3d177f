import type { RecommendingUnitKind, UnitType } from '../../../src-shared/domain/vocabulary';
import { err, ok, type Result } from '../../../src-shared/result';
import type { RecommendingUnitEntry } from '../../../src-shared/registers/default-recommending-units';
import { NameRegister, type RegisterEntry, type RegisterProblem } from '../../../src-shared/registers/name-register';
import type { UnitEntry } from '../../../src-shared/registers/unit-entry';
import type { ServiceContext } from '../context';

export function unitEntries({ store }: ServiceContext): UnitEntry[] {
  return store.all(store.q.selectFrom('units').selectAll().orderBy('code')).map((r) => ({
    code: r.code,
    name: r.name,
    type: r.type as UnitType,
    aliases: JSON.parse(r.aliases) as string[],
  }));
}

export function recommendingUnitEntries({ store }: ServiceContext): RecommendingUnitEntry[] {
  return store.all(store.q.selectFrom('recommending_units').selectAll().orderBy('code')).map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind as Exclude<RecommendingUnitKind, 'other'>,
    aliases: JSON.parse(r.aliases) as string[],
  }));
}

function built<E extends RegisterEntry>(entries: E[], what: string): NameRegister<E> {
  const r = NameRegister.build(entries);
  if (!r.ok) throw new Error(`stored ${what} register is ambiguous: ${r.problems[0].reason.en}`);
  return r.value;
}

export const unitRegister = (ctx: ServiceContext) => built(unitEntries(ctx), 'unit');
export const recommendingUnitRegister = (ctx: ServiceContext) => built(recommendingUnitEntries(ctx), 'recommending unit');

function registerError(problems: RegisterProblem[]) {
  return err(
    'register-invalid',
    `名录有 ${problems.length} 处问题，未作任何更改。`,
    `The register has ${problems.length} problems; nothing was changed.`,
    problems.map((p) => ({ path: `第${p.row}行 ${p.column}`, message: { zh: `${p.reason.zh}：${p.value}`, en: `${p.reason.en}: ${p.value}` } })),
  );
}

/** Adds or changes one unit (its name, type or aliases such as 郑大一附院); the register must stay unambiguous. */
export function saveUnit(ctx: ServiceContext, unit: UnitEntry): Result<UnitEntry> {
  const { store } = ctx;
  const others = unitEntries(ctx).filter((u) => u.code !== unit.code);
  const check = NameRegister.build([...others, unit]);
  if (!check.ok) return registerError(check.problems);
  return store.transaction(() => {
    const before = store.first(store.q.selectFrom('units').selectAll().where('code', '=', unit.code));
    const row = { code: unit.code, name: unit.name.trim(), type: unit.type, aliases: JSON.stringify(unit.aliases.map((a) => a.trim())) };
    store.run(store.q.insertInto('units').values(row).onConflict((oc) => oc.column('code').doUpdateSet(row)));
    store.audit({ actor: ctx.actor, action: before ? 'units.update' : 'units.create', subject: `unit:${unit.code}`, details: { before: before ?? null, after: row } });
    return ok(unit);
  });
}

/** Adds or changes one recommending unit of Art. 5 (a), (b) or (c). */
export function saveRecommendingUnit(ctx: ServiceContext, unit: RecommendingUnitEntry): Result<RecommendingUnitEntry> {
  const { store } = ctx;
  const others = recommendingUnitEntries(ctx).filter((u) => u.code !== unit.code);
  const check = NameRegister.build([...others, unit]);
  if (!check.ok) return registerError(check.problems);
  return store.transaction(() => {
    const before = store.first(store.q.selectFrom('recommending_units').selectAll().where('code', '=', unit.code));
    const row = { code: unit.code, name: unit.name.trim(), kind: unit.kind, aliases: JSON.stringify(unit.aliases.map((a) => a.trim())) };
    store.run(store.q.insertInto('recommending_units').values(row).onConflict((oc) => oc.column('code').doUpdateSet(row)));
    store.audit({
      actor: ctx.actor,
      action: before ? 'recommending-units.update' : 'recommending-units.create',
      subject: `recommending-unit:${unit.code}`,
      details: { before: before ?? null, after: row },
    });
    return ok(unit);
  });
}
