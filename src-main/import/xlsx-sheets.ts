import ExcelJS from 'exceljs';
import type { CellValue } from '../../src-shared/import/cell';
import type { SheetSource, SourceRow } from '../../src-shared/import/table';
import { ok, type Result } from '../../src-shared/result';
import { echo } from '../../src-shared/text/echo';
import { damagedWorkbook } from './messages';
import { checkXlsxBounds } from './xlsx-bounds';

/** An exceljs value → what the cell shows: rich text joined, formula results, hyperlink text, error codes. */
export function flattenCell(v: ExcelJS.CellValue | undefined): CellValue {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v instanceof Date) return v;
  if (typeof v !== 'object') return String(v);
  if ('richText' in v) return v.richText.map((t) => t.text).join('');
  if ('formula' in v || 'sharedFormula' in v) return flattenCell((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
  if ('hyperlink' in v) return flattenCell((v as ExcelJS.CellHyperlinkValue).text as ExcelJS.CellValue);
  if ('error' in v) return String((v as ExcelJS.CellErrorValue).error);
  return '';
}

function sourceRow(row: ExcelJS.Row, rowNumber: number): SourceRow {
  const values = row.values as ExcelJS.CellValue[];
  const cells: CellValue[] = new Array(Math.max(0, values.length - 1));
  // row.values is 1-based and sparse; cells are 0-based and dense ('' for gaps).
  for (let i = 1; i < values.length; i++) cells[i - 1] = flattenCell(values[i]);
  return { row: rowNumber, cells };
}

/** A sheet of a fully loaded workbook; rows are flattened on demand. */
export function worksheetSource(ws: ExcelJS.Worksheet): SheetSource {
  return {
    // Shown in the preview and in messages, so hidden characters are written out (a sheet name is never stored).
    name: echo(ws.name),
    readRows(limit?: number): SourceRow[] {
      const rows: SourceRow[] = [];
      if (limit !== undefined) {
        const last = Math.min(ws.rowCount, limit);
        for (let n = 1; n <= last; n++) {
          const row = ws.findRow(n);
          if (row && row.hasValues) rows.push(sourceRow(row, n));
        }
        return rows;
      }
      ws.eachRow((row, n) => rows.push(sourceRow(row, n)));
      return rows;
    },
  };
}

/**
 * Every sheet through exceljs's full loader, once the file is known to be within the import limits (see
 * `checkXlsxBounds`): exceljs inflates every part whole and builds every row, so a small file that declares or
 * inflates to gigabytes, or a million rows, must not reach it. Not exceljs's streaming reader, although it is
 * faster: exceljs 4.4's streaming reader decodes each inflated chunk on its own, so a Chinese character split
 * across two chunks turns into U+FFFD (seen on the pool fixture).
 */
export async function loadSheets(bytes: Buffer, file: string): Promise<Result<SheetSource[]>> {
  const bounded = await checkXlsxBounds(bytes, file);
  if (!bounded.ok) return bounded;
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    return damagedWorkbook(file);
  }
  return ok(wb.worksheets.map(worksheetSource));
}

/** A zip that lost its end (a copy cut short, a download interrupted) has no end-of-central-directory record. */
export function hasZipEnd(bytes: Buffer): boolean {
  const from = Math.max(0, bytes.length - 65_557);
  return bytes.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) >= from;
}

