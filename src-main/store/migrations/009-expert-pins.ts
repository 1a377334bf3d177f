/**
 * Issue 13: an expert's PIN guards their sheet on a shared laptop. Per expert of a session on this laptop: the wrong
 * PINs in a row and the time until which the next try must wait (kept here, so restarting the app does not reset
 * it), and the time until which a correct PIN keeps the sheet open for editing. Only experts who checked in here
 * have a vault, and so a row.
 */
export const sql = /* sql */ `
CREATE TABLE expert_pins (
  session_id     TEXT NOT NULL,
  expert_id      TEXT NOT NULL,
  failures       INTEGER NOT NULL DEFAULT 0 CHECK (failures >= 0),
  wait_until     TEXT,
  unlocked_until TEXT,
  PRIMARY KEY (session_id, expert_id),
  FOREIGN KEY (session_id, expert_id) REFERENCES session_experts (session_id, expert_id)
) STRICT;
`;
