/**
 * Issue 11: every expert laptop re-verifies the draw. The session package carries the draw record (抽取记录, the
 * protocol), and the laptop keeps it with the session, so the draw, the call log and the replacements can be
 * recomputed again before an expert's first score. On the coordinator the record stays in `draws`; there this
 * column is left empty.
 */
export const sql = /* sql */ `
ALTER TABLE scoring_sessions ADD COLUMN draw_protocol TEXT CHECK (draw_protocol IS NULL OR json_valid(draw_protocol));
`;
