/**
 * `CHECK (column IN ('a', 'b'))` from the tuple the app types and validates the column with, written the way the
 * migrations write it. Released migrations keep their SQL as shipped (they are never edited, see
 * migrations/index.ts); a new migration that creates or rebuilds a table with an enum column uses this, and
 * enum-columns.test.ts checks that every enum CHECK in the migrated schema is exactly this text for its tuple.
 */
export function sqlIn(column: string, values: readonly string[]): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(column)) throw new Error(`sqlIn: not a plain column name: ${column}`);
  if (values.length === 0) throw new Error(`sqlIn: no values for ${column}`);
  return `CHECK (${column} IN (${values.map((v) => `'${v.replaceAll("'", "''")}'`).join(', ')}))`;
}
