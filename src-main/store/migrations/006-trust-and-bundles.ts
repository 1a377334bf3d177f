/**
 * Keys this installation trusts, with their role, and the result bundles the office has taken in.
 *
 * A trusted key is never deleted: revoking it is a recorded change (who, when, why), so an old bundle can still
 * be explained and a revoked key cannot quietly come back. An imported bundle is never changed either: the
 * office's record of a session's result is what was verified, and a second bundle for the same session and year
 * is refused rather than overwriting the first.
 */
export const sql = /* sql */ `
CREATE TABLE trusted_keys (
  key_id        TEXT PRIMARY KEY CHECK (length(key_id) = 16),
  public_key    TEXT NOT NULL UNIQUE,
  role          TEXT NOT NULL CHECK (role IN ('office', 'meeting-laptop', 'expert')),
  label         TEXT NOT NULL CHECK (label <> ''),
  fingerprint   TEXT NOT NULL,
  device_id     TEXT NOT NULL DEFAULT '',
  enrolled_at   TEXT NOT NULL,
  enrolled_by   TEXT NOT NULL,
  revoked_at    TEXT,
  revoked_by    TEXT,
  revoke_reason TEXT,
  CHECK ((revoked_at IS NULL) = (revoke_reason IS NULL)),
  CHECK (revoke_reason IS NULL OR revoke_reason <> '')
) STRICT;
CREATE TRIGGER trusted_keys_no_delete BEFORE DELETE ON trusted_keys
BEGIN SELECT RAISE(ABORT, 'trusted keys are revoked, never deleted'); END;

CREATE TABLE imported_bundles (
  session_id    TEXT NOT NULL,
  year          INTEGER NOT NULL,
  bundle_sha256 TEXT NOT NULL UNIQUE CHECK (length(bundle_sha256) = 64),
  signer_key_id TEXT NOT NULL REFERENCES trusted_keys (key_id),
  signer_label  TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  proposed_list TEXT NOT NULL CHECK (json_valid(proposed_list)),
  results       TEXT NOT NULL CHECK (json_valid(results)),
  report        TEXT NOT NULL CHECK (json_valid(report)),
  imported_at   TEXT NOT NULL,
  imported_by   TEXT NOT NULL,
  PRIMARY KEY (session_id, year)
) STRICT;
CREATE TRIGGER imported_bundles_no_update BEFORE UPDATE ON imported_bundles
BEGIN SELECT RAISE(ABORT, 'imported bundles are kept as verified'); END;
CREATE TRIGGER imported_bundles_no_delete BEFORE DELETE ON imported_bundles
BEGIN SELECT RAISE(ABORT, 'imported bundles are kept as verified'); END;
`;
