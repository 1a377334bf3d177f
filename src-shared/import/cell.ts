/**
 * One spreadsheet cell after reading: the reader flattens rich text, formulas and hyperlinks to what the
 * cell shows. Numbers and dates keep their type because a number in a date column is an Excel serial while
 * the same digits typed as text may be a year or yyyymmdd. An empty cell is ''.
 */
export type CellValue = string | number | boolean | Date;

const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

/** A date cell as ISO `YYYY-MM-DD`, by its UTC parts: exceljs stores Excel's zone-less dates as UTC. */
export function isoFromDate(d: Date): string {
  return `${String(d.getUTCFullYear()).padStart(4, '0')}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** The cell as text, for text fields and for quoting the value back in a problem message. */
export function cellText(v: CellValue): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  return Number.isNaN(v.getTime()) ? '' : isoFromDate(v);
}

export function isBlank(v: CellValue): boolean {
  return typeof v === 'string' ? v.trim() === '' : false;
}
