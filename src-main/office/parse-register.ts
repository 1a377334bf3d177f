import { SECTOR_VALUES } from '../../src-shared/import/labels';
import { ProblemList } from '../../src-shared/import/problem-list';
import { RowReader } from '../../src-shared/import/row-reader';
import { checkRow } from '../../src-shared/import/schema-check';
import type { ImportTable } from '../../src-shared/import/table';
import type { ImportResult } from '../../src-shared/import/types';
import { DuplicateFinder } from '../../src-shared/import/duplicates';
import { importedStudioSchema, type ImportedStudio } from '../../src-shared/office/studio';
import type { RegisterField } from '../../src-shared/office/register-columns';
import { parseRegisterNumber, registerNumber } from '../../src-shared/office/register-number';
import { importResult } from '../import/import-result';

export interface RegisterParseOptions {
  /** Sequence numbers already in the register, by year: a file may not repeat one (nor take one this office gave). */
  existing?: ReadonlyMap<number, ReadonlySet<number>>;
  /** Years whose list this office published: locked, nothing is imported into them. */
  lockedYears?: ReadonlySet<number>;
}

/** Stands in for a number still to be given, so the row's other cells are checked in the same pass. */
const UNNUMBERED = 0;

/**
 * A located table of an earlier year's list → studios with their register numbers, and every problem by row and
 * column. A written register number must be of the form 2024-JKWWT-01 and of the row's year; an empty one is given
 * after the highest number of that year (in the register or anywhere in the file), in the file's order. A number
 * used twice or already in the register, and a year this office published, are problems of their row: nothing is
 * merged, and one problem refuses the file.
 */
export function parseRegister(table: ImportTable<RegisterField>, options: RegisterParseOptions = {}): ImportResult<ImportedStudio> {
  const problems = new ProblemList();
  const r = new RowReader(table, problems);
  const records: ImportedStudio[] = [];
  const recordRows: number[] = [];
  const usedBy = new Map<string, number>();
  const highest = new Map<number, number>();
  for (const [year, seqs] of options.existing ?? []) highest.set(year, Math.max(0, ...seqs));

  for (const row of table.rows) {
    r.start(row);
    const year = r.year('year', UNNUMBERED) || undefined;
    if (year === undefined && !r.bad.has('year')) r.report('year', '', { zh: '必填，不能为空', en: 'required, must not be empty' });
    if (year !== undefined && options.lockedYears?.has(year)) {
      r.report('year', year, {
        zh: `${year} 年度的名单已由本办公室发文公布并锁定，不能再导入`,
        en: `the ${year} list was published by this office and is locked; nothing can be imported into it`,
      });
    }
    const seq = writtenSeq(r, year, options, usedBy, row.row);
    if (year !== undefined && seq) highest.set(year, Math.max(highest.get(year) ?? 0, seq));
    const input = {
      id: year !== undefined && seq ? registerNumber(year, seq) : 'unnumbered',
      year,
      seq: seq || 1,
      studioName: r.text('studioName', true),
      leaderName: r.text('leaderName', true),
      workUnitName: r.text('workUnitName', true),
      sector: r.choice('sector', SECTOR_VALUES, true),
      recommendingUnit: r.text('recommendingUnit', true),
      docNo: r.text('docNo', true),
      publishedOn: r.date('publishedOn', true),
    };
    const studio = checkRow(importedStudioSchema, input, r, {
      year: (v) => ({ zh: `年度应在 2000–2100 之间：${v}`, en: `year must be within 2000–2100: ${v}` }),
    });
    if (studio) {
      records.push(seq ? studio : { ...studio, seq: UNNUMBERED });
      recordRows.push(row.row);
    }
  }
  // Numbers for rows without one come after every number written in the file, so none can be taken twice.
  const numbered = records.map((s) => {
    if (s.seq !== UNNUMBERED) return s;
    const seq = (highest.get(s.year) ?? 0) + 1;
    highest.set(s.year, seq);
    return { ...s, seq, id: registerNumber(s.year, seq) };
  });
  return importResult(table, numbered, recordRows, problems, new DuplicateFinder());
}

/** The row's written register number as its sequence; 0 when the cell is empty, undefined after a problem. */
function writtenSeq(
  r: RowReader<RegisterField>,
  year: number | undefined,
  options: RegisterParseOptions,
  usedBy: Map<string, number>,
  row: number,
): number | undefined {
  const written = r.code('id', false);
  if (!written) return UNNUMBERED;
  const parsed = parseRegisterNumber(written);
  if (!parsed) {
    return r.report('id', written, {
      zh: `编号应为“年度-JKWWT-序号”，如 2024-JKWWT-01：${written}`,
      en: `a register number looks like 2024-JKWWT-01: ${written}`,
    });
  }
  if (year === undefined) return undefined;
  if (parsed.year !== year) {
    return r.report('id', written, {
      zh: `编号的年度（${parsed.year}）与“年度”列（${year}）不符`,
      en: `the number's year (${parsed.year}) differs from the Year column (${year})`,
    });
  }
  const id = registerNumber(year, parsed.seq);
  const earlier = usedBy.get(id);
  if (earlier !== undefined) {
    return r.report('id', written, { zh: `编号 ${id} 与第 ${earlier} 行重复`, en: `register number ${id} repeats row ${earlier}` });
  }
  if (options.existing?.get(year)?.has(parsed.seq)) {
    return r.report('id', written, { zh: `编号 ${id} 已在工作室名册中`, en: `register number ${id} is already in the register` });
  }
  usedBy.set(id, row);
  return parsed.seq;
}
