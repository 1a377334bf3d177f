/**
 * The panel draws (Art. 6). A draw is committed (pool and configuration frozen, hashes shown and printed)
 * before any witness digit exists; it is drawn once; it can only be aborted with a written reason, never
 * drawn again: a new attempt needs a new draw id.
 */
export const sql = /* sql */ `
CREATE TABLE draws (
  draw_id      TEXT PRIMARY KEY CHECK (draw_id <> ''),
  year         INTEGER NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  status       TEXT NOT NULL CHECK (status IN ('committed', 'drawn', 'finished', 'aborted')),
  setup        TEXT NOT NULL CHECK (json_valid(setup)),
  pool         TEXT NOT NULL CHECK (json_valid(pool)),
  config       TEXT NOT NULL CHECK (json_valid(config)),
  pool_hash    TEXT NOT NULL CHECK (length(pool_hash) = 64),
  config_hash  TEXT NOT NULL CHECK (length(config_hash) = 64),
  protocol     TEXT CHECK (protocol IS NULL OR json_valid(protocol)),
  abort_reason TEXT,
  committed_at TEXT NOT NULL,
  drawn_at     TEXT,
  finished_at  TEXT,
  CHECK (status <> 'aborted' OR abort_reason <> ''),
  CHECK (status IN ('committed', 'aborted') OR protocol IS NOT NULL)
) STRICT;
`;
