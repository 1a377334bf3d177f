import { contract, type Language, type Settings } from '../../src-shared/api/contract';
import { auditSubject } from '../../src-shared/audit/subjects';
import { ok, type Result } from '../../src-shared/result';
import { DEFAULT_TIME_ZONE } from '../../src-shared/time/local-time';
import { CorruptColumnError, readJson } from '../store/json-columns';
import type { Store } from '../store/store';
import type { ServiceContext } from './context';

/** Until changed, the year is the current one (by the context's clock). */
const defaults = (now: Date): Settings => ({ language: 'zh-CN', year: now.getFullYear(), timeZone: DEFAULT_TIME_ZONE });

export function readSettings({ store, now }: ServiceContext): Settings {
  const rows = store.all(store.q.selectFrom('settings').select(['key', 'value']));
  // Written only through the update's own schema, so read back through it: a key or value it refuses is corrupt.
  const stored = contract['settings.update'].input.safeParse(Object.fromEntries(rows.map((r) => [r.key, readJson('settings.value', r.value)])));
  if (!stored.success) {
    const issue = stored.error.issues[0];
    throw new CorruptColumnError('settings.value', `${issue.path.join('.') || '(keys)'}: ${issue.message}`);
  }
  return { ...defaults(now()), ...stored.data };
}

export function updateSettings(
  ctx: ServiceContext,
  change: { language?: Language; year?: number; timeZone?: string },
): Result<Settings> {
  const { store } = ctx;
  return store.transaction(() => {
    const before = readSettings(ctx);
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined || before[key as keyof Settings] === value) continue;
      writeSetting(store, key, value);
      store.audit({
        actor: ctx.actor,
        action: 'settings.update',
        subject: auditSubject.setting(key),
        details: { from: before[key as keyof Settings], to: value },
      });
    }
    return ok(readSettings(ctx));
  });
}

export function writeSetting(store: Store, key: string, value: unknown): void {
  const json = JSON.stringify(value);
  store.run(
    store.q
      .insertInto('settings')
      .values({ key, value: json })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value: json })),
  );
}
