/**
 * Issue 14: the subsidy ledger (Art. 9 to 12). One grant per studio of the register, paid into its union funds
 * account, then its expenses, each traceable to a voucher. The ledger is append-only: no entry is ever changed or
 * deleted (the triggers refuse it); a wrong entry is answered by a reversal that names it, once (`reverses` is
 * UNIQUE). A scan of the voucher is kept like a nomination's attachment: in the data folder's `attachments/`, named
 * by its SHA-256. The grant amount the office set (Art. 9: 30,000 yuan unless changed) is the one-row table below;
 * each grant keeps the amount it was paid with.
 */
import { EXPENSE_CATEGORIES, LEDGER_ENTRY_KINDS } from '../../../src-shared/office/ledger-vocabulary';
import { sqlIn } from '../sql-in';

const DATE = `GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'`;

export const sql = /* sql */ `
CREATE TABLE ledger_settings (
  id        INTEGER PRIMARY KEY CHECK (id = 1),
  grant_fen INTEGER NOT NULL CHECK (grant_fen > 0)
) STRICT;

CREATE TABLE ledger_entries (
  id                INTEGER PRIMARY KEY,
  studio_id         TEXT NOT NULL REFERENCES studios (id),
  kind              TEXT NOT NULL ${sqlIn('kind', LEDGER_ENTRY_KINDS)},
  entry_date        TEXT NOT NULL CHECK (entry_date ${DATE}),
  amount_fen        INTEGER NOT NULL CHECK (amount_fen > 0),
  category          TEXT ${sqlIn('category', EXPENSE_CATEGORIES)},
  purpose           TEXT NOT NULL DEFAULT '',
  payee             TEXT NOT NULL DEFAULT '',
  voucher_no        TEXT NOT NULL DEFAULT '',
  account_name      TEXT NOT NULL DEFAULT '',
  bank              TEXT NOT NULL DEFAULT '',
  reverses          INTEGER UNIQUE REFERENCES ledger_entries (id),
  reason            TEXT NOT NULL DEFAULT '',
  attachment_name   TEXT,
  attachment_type   TEXT,
  attachment_sha256 TEXT CHECK (attachment_sha256 IS NULL OR length(attachment_sha256) = 64),
  attachment_size   INTEGER CHECK (attachment_size IS NULL OR attachment_size >= 0),
  recorded_at       TEXT NOT NULL,
  recorded_by       TEXT NOT NULL,
  CHECK ((kind = 'reversal') = (reverses IS NOT NULL)),
  CHECK ((kind = 'expense') = (category IS NOT NULL)),
  CHECK (kind <> 'reversal' OR length(trim(reason)) > 0),
  CHECK (kind = 'reversal' OR length(trim(voucher_no)) > 0),
  CHECK (kind <> 'grant' OR (length(trim(account_name)) > 0 AND length(trim(bank)) > 0)),
  CHECK (kind <> 'expense' OR (length(trim(purpose)) > 0 AND length(trim(payee)) > 0)),
  CHECK ((attachment_sha256 IS NULL) = (attachment_name IS NULL)
     AND (attachment_sha256 IS NULL) = (attachment_type IS NULL)
     AND (attachment_sha256 IS NULL) = (attachment_size IS NULL))
) STRICT;
CREATE INDEX ledger_entries_studio ON ledger_entries (studio_id, id);
CREATE INDEX ledger_entries_date ON ledger_entries (entry_date);
CREATE TRIGGER ledger_entries_no_update BEFORE UPDATE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'a ledger entry is never changed: record a reversal'); END;
CREATE TRIGGER ledger_entries_no_delete BEFORE DELETE ON ledger_entries
BEGIN SELECT RAISE(ABORT, 'a ledger entry is never deleted: record a reversal'); END;
`;
