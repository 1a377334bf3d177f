import type { DemoSummary } from '../../src-shared/api/contract';
import { demoRecommenders, generateDemoYear } from '../../src-shared/demo/generate-demo';
import { expertSchema } from '../../src-shared/domain/expert';
import { nominationSchema } from '../../src-shared/domain/nomination';
import { err, ok, type Result } from '../../src-shared/result';
import { counts } from './app-info';
import type { ServiceContext } from './context';
import { expertToRow } from './expert-rows';
import { nominationToRow } from './nomination-rows';
import { writeSetting } from './settings';
import { recommendingUnitRegister } from './registers/units';
import { auditSubject } from '../../src-shared/audit/subjects';

const DEMO_YEAR = 2026;
const DEMO_MARKER = 'demo_seed';

/**
 * Fills the data folder with the demo year. A folder that holds only demo data is refilled (so running it
 * twice gives the same data); a folder with real data is refused, never overwritten.
 */
export function generateDemo(ctx: ServiceContext, seed: number): Result<DemoSummary> {
  const { store } = ctx;
  return store.transaction(() => {
    const marker = store.first(store.q.selectFrom('meta').select('value').where('key', '=', DEMO_MARKER));
    const existing = counts(ctx);
    if (!marker && existing.experts + existing.nominations > 0) {
      return err(
        'demo-needs-empty-folder',
        `数据目录中已有真实数据（专家 ${existing.experts} 人，推荐对象 ${existing.nominations} 个），演示数据不会覆盖它，请换一个空目录。`,
        `The data folder already holds real data (${existing.experts} experts, ${existing.nominations} nominations); demo data never overwrites it. Use an empty folder.`,
      );
    }
    const demo = generateDemoYear(seed, DEMO_YEAR);
    store.run(store.q.deleteFrom('nominations'));
    store.run(store.q.deleteFrom('experts'));
    for (const e of demo.experts) store.run(store.q.insertInto('experts').values(expertToRow(expertSchema.parse(e))));
    for (const n of demo.nominations) {
      store.run(store.q.insertInto('nominations').values(nominationToRow(nominationSchema.parse(n))));
    }
    registerDemoRecommenders(ctx, demo.nominations);
    store.run(
      store.q
        .insertInto('meta')
        .values({ key: DEMO_MARKER, value: String(seed) })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: String(seed) })),
    );
    writeSetting(store, 'year', DEMO_YEAR);
    const summary = { seed, year: DEMO_YEAR, experts: demo.experts.length, nominations: demo.nominations.length };
    store.audit({ actor: ctx.actor, action: 'demo.generate', subject: auditSubject.year(DEMO_YEAR), details: summary });
    return ok(summary);
  });
}

/** The demo's recommenders join the register as the office would add its own, unless it holds them already. */
function registerDemoRecommenders(ctx: ServiceContext, nominations: Parameters<typeof demoRecommenders>[0]): void {
  const register = recommendingUnitRegister(ctx);
  const fresh = demoRecommenders(nominations).filter((r) => !register.find(r.name));
  ctx.store.insertMany('recommending_units', fresh.map((r) => ({ code: r.code, name: r.name, kind: r.kind, aliases: '[]' })));
}
