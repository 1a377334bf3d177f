import { nominationSchema, type Nomination } from '../../src-shared/domain/nomination';
import { NOMINATION_TABLE, type NominationField } from '../../src-shared/import/columns';
import { DuplicateFinder } from '../../src-shared/import/duplicates';
import { parseHonourText } from '../../src-shared/import/honour-text';
import {
  GENDER_LABELS,
  RECOMMENDING_UNIT_KIND_VALUES,
  SECTOR_VALUES,
  WORK_UNIT_CATEGORY_VALUES,
} from '../../src-shared/import/labels';
import { ProblemList } from '../../src-shared/import/problem-list';
import { RowReader } from '../../src-shared/import/row-reader';
import { checkRow, type FieldMessages } from '../../src-shared/import/schema-check';
import type { ImportTable } from '../../src-shared/import/table';
import type { ImportResult } from '../../src-shared/import/types';
import type { RecommendingUnitEntry } from '../../src-shared/registers/default-recommending-units';
import type { NameRegister } from '../../src-shared/registers/name-register';
import type { Result } from '../../src-shared/result';
import type { UnitEntry } from '../../src-shared/registers/unit-entry';
import { generatedRecommenderCode, generatedUnitCode } from './generated-codes';
import { idMessage } from './messages';
import { readTable } from './read-table';
import { importResult } from './import-result';

const MESSAGES: FieldMessages<NominationField> = {
  id: idMessage,
  leaderBirthYear: (v) => ({ zh: `出生年份应在 1930–2010 之间：${v}`, en: `birth year must be within 1930–2010: ${v}` }),
  year: (v) => ({ zh: `年度应在 2000–2100 之间：${v}`, en: `year must be within 2000–2100: ${v}` }),
};

export interface NominationParseOptions {
  /** The year for rows whose 年度 is empty, or for a file without that column. */
  defaultYear: number;
  /** The office's registers: codes for forms that give unit and recommender names only. */
  units?: NameRegister<UnitEntry>;
  recommenders?: NameRegister<RecommendingUnitEntry>;
}

/**
 * A nomination without an id (no 推荐编号 column, or an empty cell) gets `${year}-R${row}`: stable for the
 * same file, and it tells staff which row it came from. Generated ids take part in the duplicate check, so
 * one that happens to equal a written id is reported, not merged.
 */
export function generatedNominationId(year: number, row: number): string {
  return `${year}-R${row}`;
}

/**
 * A located nomination table → validated nominations, every bad cell and every within-file duplicate.
 * Recommenders' forms carry names: missing unit and recommender codes come from the registers (else from the
 * names), a missing work-unit category or recommender kind stays empty (screening goes by the register and
 * sends the rest to a reviewer), and any title is accepted as written.
 */
export function parseNominations(table: ImportTable<NominationField>, options: NominationParseOptions): ImportResult<Nomination> {
  const problems = new ProblemList();
  const records: Nomination[] = [];
  const recordRows: number[] = [];
  const duplicates = new DuplicateFinder();
  const r = new RowReader(table, problems);
  for (const row of table.rows) {
    r.start(row);
    const year = r.year('year', options.defaultYear);
    const written = r.code('id', false);
    const id = written || generatedNominationId(year ?? options.defaultYear, row.row);
    const studioName = r.text('studioName', true);
    const workUnitName = r.text('workUnitName', true);
    const workUnitCode =
      r.code('workUnitCode', false) || (workUnitName && (options.units?.find(workUnitName)?.code ?? generatedUnitCode(workUnitName)));
    const recommendingUnit = r.text('recommendingUnit', true);
    const recommendingUnitCode =
      r.code('recommendingUnitCode', false) ||
      (recommendingUnit && (options.recommenders?.find(recommendingUnit)?.code ?? generatedRecommenderCode(recommendingUnit)));
    if (!workUnitCode) r.bad.add('workUnitCode');
    if (!recommendingUnitCode) r.bad.add('recommendingUnitCode');
    const input = {
      id,
      year,
      studioName,
      leaderName: r.text('leaderName', true),
      leaderGender: r.choice('leaderGender', GENDER_LABELS, true),
      leaderBirthYear: r.yearOf('leaderBirthYear', true),
      leaderTitle: r.text('leaderTitle', true),
      honours: honours(r),
      workUnitName,
      workUnitCode,
      workUnitCategory: r.choice('workUnitCategory', WORK_UNIT_CATEGORY_VALUES, false) ?? null,
      sector: r.choice('sector', SECTOR_VALUES, true),
      recommendingUnit,
      recommendingUnitCode,
      recommendingUnitKind: r.choice('recommendingUnitKind', RECOMMENDING_UNIT_KIND_VALUES, false) ?? null,
      foundedOn: r.date('foundedOn', true),
      teamMembers: r.list('teamMembers', false),
      isExistingRndOrTeam: r.boolean('isExistingRndOrTeam', false),
      conditionsEvidence: r.multiline('conditionsEvidence'),
      projects: r.multiline('projects'),
      benefits: r.multiline('benefits'),
    };
    duplicates.add(row.row, id, studioName, workUnitCode);
    const nomination = checkRow(nominationSchema, input, r, MESSAGES);
    if (nomination) {
      records.push(nomination);
      recordRows.push(row.row);
    }
  }
  return importResult(table, records, recordRows, problems, duplicates);
}

/** Every item of the honours cell is checked; one bad item is reported with the item's text. */
function honours(r: RowReader<NominationField>) {
  const raw = r.raw('honours');
  if (raw === undefined) return [];
  const parsed = parseHonourText(typeof raw === 'string' ? raw : String(raw));
  if (parsed.problems.length === 0) return parsed.honours;
  for (const p of parsed.problems) r.report('honours', p.text, p.reason);
  return undefined;
}

/** Reads and parses a nominations file (.xlsx or .csv). */
export async function importNominationsFile(
  filePath: string,
  options: NominationParseOptions,
): Promise<Result<ImportResult<Nomination>>> {
  const table = await readTable(filePath, NOMINATION_TABLE);
  return table.ok ? { ok: true, value: parseNominations(table.value, options) } : table;
}
