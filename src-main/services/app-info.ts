import type { AppInfo, Counts } from '../../src-shared/api/contract';
import { canonicalJson } from '../../src-shared/canonical-json';
import { sha256Hex } from '../../src-shared/sha256';
import type { ServiceContext } from './context';
import { readSettings } from './settings';

export function counts({ store }: ServiceContext): Counts {
  const one = (table: 'experts' | 'nominations') =>
    Number(store.first(store.q.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')))?.n ?? 0);
  return { experts: one('experts'), nominations: one('nominations') };
}

/** Equal pool and nominations give an equal digest, whatever the database file's layout. */
export function dataDigest({ store }: ServiceContext): string {
  const experts = store.all(store.q.selectFrom('experts').selectAll().orderBy('id'));
  const nominations = store.all(store.q.selectFrom('nominations').selectAll().orderBy('id'));
  return sha256Hex(canonicalJson({ experts, nominations }));
}

export function appInfo(ctx: ServiceContext): AppInfo {
  const { store } = ctx;
  return {
    appVersion: ctx.appVersion,
    dataDir: store.dataDir,
    databasePath: store.databasePath,
    schemaVersion: store.schemaVersion,
    deviceId: store.deviceId,
    year: readSettings(ctx).year,
    counts: counts(ctx),
    dataDigest: dataDigest(ctx),
  };
}
