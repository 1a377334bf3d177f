import ExcelJS from 'exceljs';
import type { Expert } from '../../src-shared/domain/expert';
import type { Nomination } from '../../src-shared/domain/nomination';
import type { CellValue } from '../../src-shared/import/cell';
import { EXPERT_TABLE, NOMINATION_TABLE, type TableSpec } from '../../src-shared/import/columns';
import { expertCells, nominationCells } from '../../src-shared/import/to-cells';
import type { ImportResult } from '../../src-shared/import/types';
import { err, ok, type Result } from '../../src-shared/result';
import { writeWorkbookAtomically } from './atomic-write';
import { parseExperts } from './parse-experts';
import { parseNominations } from './parse-nominations';
import { readTable } from './read-table';
import { addTableSheet } from './sheet-layout';

export interface ExportSummary {
  filePath: string;
  rows: number;
}

/** The pool as an .xlsx with the import headers, so the file can be edited and imported again unchanged. */
export async function exportExperts(experts: readonly Expert[], filePath: string): Promise<Result<ExportSummary>> {
  const rows = experts.map(expertCells);
  const verify = async (temp: string) => {
    const table = await readTable(temp, EXPERT_TABLE);
    return table.ok ? sameRecords(parseExperts(table.value), experts) : table;
  };
  return write(EXPERT_TABLE, `专家库名单（共 ${experts.length} 人）`, rows, filePath, verify);
}

export async function exportNominations(nominations: readonly Nomination[], filePath: string): Promise<Result<ExportSummary>> {
  const rows = nominations.map(nominationCells);
  const verify = async (temp: string) => {
    const table = await readTable(temp, NOMINATION_TABLE);
    // Every row carries its year; the default is never used.
    return table.ok ? sameRecords(parseNominations(table.value, { defaultYear: 2000 }), nominations) : table;
  };
  return write(NOMINATION_TABLE, `推荐对象名单（共 ${nominations.length} 个）`, rows, filePath, verify);
}

async function write(
  spec: TableSpec,
  title: string,
  rows: CellValue[][],
  filePath: string,
  verify: (temp: string) => Promise<Result<void>>,
): Promise<Result<ExportSummary>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '劳模工匠创新工作室评审';
  addTableSheet(wb, spec.name.zh, title, spec.columns, spec.columns.map((c) => c.zh), rows);
  const written = await writeWorkbookAtomically(wb, filePath, verify);
  return written.ok ? ok({ filePath, rows: rows.length }) : written;
}

/** The written file must read back to the same records, row for row; otherwise it is not put in place. */
function sameRecords<T extends { id: string }>(read: ImportResult<T>, expected: readonly T[]): Result<void> {
  const first = read.problems[0];
  if (first) {
    return err(
      'export-verify-failed',
      `导出文件复核失败：第 ${first.row} 行“${first.column}”${first.reason.zh}`,
      `The exported file failed its check: row ${first.row}, ${first.column}: ${first.reason.en}`,
    );
  }
  const mismatch = expected.findIndex((e, i) => read.records[i]?.id !== e.id);
  if (read.records.length !== expected.length || mismatch >= 0) {
    return err(
      'export-verify-failed',
      `导出文件复核失败：应有 ${expected.length} 行，读回 ${read.records.length} 行`,
      `The exported file failed its check: ${expected.length} rows expected, ${read.records.length} read back`,
    );
  }
  return ok();
}
