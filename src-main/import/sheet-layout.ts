import ExcelJS from 'exceljs';
import type { CellValue } from '../../src-shared/import/cell';
import type { ColumnSpec } from '../../src-shared/import/columns';

const LONG_TEXT = new Set(['honours', 'conditionsEvidence', 'projects', 'benefits', 'nonSeniorReason']);
const WIDE = new Set(['unitName', 'workUnitName', 'recommendingUnit', 'studioName', 'recommendingUnitKind', 'teamMembers']);
// Typed as text in Excel, so 13812345678 or a code with leading zeros is not turned into a number.
const AS_TEXT = new Set(['id', 'unitCode', 'workUnitCode', 'recommendingUnitCode', 'phone', 'avoidUnitCodes']);
const DATES = new Set(['foundedOn']);

function widthOf(field: string, header: string): number {
  if (LONG_TEXT.has(field)) return 48;
  if (WIDE.has(field)) return 30;
  return Math.max(12, header.length * 2 + 4);
}

/**
 * The layout templates and exports share: a merged title row, the header row (row 2), then data; frozen
 * below the header, so staff can scroll 10,000 rows and still read the column names.
 */
export function addTableSheet(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  columns: readonly ColumnSpec[],
  headers: readonly string[],
  rows: readonly CellValue[][],
): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = columns.map((c, i) => ({
    key: c.field,
    width: widthOf(c.field, headers[i]),
    style: DATES.has(c.field) ? { numFmt: 'yyyy-mm-dd' } : AS_TEXT.has(c.field) ? { numFmt: '@' } : {},
  }));
  // ws.columns writes a header row; the title goes over it.
  ws.getRow(1).values = [title];
  ws.mergeCells(1, 1, 1, columns.length);
  const titleCell = ws.getCell(1, 1);
  titleCell.font = { bold: true, size: 14 };
  titleCell.alignment = { horizontal: 'center', vertical: 'middle' };
  ws.getRow(1).height = 28;

  const headerRow = ws.getRow(2);
  headerRow.values = [...headers];
  headerRow.font = { bold: true };
  headerRow.alignment = { vertical: 'middle', wrapText: true };
  headerRow.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  for (const r of rows) ws.addRow(r as ExcelJS.CellValue[]);
  return ws;
}
