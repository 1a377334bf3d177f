import { PACKAGE_ORIGINS } from '../../../src-shared/api/ops/issued-package';
import { sqlIn } from '../sql-in';

/**
 * Issue 13: every result bundle is bound to what the office issued. The office records each session package it
 * signs (评审会授权包: the session, its year, the screened nominations with their content hashes, the pool snapshot
 * hash the draw must commit to, the rules hash and the panel size); a meeting laptop records the package files it
 * takes in. A session is made from a package, and the office takes in only a bundle that carries a package it
 * issued. Packages are signed records: never changed, never deleted (a correction is a new session id).
 */
export const sql = /* sql */ `
CREATE TABLE issued_packages (
  package_sha256 TEXT PRIMARY KEY CHECK (length(package_sha256) = 64),
  session_id     TEXT NOT NULL UNIQUE CHECK (session_id <> ''),
  year           INTEGER NOT NULL,
  origin         TEXT NOT NULL ${sqlIn('origin', PACKAGE_ORIGINS)},
  signer_key_id  TEXT NOT NULL CHECK (length(signer_key_id) = 16),
  nominations    TEXT NOT NULL CHECK (json_valid(nominations)),
  pool_hash      TEXT NOT NULL CHECK (length(pool_hash) = 64),
  rules_hash     TEXT NOT NULL CHECK (length(rules_hash) = 64),
  panel_size     INTEGER NOT NULL CHECK (panel_size >= 1),
  content        TEXT NOT NULL CHECK (json_valid(content)),
  issued_at      TEXT NOT NULL,
  recorded_at    TEXT NOT NULL,
  recorded_by    TEXT NOT NULL
) STRICT;
CREATE TRIGGER issued_packages_no_update BEFORE UPDATE ON issued_packages
BEGIN SELECT RAISE(ABORT, 'issued session packages are kept as signed'); END;
CREATE TRIGGER issued_packages_no_delete BEFORE DELETE ON issued_packages
BEGIN SELECT RAISE(ABORT, 'issued session packages are kept as signed'); END;
`;
