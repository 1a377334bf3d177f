import { expertSchema, type Expert } from '../../src-shared/domain/expert';
import type { UnitType } from '../../src-shared/domain/vocabulary';
import { EXPERT_TABLE, type ExpertField } from '../../src-shared/import/columns';
import { DuplicateFinder } from '../../src-shared/import/duplicates';
import { GENDER_LABELS, SECTOR_VALUES, STATUS_VALUES, UNIT_TYPE_VALUES } from '../../src-shared/import/labels';
import { normalizeEmail } from '../../src-shared/import/normalize';
import { ProblemList } from '../../src-shared/import/problem-list';
import { RowReader } from '../../src-shared/import/row-reader';
import { checkRow, type FieldMessages } from '../../src-shared/import/schema-check';
import type { ImportTable } from '../../src-shared/import/table';
import type { ImportResult, InferredUnitType } from '../../src-shared/import/types';
import type { NameRegister } from '../../src-shared/registers/name-register';
import { nameKey } from '../../src-shared/registers/name-key';
import { inferUnitType } from '../../src-shared/registers/unit-type';
import type { Result } from '../../src-shared/result';
import type { UnitEntry } from '../../src-shared/registers/unit-entry';
import { generatedExpertId, generatedUnitCode } from './generated-codes';
import { idMessage } from './messages';
import { readTable } from './read-table';
import { importResult } from './import-result';

const MESSAGES: FieldMessages<ExpertField> = {
  id: idMessage,
  email: (v) => ({ zh: `电子邮箱格式不正确：${v}`, en: `not a valid e-mail address: ${v}` }),
};

export interface ExpertParseOptions {
  /** The office's units register: codes and types for files that give unit names only. */
  units?: NameRegister<UnitEntry>;
  /** Unit types staff chose in the preview, by unit name as written, over what was inferred. */
  unitTypes?: Readonly<Record<string, UnitType>>;
}

/**
 * A located expert table → validated experts, every bad cell and every within-file duplicate. Office files
 * carry names, not codes: a missing expert id is generated from name and unit, a missing unit code comes from
 * the units register (else from the unit's name), a missing unit type from the register, else from the
 * name (reported as inferred, for staff to check). Any title is accepted as written; its rank is the title
 * dictionary's business.
 */
export function parseExperts(table: ImportTable<ExpertField>, options: ExpertParseOptions = {}): ImportResult<Expert> {
  const problems = new ProblemList();
  const records: Expert[] = [];
  const recordRows: number[] = [];
  const duplicates = new DuplicateFinder();
  const inferred = new Map<string, InferredUnitType>();
  const r = new RowReader(table, problems);

  for (const row of table.rows) {
    r.start(row);
    const name = r.text('name', true);
    const unitName = r.text('unitName', true);
    const registered = unitName === undefined ? undefined : options.units?.find(unitName);
    const id = r.code('id', false) || (name && unitName ? generatedExpertId(name, unitName) : undefined);
    const unitCode = r.code('unitCode', false) || registered?.code || (unitName ? generatedUnitCode(unitName) : undefined);
    // Without a name or unit there is nothing to derive codes from; that row's problem is already reported.
    if (id === undefined) r.bad.add('id');
    if (unitCode === undefined) r.bad.add('unitCode');
    let unitType = r.choice('unitType', UNIT_TYPE_VALUES, false);
    let unitTypeInferred = false;
    if (unitType === undefined && unitName !== undefined && !r.bad.has('unitType')) {
      const chosen = options.unitTypes?.[unitName];
      if (chosen) unitType = chosen;
      else if (registered) unitType = registered.type;
      else {
        const guess = inferUnitType(unitName);
        unitType = guess.type;
        unitTypeInferred = true;
        const key = nameKey(unitName);
        const seen = inferred.get(key) ?? { unitName, type: guess.type, why: guess.why, rows: [] };
        seen.rows.push(row.row);
        inferred.set(key, seen);
      }
    }
    if (unitType === undefined) r.bad.add('unitType');
    const input = {
      id,
      name,
      gender: r.choice('gender', GENDER_LABELS, true),
      unitName,
      unitCode,
      unitType,
      unitTypeInferred,
      title: r.text('title', true),
      sectors: r.choices('sectors', SECTOR_VALUES, true),
      specialty: r.text('specialty', false),
      phone: r.ascii('phone'),
      email: normalizeEmail(r.ascii('email')),
      status: r.choice('status', STATUS_VALUES, false, 'available'),
      avoidUnitCodes: r.list('avoidUnitCodes', true),
      panelYears: r.years('panelYears'),
      nonSeniorReason: r.text('nonSeniorReason', false) ?? '',
    };
    duplicates.add(row.row, id, name, unitCode);
    const expert = checkRow(expertSchema, input, r, MESSAGES);
    if (expert) {
      records.push(expert);
      recordRows.push(row.row);
    }
  }
  return importResult(table, records, recordRows, problems, duplicates, [...inferred.values()]);
}

/** Reads and parses an expert pool file (.xlsx or .csv). */
export async function importExpertsFile(filePath: string, options: ExpertParseOptions = {}): Promise<Result<ImportResult<Expert>>> {
  const table = await readTable(filePath, EXPERT_TABLE);
  return table.ok ? { ok: true, value: parseExperts(table.value, options) } : table;
}
