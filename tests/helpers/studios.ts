import type { Insertable } from 'kysely';
import type { ServiceContext } from '../../src-main/services/context';
import type { Store } from '../../src-main/store/store';
import type { StudiosTable } from '../../src-main/store/schema-types';
import type { StudioStatus } from '../../src-shared/office/vocabulary';

/**
 * Studios of the register written straight into the store, as publication (Art. 7) and dynamic management (Art. 17)
 * would leave them: for tests and benches of what happens to studios afterwards (the app's own code never inserts
 * them outside publication and the register import). The register number is `YEAR-JKWWT-NN`.
 */
export function insertStudio(store: Store, year: number, seq: number, status: StudioStatus = 'active', extra: Partial<Insertable<StudiosTable>> = {}): string {
  const id = `${year}-JKWWT-${String(seq).padStart(2, '0')}`;
  store.run(
    store.q.insertInto('studios').values({
      id,
      year,
      seq,
      nomination_id: null,
      studio_name: `第${seq}劳模创新工作室`,
      leader_name: `领衔人${seq}`,
      work_unit_name: `河南省第${seq}人民医院`,
      sector: 'health',
      recommending_unit: '郑州市卫生健康工会',
      source: 'imported',
      doc_no: `豫教科文卫体工〔${year}〕${seq}号`,
      published_on: `${year}-11-20`,
      status,
      ...extra,
    }),
  );
  return id;
}

/** The same, with the names and unit the management tests read back. */
export function insertTestStudio(ctx: ServiceContext, seq: number, year = 2025, change: Partial<StudiosTable> = {}): string {
  return insertStudio(ctx.store, year, seq, change.status ?? 'active', {
    studio_name: `测试工作室 ${seq}`,
    leader_name: `负责人 ${seq}`,
    work_unit_name: '郑州大学',
    sector: 'education',
    recommending_unit: '郑州市总工会',
    doc_no: `豫教科文卫体工〔${year}〕1号`,
    published_on: `${year}-12-01`,
    ...change,
  });
}
