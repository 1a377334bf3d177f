import { migratedTables } from '../../tests/helpers/migrated-schema';
import { describe, expect, it } from 'vitest';
import { KEY_ROLES } from '../../src-shared/api/ops/bundle';
import { PACKAGE_ORIGINS } from '../../src-shared/api/ops/issued-package';
import { CELL_STATES, DRAW_STATUSES, SESSION_PHASES, SESSION_ROLES, SIGNOFF_KINDS } from '../../src-shared/api/views';
import {
  EXPERT_STATUSES,
  GENDERS,
  RECOMMENDING_UNIT_KINDS,
  REGISTERED_RECOMMENDING_UNIT_KINDS,
  SECTORS,
  TITLE_RANKS,
  UNIT_TYPES,
  WORK_UNIT_CATEGORIES,
} from '../../src-shared/domain/vocabulary';
import { CHECK_FINDINGS, RECHECK_OUTCOMES, STUDIO_FACT_KINDS } from '../../src-shared/office/management-vocabulary';
import { RECOMMENDATION_OUTCOMES } from '../../src-shared/office/recommendation';
import { EXPENSE_CATEGORIES, LEDGER_ENTRY_KINDS } from '../../src-shared/office/ledger-vocabulary';
import { PUBLICATION_DECISIONS, STUDIO_SOURCES, STUDIO_STATUSES } from '../../src-shared/office/vocabulary';
import { SCREENING_OUTCOMES } from '../../src-shared/screening/outcome';
import { DICTIONARY_RANKS } from '../../src-shared/titles/title-dictionary';
import type { DatabaseSchema } from './schema-types';
import { sqlIn } from './sql-in';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;

/**
 * One enum column: its kysely type must be exactly the tuple's union (checked by the compiler), and its CHECK in the
 * migrated schema exactly `sqlIn(column, tuple)` (checked below). A tuple that gains or loses a value therefore
 * fails here until a new migration rebuilds the table with the new CHECK.
 */
function enumColumn<T extends keyof DatabaseSchema, C extends keyof DatabaseSchema[T] & string, V extends readonly string[]>(
  table: T,
  column: C,
  values: V & (Same<NonNullable<DatabaseSchema[T][C]>, V[number]> extends true ? unknown : never),
) {
  return { table, column, values: values as readonly string[] };
}

const ENUM_COLUMNS = [
  enumColumn('experts', 'gender', GENDERS),
  enumColumn('experts', 'unit_type', UNIT_TYPES),
  enumColumn('experts', 'status', EXPERT_STATUSES),
  enumColumn('nominations', 'leader_gender', GENDERS),
  enumColumn('nominations', 'work_unit_category', WORK_UNIT_CATEGORIES),
  enumColumn('nominations', 'sector', SECTORS),
  enumColumn('nominations', 'recommending_unit_kind', RECOMMENDING_UNIT_KINDS),
  enumColumn('screenings', 'outcome', SCREENING_OUTCOMES),
  enumColumn('title_dictionary', 'rank', DICTIONARY_RANKS),
  enumColumn('title_rulings', 'rank', TITLE_RANKS),
  enumColumn('units', 'type', UNIT_TYPES),
  enumColumn('recommending_units', 'kind', REGISTERED_RECOMMENDING_UNIT_KINDS),
  enumColumn('draws', 'status', DRAW_STATUSES),
  enumColumn('scoring_sessions', 'role', SESSION_ROLES),
  enumColumn('scoring_sessions', 'phase', SESSION_PHASES),
  enumColumn('scores', 'state', CELL_STATES),
  enumColumn('signoffs', 'kind', SIGNOFF_KINDS),
  enumColumn('trusted_keys', 'role', KEY_ROLES),
  enumColumn('publication_decisions', 'decision', PUBLICATION_DECISIONS),
  enumColumn('studios', 'sector', SECTORS),
  enumColumn('studios', 'source', STUDIO_SOURCES),
  enumColumn('studios', 'status', STUDIO_STATUSES),
  enumColumn('annual_checks', 'finding', CHECK_FINDINGS),
  enumColumn('rechecks', 'outcome', RECHECK_OUTCOMES),
  enumColumn('studio_facts', 'kind', STUDIO_FACT_KINDS),
  enumColumn('issued_packages', 'origin', PACKAGE_ORIGINS),
  enumColumn('priority_recommendations', 'outcome', RECOMMENDATION_OUTCOMES),
  enumColumn('ledger_entries', 'kind', LEDGER_ENTRY_KINDS),
  enumColumn('ledger_entries', 'category', EXPENSE_CATEGORIES),
];

/** Typed as a union with no CHECK in the shipped schema (adding one needs a table rebuild): written only by the app. */
const UNCHECKED = [enumColumn('score_history', 'state', CELL_STATES)];

describe('enum columns', () => {
  const schema = migratedTables();

  it.each(ENUM_COLUMNS.map((c) => [`${c.table}.${c.column}`, c] as const))('%s: the CHECK lists exactly the tuple', (_, c) => {
    expect(schema.get(c.table)).toContain(sqlIn(c.column, c.values));
  });

  it('every column CHECK that is an IN-list of text values is a registered enum column', () => {
    const found: string[] = [];
    for (const [table, sql] of schema) {
      // The whole clause only: `CHECK (status IN ('committed', 'aborted') OR …)` is a rule between columns.
      for (const m of sql.matchAll(/CHECK \((\w+) IN \('(?:[^']|'')*'(?:, '(?:[^']|'')*')*\)\)/g)) found.push(`${table}.${m[1]}`);
    }
    expect(found.sort()).toEqual(ENUM_COLUMNS.map((c) => `${c.table}.${c.column}`).sort());
  });

  it('the unchecked enum columns still have no CHECK (a new one goes to ENUM_COLUMNS)', () => {
    for (const c of UNCHECKED) expect(schema.get(c.table)).not.toMatch(new RegExp(`CHECK \\(${c.column} IN`));
  });

  it('sqlIn writes the clause as the migrations do and refuses what is not a column name', () => {
    expect(sqlIn('status', ['available', 'paused', 'retired'])).toBe("CHECK (status IN ('available', 'paused', 'retired'))");
    expect(sqlIn('note', ["it's"])).toBe("CHECK (note IN ('it''s'))");
    expect(() => sqlIn('status; DROP TABLE x', ['a'])).toThrow();
    expect(() => sqlIn('status', [])).toThrow();
  });
});
