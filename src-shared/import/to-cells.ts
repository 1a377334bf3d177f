import type { Expert } from '../domain/expert';
import type { Nomination } from '../domain/nomination';
import type { CellValue } from './cell';
import { EXPERT_TABLE, NOMINATION_TABLE, type ExpertField, type NominationField } from './columns';
import { formatHonours } from './honour-text';
import {
  GENDER_LABELS,
  RECOMMENDING_UNIT_KIND_VALUES,
  SECTOR_VALUES,
  STATUS_VALUES,
  UNIT_TYPE_VALUES,
  WORK_UNIT_CATEGORY_VALUES,
} from './labels';

/**
 * Records → cells in column order, in the words staff read (Chinese labels, lists joined by 、, dates as
 * dates), such that importing the cells gives the records back.
 */
const join = (items: readonly (string | number)[]) => items.join('、');

const EXPERT_CELLS: Record<ExpertField, (e: Expert) => CellValue> = {
  id: (e) => e.id,
  name: (e) => e.name,
  gender: (e) => GENDER_LABELS.label(e.gender),
  unitName: (e) => e.unitName,
  unitCode: (e) => e.unitCode,
  unitType: (e) => UNIT_TYPE_VALUES.label(e.unitType),
  title: (e) => e.title,
  sectors: (e) => join(e.sectors.map(SECTOR_VALUES.label)),
  specialty: (e) => e.specialty,
  phone: (e) => e.phone,
  email: (e) => e.email,
  status: (e) => STATUS_VALUES.label(e.status),
  avoidUnitCodes: (e) => join(e.avoidUnitCodes),
  panelYears: (e) => join(e.panelYears),
  nonSeniorReason: (e) => e.nonSeniorReason,
};

/** Dates are written as real date cells at UTC midnight, which is how exceljs reads them back. */
const dateCell = (iso: string) => new Date(`${iso}T00:00:00Z`);

const NOMINATION_CELLS: Record<NominationField, (n: Nomination) => CellValue> = {
  id: (n) => n.id,
  year: (n) => n.year,
  studioName: (n) => n.studioName,
  leaderName: (n) => n.leaderName,
  leaderGender: (n) => GENDER_LABELS.label(n.leaderGender),
  leaderBirthYear: (n) => n.leaderBirthYear,
  leaderTitle: (n) => n.leaderTitle,
  honours: (n) => formatHonours(n.honours),
  workUnitName: (n) => n.workUnitName,
  workUnitCode: (n) => n.workUnitCode,
  workUnitCategory: (n) => (n.workUnitCategory ? WORK_UNIT_CATEGORY_VALUES.label(n.workUnitCategory) : ''),
  sector: (n) => SECTOR_VALUES.label(n.sector),
  recommendingUnit: (n) => n.recommendingUnit,
  recommendingUnitCode: (n) => n.recommendingUnitCode,
  recommendingUnitKind: (n) => (n.recommendingUnitKind ? RECOMMENDING_UNIT_KIND_VALUES.label(n.recommendingUnitKind) : ''),
  foundedOn: (n) => dateCell(n.foundedOn),
  teamMembers: (n) => join(n.teamMembers),
  isExistingRndOrTeam: (n) => (n.isExistingRndOrTeam ? '是' : '否'),
  conditionsEvidence: (n) => n.conditionsEvidence,
  projects: (n) => n.projects,
  benefits: (n) => n.benefits,
};

export function expertCells(e: Expert): CellValue[] {
  return EXPERT_TABLE.columns.map((c) => EXPERT_CELLS[c.field](e));
}

export function nominationCells(n: Nomination): CellValue[] {
  return NOMINATION_TABLE.columns.map((c) => NOMINATION_CELLS[c.field](n));
}
