import { expertSchema, type Expert } from '../../src-shared/domain/expert';
import { titleRank } from '../../src-shared/domain/titles';
import { EXPERT_TABLE, type ExpertField } from '../../src-shared/import/columns';
import { DuplicateFinder } from '../../src-shared/import/duplicates';
import { GENDER_LABELS, SECTOR_VALUES, STATUS_VALUES, UNIT_TYPE_VALUES } from '../../src-shared/import/labels';
import { normalizeEmail } from '../../src-shared/import/normalize';
import { RowReader } from '../../src-shared/import/row-reader';
import { checkRow, type FieldMessages } from '../../src-shared/import/schema-check';
import type { ImportTable } from '../../src-shared/import/table';
import type { ImportProblem, ImportResult } from '../../src-shared/import/types';
import type { Result } from '../../src-shared/result';
import { readTable } from './read-table';
import { idMessage, unknownTitle } from './messages';
import { importResult } from './import-result';

const MESSAGES: FieldMessages<ExpertField> = {
  id: idMessage,
  email: (v) => ({ zh: `电子邮箱格式不正确：${v}`, en: `not a valid e-mail address: ${v}` }),
};

/** A located expert table → validated experts, every bad cell and every within-file duplicate. */
export function parseExperts(table: ImportTable<ExpertField>): ImportResult<Expert> {
  const problems: ImportProblem[] = [];
  const records: Expert[] = [];
  const recordRows: number[] = [];
  const duplicates = new DuplicateFinder();
  const r = new RowReader(table, problems);

  for (const row of table.rows) {
    r.start(row);
    const id = r.code('id', true);
    const name = r.text('name', true);
    const unitCode = r.code('unitCode', true);
    const title = r.text('title', true);
    const nonSeniorReason = r.text('nonSeniorReason', false) ?? '';
    if (title !== undefined) {
      const rank = titleRank(title);
      if (!rank) r.report('title', r.raw('title'), unknownTitle(title));
      else if (rank !== 'full-senior' && nonSeniorReason === '') {
        r.report('nonSeniorReason', r.raw('nonSeniorReason'), {
          zh: `职称“${title}”不是正高级，须填写非正高原因（第六条）`,
          en: `title "${title}" is not full-senior: a reason is required (Art. 6)`,
        });
      }
    }
    const input = {
      id,
      name,
      gender: r.choice('gender', GENDER_LABELS, true),
      unitName: r.text('unitName', true),
      unitCode,
      unitType: r.choice('unitType', UNIT_TYPE_VALUES, true),
      title,
      sectors: r.choices('sectors', SECTOR_VALUES, true),
      specialty: r.text('specialty', false),
      phone: r.ascii('phone'),
      email: normalizeEmail(r.ascii('email')),
      status: r.choice('status', STATUS_VALUES, false, 'available'),
      avoidUnitCodes: r.list('avoidUnitCodes', true),
      panelYears: r.years('panelYears'),
      nonSeniorReason,
    };
    duplicates.add(row.row, id, name, unitCode);
    const expert = checkRow(expertSchema, input, r, MESSAGES);
    if (expert) {
      records.push(expert);
      recordRows.push(row.row);
    }
  }
  return importResult(table, records, recordRows, problems, duplicates);
}

/** Reads and parses an expert pool file (.xlsx or .csv). */
export async function importExpertsFile(filePath: string): Promise<Result<ImportResult<Expert>>> {
  const table = await readTable(filePath, EXPERT_TABLE);
  return table.ok ? { ok: true, value: parseExperts(table.value) } : table;
}
