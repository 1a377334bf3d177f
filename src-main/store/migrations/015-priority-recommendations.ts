/**
 * Issue 14, Art. 8: the studios the office recommends first to the Henan Provincial Federation of Trade Unions
 * (河南省总工会), one recommendation per studio and year: why (the three findings of Art. 8 as a checklist, and
 * words), when it was sent, and the federation's outcome once known. Kept for the file: never deleted.
 */
import { RECOMMENDATION_OUTCOMES } from '../../../src-shared/office/recommendation';
import { sqlIn } from '../sql-in';

const DATE = "GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'";

export const sql = /* sql */ `
CREATE TABLE priority_recommendations (
  id            INTEGER PRIMARY KEY,
  studio_id     TEXT NOT NULL REFERENCES studios (id),
  year          INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  reasons       TEXT NOT NULL CHECK (json_valid(reasons) AND json_array_length(reasons) > 0),
  reason_text   TEXT NOT NULL CHECK (length(trim(reason_text)) > 0),
  sent_on       TEXT NOT NULL CHECK (sent_on ${DATE}),
  outcome       TEXT NOT NULL DEFAULT 'pending' ${sqlIn('outcome', RECOMMENDATION_OUTCOMES)},
  outcome_on    TEXT CHECK (outcome_on IS NULL OR outcome_on ${DATE}),
  outcome_note  TEXT NOT NULL DEFAULT '',
  recorded_at   TEXT NOT NULL,
  recorded_by   TEXT NOT NULL,
  UNIQUE (studio_id, year),
  CHECK ((outcome = 'pending') = (outcome_on IS NULL)),
  CHECK (outcome_on IS NULL OR outcome_on >= sent_on)
) STRICT;
CREATE INDEX priority_recommendations_year ON priority_recommendations (year);
CREATE TRIGGER priority_recommendations_no_delete BEFORE DELETE ON priority_recommendations
BEGIN SELECT RAISE(ABORT, 'a priority recommendation is kept for the file'); END;
`;
