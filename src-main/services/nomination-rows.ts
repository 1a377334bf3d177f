import type { NominationView } from '../../src-shared/api/views';
import type { Nomination } from '../../src-shared/domain/nomination';
import type { TitleResolver } from '../../src-shared/titles/resolve-title';
import { readJson } from '../store/json-columns';
import type { NominationsTable } from '../store/schema-types';

export function nominationToRow(n: Nomination): NominationsTable {
  return {
    id: n.id,
    year: n.year,
    studio_name: n.studioName,
    leader_name: n.leaderName,
    leader_gender: n.leaderGender,
    leader_birth_year: n.leaderBirthYear,
    leader_title: n.leaderTitle,
    honours: JSON.stringify(n.honours),
    work_unit_name: n.workUnitName,
    work_unit_code: n.workUnitCode,
    work_unit_category: n.workUnitCategory,
    sector: n.sector,
    recommending_unit: n.recommendingUnit,
    recommending_unit_code: n.recommendingUnitCode,
    recommending_unit_kind: n.recommendingUnitKind,
    founded_on: n.foundedOn,
    team_members: JSON.stringify(n.teamMembers),
    is_existing_rnd_or_team: n.isExistingRndOrTeam ? 1 : 0,
    conditions_evidence: n.conditionsEvidence,
    projects: n.projects,
    benefits: n.benefits,
  };
}

export function nominationView(r: NominationsTable, titles: TitleResolver): NominationView {
  return { ...rowToNomination(r), leaderTitleRank: titles.resolve(r.leader_title).rank };
}

export function rowToNomination(r: NominationsTable): Nomination {
  return {
    id: r.id,
    year: r.year,
    studioName: r.studio_name,
    leaderName: r.leader_name,
    leaderGender: r.leader_gender,
    leaderBirthYear: r.leader_birth_year,
    leaderTitle: r.leader_title,
    honours: readJson('nominations.honours', r.honours),
    workUnitName: r.work_unit_name,
    workUnitCode: r.work_unit_code,
    workUnitCategory: r.work_unit_category,
    sector: r.sector,
    recommendingUnit: r.recommending_unit,
    recommendingUnitCode: r.recommending_unit_code,
    recommendingUnitKind: r.recommending_unit_kind,
    foundedOn: r.founded_on,
    teamMembers: readJson('nominations.team_members', r.team_members),
    isExistingRndOrTeam: r.is_existing_rnd_or_team === 1,
    conditionsEvidence: r.conditions_evidence,
    projects: r.projects,
    benefits: r.benefits,
  };
}
