import ExcelJS from 'exceljs';
import type { CellValue } from '../../src-shared/import/cell';
import { SECTOR_VALUES } from '../../src-shared/import/labels';
import { REGISTER_EXPORT_EXTRA, REGISTER_TABLE } from '../../src-shared/office/register-columns';
import { STUDIO_SOURCE_LABELS, STUDIO_STATUS_LABELS } from '../../src-shared/office/register-labels';
import type { StudioRow } from '../../src-shared/office/studio';
import { err, ok, type Result } from '../../src-shared/result';
import { writeWorkbookAtomically } from '../import/atomic-write';
import { readTable } from '../import/read-table';
import { addTableSheet } from '../import/sheet-layout';
import { writeTableTemplate } from '../import/templates';
import { parseRegister } from './parse-register';

const COLUMNS = [...REGISTER_TABLE.columns, ...REGISTER_EXPORT_EXTRA];

function studioCells(s: StudioRow): CellValue[] {
  return [
    s.year,
    s.id,
    s.studioName,
    s.leaderName,
    s.workUnitName,
    SECTOR_VALUES.label(s.sector),
    s.recommendingUnit,
    s.docNo,
    s.publishedOn,
    STUDIO_STATUS_LABELS[s.status].zh,
    STUDIO_SOURCE_LABELS[s.source].zh,
  ];
}

/**
 * The register with the headers of the past lists the office imports, so a copy can be taken in elsewhere; status
 * and source follow as columns an import ignores. Read back before it is put in place: same numbers, same order.
 */
export async function writeRegisterXlsx(studios: readonly StudioRow[], filePath: string): Promise<Result<void>> {
  const wb = new ExcelJS.Workbook();
  wb.creator = '劳模工匠创新工作室评审';
  const title = `劳模工匠创新工作室名册（共 ${studios.length} 个）`;
  addTableSheet(wb, REGISTER_TABLE.name.zh, title, COLUMNS, COLUMNS.map((c) => c.zh), studios.map(studioCells));
  return writeWorkbookAtomically(wb, filePath, async (temp) => {
    // An empty register is a title and a header: nothing to read back but the header.
    if (studios.length === 0) return ok();
    const table = await readTable(temp, REGISTER_TABLE);
    if (!table.ok) return table;
    const read = parseRegister(table.value);
    const same = read.problemCount === 0 && read.records.length === studios.length && read.records.every((r, i) => r.id === studios[i].id);
    return same
      ? ok()
      : err(
          'export-verify-failed',
          `导出文件复核失败：应有 ${studios.length} 行，读回 ${read.records.length} 行`,
          `The exported file failed its check: ${studios.length} rows expected, ${read.records.length} read back`,
        );
  });
}

const EXAMPLE: StudioRow = {
  id: '2024-JKWWT-01',
  year: 2024,
  seq: 1,
  studioName: '李四劳模创新工作室',
  leaderName: '李四',
  workUnitName: '郑州市第一人民医院',
  sector: 'health',
  recommendingUnit: '郑州市教科文卫体工会',
  source: 'imported',
  docNo: '豫教科文卫体工〔2024〕50号',
  publishedOn: '2024-12-20',
  status: 'active',
  recommendations: 0,
};

/** The import template for past lists: the register's headers, one example row the import skips, and how to fill it. */
export function writeRegisterTemplate(filePath: string): Promise<Result<void>> {
  return writeTableTemplate(REGISTER_TABLE, studioCells(EXAMPLE).slice(0, REGISTER_TABLE.columns.length), filePath, { titleSheet: false });
}
