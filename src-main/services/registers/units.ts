import type { AuditEntry } from '../../../src-shared/audit/catalog';
import { auditSubject } from '../../../src-shared/audit/subjects';
import { err, ok, type Result } from '../../../src-shared/result';
import type { RecommendingUnitEntry } from '../../../src-shared/registers/default-recommending-units';
import { NameRegister, type RegisterEntry, type RegisterProblem } from '../../../src-shared/registers/name-register';
import type { UnitEntry } from '../../../src-shared/registers/unit-entry';
import { readJson } from '../../store/json-columns';
import type { ServiceContext } from '../context';

export function unitEntries({ store }: ServiceContext): UnitEntry[] {
  return store.all(store.q.selectFrom('units').selectAll().orderBy('code')).map((r) => ({
    code: r.code,
    name: r.name,
    type: r.type,
    aliases: readJson('units.aliases', r.aliases),
  }));
}

export function recommendingUnitEntries({ store }: ServiceContext): RecommendingUnitEntry[] {
  return store.all(store.q.selectFrom('recommending_units').selectAll().orderBy('code')).map((r) => ({
    code: r.code,
    name: r.name,
    kind: r.kind,
    aliases: readJson('recommending_units.aliases', r.aliases),
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

export type SaveMode = 'create' | 'update';

/**
 * One entry added or changed in a register, as the form meant it (`create` never overwrites another entry's code,
 * `update` never creates): refused whole if the register would answer to a name twice, else written with its
 * audit row in one transaction.
 */
function saveEntry<E extends RegisterEntry, R>(
  ctx: ServiceContext,
  entry: E,
  mode: SaveMode,
  current: readonly E[],
  audit: (change: { before: R | null; after: R }) => AuditEntry,
  upsert: () => { before: R | undefined; after: R },
): Result<E> {
  const exists = current.some((u) => u.code === entry.code);
  if (mode === 'create' && exists) {
    return err('register-code-exists', `代码 ${entry.code} 已被使用，请换一个代码`, `The code ${entry.code} is already in use; choose another`);
  }
  if (mode === 'update' && !exists) {
    return err('register-entry-not-found', `名录中没有代码为 ${entry.code} 的条目`, `The register has no entry with the code ${entry.code}`);
  }
  const check = NameRegister.build([...current.filter((u) => u.code !== entry.code), entry]);
  if (!check.ok) return registerError(check.problems);
  return ctx.store.transaction(() => {
    const { before, after } = upsert();
    ctx.store.audit(audit({ before: before ?? null, after }));
    return ok(entry);
  });
}

const aliasesJson = (aliases: readonly string[]) => JSON.stringify(aliases.map((a) => a.trim()));

/** Adds or changes one unit (its name, type or aliases such as 郑大一附院); the register must stay unambiguous. */
export function saveUnit(ctx: ServiceContext, unit: UnitEntry, mode: SaveMode): Result<UnitEntry> {
  const { store } = ctx;
  const audit = (details: { before: object | null; after: object }): AuditEntry => ({
    actor: ctx.actor,
    action: details.before ? 'units.update' : 'units.create',
    subject: auditSubject.unit(unit.code),
    details,
  });
  return saveEntry(ctx, unit, mode, unitEntries(ctx), audit, () => {
    const before = store.first(store.q.selectFrom('units').selectAll().where('code', '=', unit.code));
    const after = { code: unit.code, name: unit.name.trim(), type: unit.type, aliases: aliasesJson(unit.aliases) };
    store.run(store.q.insertInto('units').values(after).onConflict((oc) => oc.column('code').doUpdateSet(after)));
    return { before, after };
  });
}

/** Adds or changes one recommending unit of Art. 5 (a), (b) or (c). */
export function saveRecommendingUnit(ctx: ServiceContext, unit: RecommendingUnitEntry, mode: SaveMode): Result<RecommendingUnitEntry> {
  const { store } = ctx;
  const audit = (details: { before: object | null; after: object }): AuditEntry => ({
    actor: ctx.actor,
    action: details.before ? 'recommending-units.update' : 'recommending-units.create',
    subject: auditSubject.recommendingUnit(unit.code),
    details,
  });
  return saveEntry(ctx, unit, mode, recommendingUnitEntries(ctx), audit, () => {
    const before = store.first(store.q.selectFrom('recommending_units').selectAll().where('code', '=', unit.code));
    const after = { code: unit.code, name: unit.name.trim(), kind: unit.kind, aliases: aliasesJson(unit.aliases) };
    store.run(store.q.insertInto('recommending_units').values(after).onConflict((oc) => oc.column('code').doUpdateSet(after)));
    return { before, after };
  });
}
