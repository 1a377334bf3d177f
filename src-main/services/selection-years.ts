import type { SelectionYear } from '../../src-shared/api/views';
import type { ServiceContext } from './context';

/** Until staff set it, Art. 4.2's three years are counted to 30 June of the selection year. */
export const defaultReferenceDate = (year: number) => `${year}-06-30`;

export function selectionYear({ store }: ServiceContext, year: number): SelectionYear {
  const row = store.first(store.q.selectFrom('selection_years').selectAll().where('year', '=', year));
  return row
    ? { year, referenceDate: row.reference_date, isDefault: false }
    : { year, referenceDate: defaultReferenceDate(year), isDefault: true };
}
