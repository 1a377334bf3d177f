import type { Expert } from '../../src-shared/domain/expert';
import { titleRank } from '../../src-shared/domain/titles';
import type { ExpertsTable } from '../store/schema-types';

/** Lists are stored as JSON text; the rank is derived from the title dictionary, never typed in. */
export function expertToRow(e: Expert): ExpertsTable {
  return {
    id: e.id,
    name: e.name,
    gender: e.gender,
    unit_name: e.unitName,
    unit_code: e.unitCode,
    unit_type: e.unitType,
    title: e.title,
    title_rank: titleRank(e.title) ?? 'other',
    sectors: JSON.stringify(e.sectors),
    specialty: e.specialty,
    phone: e.phone,
    email: e.email,
    status: e.status,
    avoid_unit_codes: JSON.stringify(e.avoidUnitCodes),
    panel_years: JSON.stringify(e.panelYears),
    non_senior_reason: e.nonSeniorReason,
  };
}
