import type { Generated } from 'kysely';

/** Kysely's view of the tables (columns as SQLite stores them). */
export interface MetaTable {
  key: string;
  value: string;
}
export interface SettingsTable {
  key: string;
  value: string;
}
export interface ExpertsTable {
  id: string;
  name: string;
  gender: string;
  unit_name: string;
  unit_code: string;
  unit_type: string;
  title: string;
  title_rank: string;
  sectors: string;
  specialty: string;
  phone: string;
  email: string;
  status: string;
  avoid_unit_codes: string;
  panel_years: string;
  non_senior_reason: string;
}
export interface NominationsTable {
  id: string;
  year: number;
  studio_name: string;
  leader_name: string;
  leader_gender: string;
  leader_birth_year: number;
  leader_title: string;
  leader_title_rank: string;
  honours: string;
  work_unit_name: string;
  work_unit_code: string;
  work_unit_category: string;
  sector: string;
  recommending_unit: string;
  recommending_unit_code: string;
  recommending_unit_kind: string;
  founded_on: string;
  team_members: string;
  is_existing_rnd_or_team: number;
  conditions_evidence: string;
  projects: string;
  benefits: string;
}

export interface SelectionYearsTable {
  year: number;
  reference_date: string;
}
export interface ScreeningsTable {
  nomination_id: string;
  reference_date: string;
  checks: string;
  manual: string;
  decision: string | null;
  outcome: string;
  reasons: string;
  screened_by: string;
  screened_at: string;
  confirmed_by: string | null;
  confirmed_at: string | null;
}
export interface AttachmentsTable {
  id: Generated<number>;
  nomination_id: string;
  file_name: string;
  media_type: string;
  sha256: string;
  size: number;
  added_at: string;
}

export interface DrawsTable {
  draw_id: string;
  year: number;
  status: string;
  setup: string;
  pool: string;
  config: string;
  pool_hash: string;
  config_hash: string;
  protocol: string | null;
  abort_reason: string | null;
  committed_at: string;
  drawn_at: string | null;
  finished_at: string | null;
}

export interface DatabaseSchema {
  meta: MetaTable;
  settings: SettingsTable;
  experts: ExpertsTable;
  nominations: NominationsTable;
  selection_years: SelectionYearsTable;
  screenings: ScreeningsTable;
  attachments: AttachmentsTable;
  draws: DrawsTable;
}
