/**
 * Issue 14: the office's year after the meeting. The studio register (Art. 7): every studio the office published, or
 * took over from an earlier year's list, under its register number; its status changes only through dynamic
 * management (Art. 17) and a revoked studio is never deleted (its history is the audit log under `studio:<id>`).
 * One publication per year (Art. 7: 发文公布), with the office's decision on every proposed studio before it.
 */
import { SECTORS } from '../../../src-shared/domain/vocabulary';
import { PUBLICATION_DECISIONS, STUDIO_SOURCES, STUDIO_STATUSES } from '../../../src-shared/office/vocabulary';
import { sqlIn } from '../sql-in';

export const sql = /* sql */ `
CREATE TABLE publication_decisions (
  year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  nomination_id TEXT NOT NULL,
  session_id    TEXT NOT NULL,
  decision      TEXT NOT NULL ${sqlIn('decision', PUBLICATION_DECISIONS)},
  reason        TEXT NOT NULL DEFAULT '',
  decided_at    TEXT NOT NULL,
  decided_by    TEXT NOT NULL,
  PRIMARY KEY (year, nomination_id),
  CHECK (decision = 'adopt' OR length(trim(reason)) > 0)
) STRICT;

CREATE TABLE publications (
  year          INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  doc_no        TEXT NOT NULL CHECK (length(trim(doc_no)) > 0),
  published_on  TEXT NOT NULL CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  notice_start  TEXT CHECK (notice_start IS NULL OR notice_start GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  notice_end    TEXT CHECK (notice_end IS NULL OR notice_end GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  published_at  TEXT NOT NULL,
  published_by  TEXT NOT NULL,
  closed_at     TEXT
) STRICT;
CREATE TRIGGER publications_no_delete BEFORE DELETE ON publications
BEGIN SELECT RAISE(ABORT, 'a published list is kept'); END;

CREATE TABLE studios (
  id                TEXT PRIMARY KEY,
  year              INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  seq               INTEGER NOT NULL CHECK (seq >= 1),
  nomination_id     TEXT UNIQUE,
  studio_name       TEXT NOT NULL,
  leader_name       TEXT NOT NULL,
  work_unit_name    TEXT NOT NULL,
  sector            TEXT NOT NULL ${sqlIn('sector', SECTORS)},
  recommending_unit TEXT NOT NULL,
  source            TEXT NOT NULL ${sqlIn('source', STUDIO_SOURCES)},
  doc_no            TEXT NOT NULL,
  published_on      TEXT NOT NULL CHECK (published_on GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
  status            TEXT NOT NULL DEFAULT 'active' ${sqlIn('status', STUDIO_STATUSES)},
  UNIQUE (year, seq)
) STRICT;
CREATE INDEX studios_year ON studios (year);
CREATE TRIGGER studios_no_delete BEFORE DELETE ON studios
BEGIN SELECT RAISE(ABORT, 'a studio of the register is never deleted (revocation keeps it)'); END;
`;
