import type { ServiceContext } from '../../src-main/services/context';
import type { StudiosTable } from '../../src-main/store/schema-types';

/**
 * Puts a studio into the register as publication would (the app's own code for that lives with publication): for
 * tests of what happens to studios afterwards. `seq` makes the register number `YEAR-JKWWT-NN`.
 */
export function insertTestStudio(ctx: ServiceContext, seq: number, year = 2025, change: Partial<StudiosTable> = {}): string {
  const id = `${year}-JKWWT-${String(seq).padStart(2, '0')}`;
  const row: StudiosTable = {
    id,
    year,
    seq,
    nomination_id: null,
    studio_name: `测试工作室 ${seq}`,
    leader_name: `负责人 ${seq}`,
    work_unit_name: '郑州大学',
    sector: 'education',
    recommending_unit: '郑州市总工会',
    source: 'imported',
    doc_no: `豫教科文卫体工〔${year}〕1号`,
    published_on: `${year}-12-01`,
    status: 'active',
    ...change,
  };
  ctx.store.run(ctx.store.q.insertInto('studios').values(row));
  return row.id;
}
