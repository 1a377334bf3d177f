/**
 * Issue 14, item 6: dynamic management (Art. 17) and the studios' support and service facts (Art. 13 to 16, 18).
 * A studio's annual checks, the rectification a "role not evident" opens, its re-check and the revocation that may
 * follow are kept as rows that are never changed or deleted: each step is a new row, so the tables are the history
 * (and the audit log under `studio:<id>` tells the same story, chained). The studio's status in `studios` follows
 * these steps and is changed by nothing else.
 */
import { CHECK_FINDINGS, RECHECK_OUTCOMES, STUDIO_FACT_KINDS } from '../../../src-shared/office/management-vocabulary';
import { sqlIn } from '../sql-in';

const date = (column: string) => `CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;
const filled = (column: string) => `CHECK (length(trim(${column})) > 0)`;
const names = (column: string) => `CHECK (json_valid(${column}) AND json_type(${column}) = 'array' AND json_array_length(${column}) > 0)`;

/** Rows of record: written once, then only read. */
const kept = (table: string) => `
CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table}: a record of dynamic management is never changed'); END;
CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
BEGIN SELECT RAISE(ABORT, '${table}: a record of dynamic management is never deleted'); END;`;

export const sql = /* sql */ `
CREATE TABLE annual_checks (
  studio_id    TEXT NOT NULL REFERENCES studios (id),
  year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  checked_on   TEXT NOT NULL ${date('checked_on')},
  activities   TEXT NOT NULL ${filled('activities')},
  results      TEXT NOT NULL ${filled('results')},
  use_of_funds TEXT NOT NULL ${filled('use_of_funds')},
  finding      TEXT NOT NULL ${sqlIn('finding', CHECK_FINDINGS)},
  checkers     TEXT NOT NULL ${names('checkers')},
  recorded_at  TEXT NOT NULL,
  recorded_by  TEXT NOT NULL,
  PRIMARY KEY (studio_id, year)
) STRICT;
${kept('annual_checks')}

CREATE TABLE rectifications (
  studio_id    TEXT NOT NULL,
  check_year   INTEGER NOT NULL,
  opened_on    TEXT NOT NULL ${date('opened_on')},
  deadline     TEXT NOT NULL ${date('deadline')},
  requirements TEXT NOT NULL ${filled('requirements')},
  PRIMARY KEY (studio_id, check_year),
  FOREIGN KEY (studio_id, check_year) REFERENCES annual_checks (studio_id, year),
  CHECK (deadline > opened_on)
) STRICT;
${kept('rectifications')}

CREATE TABLE rechecks (
  studio_id    TEXT NOT NULL,
  check_year   INTEGER NOT NULL,
  rechecked_on TEXT NOT NULL ${date('rechecked_on')},
  outcome      TEXT NOT NULL ${sqlIn('outcome', RECHECK_OUTCOMES)},
  notes        TEXT NOT NULL ${filled('notes')},
  checkers     TEXT NOT NULL ${names('checkers')},
  recorded_at  TEXT NOT NULL,
  recorded_by  TEXT NOT NULL,
  PRIMARY KEY (studio_id, check_year),
  FOREIGN KEY (studio_id, check_year) REFERENCES rectifications (studio_id, check_year)
) STRICT;
${kept('rechecks')}

CREATE TABLE revocations (
  studio_id   TEXT PRIMARY KEY REFERENCES studios (id),
  check_year  INTEGER NOT NULL,
  revoked_on  TEXT NOT NULL ${date('revoked_on')},
  doc_no      TEXT NOT NULL ${filled('doc_no')},
  reason      TEXT NOT NULL ${filled('reason')},
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  FOREIGN KEY (studio_id, check_year) REFERENCES rechecks (studio_id, check_year)
) STRICT;
${kept('revocations')}
-- Art. 17: revoked only when the role was not evident AND the rectification is not in place.
CREATE TRIGGER revocations_need_failed_recheck BEFORE INSERT ON revocations
WHEN (SELECT outcome FROM rechecks WHERE studio_id = NEW.studio_id AND check_year = NEW.check_year) IS NOT 'not-rectified'
BEGIN SELECT RAISE(ABORT, 'revocations: only after a re-check found the rectification not in place'); END;

CREATE TABLE studio_facts (
  id          INTEGER PRIMARY KEY,
  studio_id   TEXT NOT NULL REFERENCES studios (id),
  kind        TEXT NOT NULL ${sqlIn('kind', STUDIO_FACT_KINDS)},
  fact_on     TEXT NOT NULL ${date('fact_on')},
  account     TEXT,
  alliance    TEXT,
  title       TEXT,
  medium      TEXT,
  link        TEXT,
  text        TEXT,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  CHECK (CASE kind
    WHEN 'platform-registration' THEN account IS NOT NULL
    WHEN 'alliance-membership' THEN alliance IS NOT NULL
    WHEN 'host-support' THEN text IS NOT NULL
    WHEN 'publicity' THEN title IS NOT NULL AND medium IS NOT NULL AND (link IS NOT NULL OR text IS NOT NULL)
  END)
) STRICT;
CREATE INDEX studio_facts_studio ON studio_facts (studio_id);
${kept('studio_facts')}
`;
