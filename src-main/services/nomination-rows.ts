import type { Nomination } from '../../src-shared/domain/nomination';
import { titleRank } from '../../src-shared/domain/titles';
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
    leader_title_rank: titleRank(n.leaderTitle) ?? 'other',
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
