import type { ExpertView } from '../../src-shared/api/views';
import type { Expert } from '../../src-shared/domain/expert';
import type { TitleResolver } from '../../src-shared/titles/resolve-title';
import { readJson } from '../store/json-columns';
import type { ExpertsTable } from '../store/schema-types';

/** Lists are stored as JSON text; the rank is not stored: it comes from the title dictionary when read. */
export function expertToRow(e: Expert): ExpertsTable {
  return {
    id: e.id,
    name: e.name,
    gender: e.gender,
    unit_name: e.unitName,
    unit_code: e.unitCode,
    unit_type: e.unitType,
    unit_type_inferred: e.unitTypeInferred ? 1 : 0,
    title: e.title,
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

export function expertView(r: ExpertsTable, titles: TitleResolver): ExpertView {
  return { ...rowToExpert(r), titleRank: titles.resolve(r.title).rank };
}

export function rowToExpert(r: ExpertsTable): Expert {
  return {
    id: r.id,
    name: r.name,
    gender: r.gender,
    unitName: r.unit_name,
    unitCode: r.unit_code,
    unitType: r.unit_type,
    unitTypeInferred: r.unit_type_inferred === 1,
    title: r.title,
    sectors: readJson('experts.sectors', r.sectors),
    specialty: r.specialty,
    phone: r.phone,
    email: r.email,
    status: r.status,
    avoidUnitCodes: readJson('experts.avoid_unit_codes', r.avoid_unit_codes),
    panelYears: readJson('experts.panel_years', r.panel_years),
    nonSeniorReason: r.non_senior_reason,
  };
}
