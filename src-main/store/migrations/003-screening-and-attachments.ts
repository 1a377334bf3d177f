/**
 * Screening (Art. 4, 5) per nomination, recorded by one person and confirmed by another, and the
 * nominations' attachments, copied into the data folder and identified by their SHA-256.
 */
export const sql = /* sql */ `
CREATE TABLE selection_years (
  year           INTEGER PRIMARY KEY CHECK (year BETWEEN 2000 AND 2100),
  reference_date TEXT NOT NULL CHECK (reference_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
) STRICT;

CREATE TABLE screenings (
  nomination_id  TEXT PRIMARY KEY REFERENCES nominations (id) ON DELETE CASCADE,
  reference_date TEXT NOT NULL,
  checks         TEXT NOT NULL CHECK (json_valid(checks)),
  manual         TEXT NOT NULL CHECK (json_valid(manual)),
  decision       TEXT CHECK (decision IS NULL OR json_valid(decision)),
  outcome        TEXT NOT NULL CHECK (outcome IN ('qualified', 'not-qualified', 'needs-judgement')),
  reasons        TEXT NOT NULL CHECK (json_valid(reasons)),
  screened_by    TEXT NOT NULL CHECK (screened_by <> ''),
  screened_at    TEXT NOT NULL,
  confirmed_by   TEXT,
  confirmed_at   TEXT,
  CHECK (confirmed_by IS NULL OR confirmed_by <> screened_by)
) STRICT;

CREATE TABLE attachments (
  id            INTEGER PRIMARY KEY,
  nomination_id TEXT NOT NULL REFERENCES nominations (id) ON DELETE CASCADE,
  file_name     TEXT NOT NULL,
  media_type    TEXT NOT NULL,
  sha256        TEXT NOT NULL CHECK (length(sha256) = 64),
  size          INTEGER NOT NULL CHECK (size >= 0),
  added_at      TEXT NOT NULL,
  UNIQUE (nomination_id, sha256)
) STRICT;
`;
