/**
 * Offline scoring (Art. 6): a session with frozen rules, the experts who checked in on this laptop (their
 * key pair, the private key under their PIN), every score cell with its full history, the score files
 * imported from other laptops, the panel's recorded votes and the sign-offs.
 */
export const sql = /* sql */ `
CREATE TABLE scoring_sessions (
  session_id      TEXT PRIMARY KEY CHECK (session_id <> ''),
  year            INTEGER NOT NULL,
  role            TEXT NOT NULL CHECK (role IN ('coordinator', 'expert-laptop')),
  draw_id         TEXT,
  draw_seed       TEXT NOT NULL,
  rules           TEXT NOT NULL CHECK (json_valid(rules)),
  rules_hash      TEXT,
  phase           TEXT NOT NULL CHECK (phase IN ('draft', 'scoring', 'discussion', 'signed')),
  panel           TEXT NOT NULL CHECK (json_valid(panel)),
  nominations     TEXT NOT NULL CHECK (json_valid(nominations)),
  coordinator_key TEXT,
  leader_id       TEXT,
  created_at      TEXT NOT NULL,
  frozen_at       TEXT,
  signed_at       TEXT,
  CHECK (phase = 'draft' OR rules_hash IS NOT NULL)
) STRICT;

CREATE TABLE session_experts (
  session_id    TEXT NOT NULL REFERENCES scoring_sessions (session_id),
  expert_id     TEXT NOT NULL,
  public_key    TEXT NOT NULL,
  key_id        TEXT NOT NULL,
  vault         TEXT CHECK (vault IS NULL OR json_valid(vault)),
  nomination_order TEXT NOT NULL CHECK (json_valid(nomination_order)),
  version       INTEGER NOT NULL DEFAULT 0,
  checked_in_at TEXT NOT NULL,
  locked_at     TEXT,
  PRIMARY KEY (session_id, expert_id)
) STRICT;

CREATE TABLE scores (
  session_id     TEXT NOT NULL REFERENCES scoring_sessions (session_id),
  expert_id      TEXT NOT NULL,
  nomination_id  TEXT NOT NULL,
  state          TEXT NOT NULL CHECK (state IN ('scored', 'recused', 'partial')),
  criteria       TEXT NOT NULL CHECK (json_valid(criteria)),
  comment        TEXT NOT NULL DEFAULT '',
  recusal_reason TEXT NOT NULL DEFAULT '',
  updated_at     TEXT NOT NULL,
  PRIMARY KEY (session_id, expert_id, nomination_id),
  CHECK (state <> 'recused' OR recusal_reason <> '')
) STRICT;

CREATE TABLE score_history (
  id             INTEGER PRIMARY KEY,
  session_id     TEXT NOT NULL,
  expert_id      TEXT NOT NULL,
  nomination_id  TEXT NOT NULL,
  version        INTEGER NOT NULL,
  state          TEXT NOT NULL,
  criteria       TEXT NOT NULL,
  comment        TEXT NOT NULL,
  recusal_reason TEXT NOT NULL,
  change_reason  TEXT NOT NULL DEFAULT '',
  at             TEXT NOT NULL
) STRICT;
CREATE TRIGGER score_history_no_update BEFORE UPDATE ON score_history
BEGIN SELECT RAISE(ABORT, 'score_history is append-only'); END;
CREATE TRIGGER score_history_no_delete BEFORE DELETE ON score_history
BEGIN SELECT RAISE(ABORT, 'score_history is append-only'); END;

CREATE TABLE score_imports (
  session_id  TEXT NOT NULL,
  expert_id   TEXT NOT NULL,
  version     INTEGER NOT NULL,
  public_key  TEXT NOT NULL,
  file_sha256 TEXT NOT NULL,
  envelope    TEXT NOT NULL CHECK (json_valid(envelope)),
  imported_at TEXT NOT NULL,
  PRIMARY KEY (session_id, expert_id)
) STRICT;

CREATE TABLE panel_votes (
  id             INTEGER PRIMARY KEY,
  session_id     TEXT NOT NULL,
  nomination_ids TEXT NOT NULL CHECK (json_valid(nomination_ids)),
  vote_order     TEXT NOT NULL CHECK (json_valid(vote_order)),
  record         TEXT NOT NULL CHECK (record <> ''),
  at             TEXT NOT NULL
) STRICT;

CREATE TABLE signoffs (
  session_id   TEXT NOT NULL,
  signer_id    TEXT NOT NULL,
  kind         TEXT NOT NULL CHECK (kind IN ('expert-sheet', 'summary')),
  payload_hash TEXT NOT NULL,
  signature    TEXT NOT NULL,
  public_key   TEXT NOT NULL,
  dissent      TEXT NOT NULL DEFAULT '',
  at           TEXT NOT NULL,
  PRIMARY KEY (session_id, signer_id, kind)
) STRICT;
`;
