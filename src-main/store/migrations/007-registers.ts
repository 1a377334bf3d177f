import type { Database } from 'better-sqlite3';
import { DEFAULT_RECOMMENDING_UNITS } from '../../../src-shared/registers/default-recommending-units';
import { DEFAULT_TITLES } from '../../../src-shared/titles/default-titles';

/**
 * Issue 10: the office's real data.
 * - The title rank is no longer stored with each expert or nomination: it comes from the office's title
 *   dictionary (editable, seeded with the national series) and from reviewers' rulings on titles the
 *   dictionary does not settle, so a correction reaches every record at once.
 * - A non-full-senior expert no longer needs a reason (Art. 6 asks for a main body of full-senior experts,
 *   not a reason per member); the column stays as an optional note.
 * - A unit type may have been inferred from the unit's name at import (shown as such).
 * - A nomination's work-unit category and recommending-unit kind may be missing from a recommender's form:
 *   the kind then follows from the office's register of recommending units, a missing category goes to a
 *   screener.
 * - Registers: units (name → code and type, with aliases) and recommending units (Art. 5 kinds).
 * - Screenings remember whether they were admitted as an exception to a 原则上 rule (two people).
 * Rebuilding nominations must not cascade into screenings and attachments, so this migration runs with
 * foreign keys off and checks them before it commits.
 */
export const sql = /* sql */ `
CREATE TABLE experts_new (
  id                 TEXT PRIMARY KEY,
  name               TEXT NOT NULL,
  gender             TEXT NOT NULL CHECK (gender IN ('male', 'female')),
  unit_name          TEXT NOT NULL,
  unit_code          TEXT NOT NULL,
  unit_type          TEXT NOT NULL CHECK (unit_type IN ('university', 'hospital', 'research-institute', 'other')),
  unit_type_inferred INTEGER NOT NULL DEFAULT 0 CHECK (unit_type_inferred IN (0, 1)),
  title              TEXT NOT NULL,
  sectors            TEXT NOT NULL CHECK (json_valid(sectors) AND json_array_length(sectors) > 0),
  specialty          TEXT NOT NULL DEFAULT '',
  phone              TEXT NOT NULL DEFAULT '',
  email              TEXT NOT NULL DEFAULT '',
  status             TEXT NOT NULL CHECK (status IN ('available', 'paused', 'retired')),
  avoid_unit_codes   TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(avoid_unit_codes)),
  panel_years        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(panel_years)),
  non_senior_reason  TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO experts_new (id, name, gender, unit_name, unit_code, unit_type, title, sectors, specialty, phone, email,
                         status, avoid_unit_codes, panel_years, non_senior_reason)
  SELECT id, name, gender, unit_name, unit_code, unit_type, title, sectors, specialty, phone, email,
         status, avoid_unit_codes, panel_years, non_senior_reason FROM experts;
DROP TABLE experts;
ALTER TABLE experts_new RENAME TO experts;
CREATE INDEX experts_unit_code ON experts (unit_code);

CREATE TABLE nominations_new (
  id                      TEXT PRIMARY KEY,
  year                    INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  studio_name             TEXT NOT NULL,
  leader_name             TEXT NOT NULL,
  leader_gender           TEXT NOT NULL CHECK (leader_gender IN ('male', 'female')),
  leader_birth_year       INTEGER NOT NULL,
  leader_title            TEXT NOT NULL,
  honours                 TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(honours)),
  work_unit_name          TEXT NOT NULL,
  work_unit_code          TEXT NOT NULL,
  work_unit_category      TEXT CHECK (work_unit_category IN ('provincial-enterprise', 'municipal-industry', 'other')),
  sector                  TEXT NOT NULL CHECK (sector IN ('education', 'science', 'culture', 'health', 'sports')),
  recommending_unit       TEXT NOT NULL,
  recommending_unit_code  TEXT NOT NULL,
  recommending_unit_kind  TEXT CHECK (recommending_unit_kind IN ('city-industry-union', 'direct-grassroots-union', 'member-unit', 'other')),
  founded_on              TEXT NOT NULL CHECK (founded_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  team_members            TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(team_members)),
  is_existing_rnd_or_team INTEGER NOT NULL DEFAULT 0 CHECK (is_existing_rnd_or_team IN (0, 1)),
  conditions_evidence     TEXT NOT NULL DEFAULT '',
  projects                TEXT NOT NULL DEFAULT '',
  benefits                TEXT NOT NULL DEFAULT ''
) STRICT;
INSERT INTO nominations_new (id, year, studio_name, leader_name, leader_gender, leader_birth_year, leader_title, honours,
                             work_unit_name, work_unit_code, work_unit_category, sector, recommending_unit,
                             recommending_unit_code, recommending_unit_kind, founded_on, team_members,
                             is_existing_rnd_or_team, conditions_evidence, projects, benefits)
  SELECT id, year, studio_name, leader_name, leader_gender, leader_birth_year, leader_title, honours,
         work_unit_name, work_unit_code, work_unit_category, sector, recommending_unit,
         recommending_unit_code, recommending_unit_kind, founded_on, team_members,
         is_existing_rnd_or_team, conditions_evidence, projects, benefits FROM nominations;
DROP TABLE nominations;
ALTER TABLE nominations_new RENAME TO nominations;
CREATE INDEX nominations_year ON nominations (year);

ALTER TABLE screenings ADD COLUMN exception INTEGER NOT NULL DEFAULT 0 CHECK (exception IN (0, 1));

CREATE TABLE title_dictionary (
  position INTEGER PRIMARY KEY,
  title    TEXT NOT NULL UNIQUE CHECK (title <> ''),
  rank     TEXT NOT NULL CHECK (rank IN ('full-senior', 'associate-senior', 'intermediate', 'junior', 'skill-grade')),
  aliases  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases)),
  series   TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE title_rulings (
  title_key  TEXT PRIMARY KEY,
  title      TEXT NOT NULL CHECK (title <> ''),
  rank       TEXT NOT NULL CHECK (rank IN ('full-senior', 'associate-senior', 'intermediate', 'junior', 'none')),
  reason     TEXT NOT NULL CHECK (reason <> ''),
  decided_by TEXT NOT NULL CHECK (decided_by <> ''),
  decided_at TEXT NOT NULL
) STRICT;

CREATE TABLE units (
  code     TEXT PRIMARY KEY,
  name     TEXT NOT NULL CHECK (name <> ''),
  type     TEXT NOT NULL CHECK (type IN ('university', 'hospital', 'research-institute', 'other')),
  aliases  TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases))
) STRICT;

CREATE TABLE recommending_units (
  code    TEXT PRIMARY KEY,
  name    TEXT NOT NULL CHECK (name <> ''),
  kind    TEXT NOT NULL CHECK (kind IN ('city-industry-union', 'direct-grassroots-union', 'member-unit')),
  aliases TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(aliases))
) STRICT;
`;

/** The defaults the office starts from: the national title series and the Art. 5 (a) recommenders. */
export function seedRegisters(db: Database): void {
  const title = db.prepare('INSERT INTO title_dictionary (position, title, rank, aliases, series) VALUES (?, ?, ?, ?, ?)');
  DEFAULT_TITLES.forEach((t, i) => title.run(i + 1, t.title, t.rank, JSON.stringify(t.aliases), t.series));
  const recommender = db.prepare('INSERT INTO recommending_units (code, name, kind, aliases) VALUES (?, ?, ?, ?)');
  for (const r of DEFAULT_RECOMMENDING_UNITS) recommender.run(r.code, r.name, r.kind, JSON.stringify(r.aliases));
}
