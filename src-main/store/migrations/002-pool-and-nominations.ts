/** The expert pool (Art. 6) and the nominations of each selection year (Art. 4, 5). */
export const sql = /* sql */ `
CREATE TABLE experts (
  id                TEXT PRIMARY KEY,
  name              TEXT NOT NULL,
  gender            TEXT NOT NULL CHECK (gender IN ('male', 'female')),
  unit_name         TEXT NOT NULL,
  unit_code         TEXT NOT NULL,
  unit_type         TEXT NOT NULL CHECK (unit_type IN ('university', 'hospital', 'research-institute', 'other')),
  title             TEXT NOT NULL,
  title_rank        TEXT NOT NULL CHECK (title_rank IN ('full-senior', 'associate-senior', 'intermediate', 'other')),
  sectors           TEXT NOT NULL CHECK (json_valid(sectors) AND json_array_length(sectors) > 0),
  specialty         TEXT NOT NULL DEFAULT '',
  phone             TEXT NOT NULL DEFAULT '',
  email             TEXT NOT NULL DEFAULT '',
  status            TEXT NOT NULL CHECK (status IN ('available', 'paused', 'retired')),
  avoid_unit_codes  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(avoid_unit_codes)),
  panel_years       TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(panel_years)),
  non_senior_reason TEXT NOT NULL DEFAULT '',
  CHECK (title_rank = 'full-senior' OR non_senior_reason <> '')
) STRICT;
CREATE INDEX experts_unit_code ON experts (unit_code);

CREATE TABLE nominations (
  id                     TEXT PRIMARY KEY,
  year                   INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  studio_name            TEXT NOT NULL,
  leader_name            TEXT NOT NULL,
  leader_gender          TEXT NOT NULL CHECK (leader_gender IN ('male', 'female')),
  leader_birth_year      INTEGER NOT NULL,
  leader_title           TEXT NOT NULL,
  leader_title_rank      TEXT NOT NULL CHECK (leader_title_rank IN ('full-senior', 'associate-senior', 'intermediate', 'other')),
  honours                TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(honours)),
  work_unit_name         TEXT NOT NULL,
  work_unit_code         TEXT NOT NULL,
  work_unit_category     TEXT NOT NULL CHECK (work_unit_category IN ('provincial-enterprise', 'municipal-industry', 'other')),
  sector                 TEXT NOT NULL CHECK (sector IN ('education', 'science', 'culture', 'health', 'sports')),
  recommending_unit      TEXT NOT NULL,
  recommending_unit_code TEXT NOT NULL,
  recommending_unit_kind TEXT NOT NULL CHECK (recommending_unit_kind IN ('city-industry-union', 'direct-grassroots-union', 'member-unit', 'other')),
  founded_on             TEXT NOT NULL CHECK (founded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  team_members           TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(team_members)),
  is_existing_rnd_or_team INTEGER NOT NULL DEFAULT 0 CHECK (is_existing_rnd_or_team IN (0, 1)),
  conditions_evidence    TEXT NOT NULL DEFAULT '',
  projects               TEXT NOT NULL DEFAULT '',
  benefits               TEXT NOT NULL DEFAULT ''
) STRICT;
CREATE INDEX nominations_year ON nominations (year);
`;
