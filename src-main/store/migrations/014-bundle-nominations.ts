/**
 * Issue 14: a result bundle's proposed studios as the session carried them (sector included). The register takes a
 * published studio's leader, unit, sector and recommender from the office's own nomination; a bundle taken in at an
 * office whose database does not hold the nomination (the session was prepared elsewhere) must still say the
 * studio's sector, which the proposed list alone does not. Bundles taken in before this migration hold `[]`.
 */
export const sql = /* sql */ `
ALTER TABLE imported_bundles ADD COLUMN nominations TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(nominations));
`;
