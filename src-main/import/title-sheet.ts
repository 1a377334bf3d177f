import ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { cellText, type CellValue } from '../../src-shared/import/cell';
import { err, ok, type Result } from '../../src-shared/result';
import { DICTIONARY_RANK_LABELS } from '../../src-shared/titles/rank-labels';
import type { TitleEntry } from '../../src-shared/titles/title-dictionary';
import { writeWorkbookAtomically } from './atomic-write';
import { damagedWorkbook } from './messages';
import { hasZipEnd, loadSheets } from './xlsx-sheets';

/** The title dictionary as the office edits it in Excel: one title a row, aliases in one cell. */
export const TITLE_SHEET = '职称字典';
const HEADERS = ['职称', '级别', '别名', '系列'] as const;
const ALIAS_SEPARATORS = /[、，,；;\n]+/;

export interface TitleRows {
  /** With the sheet row of each, so problems name the rows staff see. */
  entries: Array<{ title: string; rank: string; aliases: string[]; series: string; row: number }>;
}

function workbook(entries: readonly TitleEntry[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(TITLE_SHEET);
  ws.columns = [{ width: 22 }, { width: 12 }, { width: 50 }, { width: 18 }];
  ws.addRow([...HEADERS]).font = { bold: true };
  for (const e of entries) ws.addRow([e.title, DICTIONARY_RANK_LABELS[e.rank].zh, e.aliases.join('、'), e.series]);
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  return wb;
}

/** Reads the sheet: the header row is found by its 职称 and 级别 cells; blank rows are skipped. */
export async function readTitleSheet(content: Buffer, file: string): Promise<Result<TitleRows>> {
  if (!hasZipEnd(content)) return damagedWorkbook(file);
  const loaded = await loadSheets(content, file);
  if (!loaded.ok) return loaded;
  const sheets = loaded.value;
  const sheet = sheets.find((x) => x.name === TITLE_SHEET) ?? sheets[0];
  const rows = sheet?.readRows() ?? [];
  // As written: the dictionary trims, and refuses hidden characters wherever they are (even at the edges).
  const text = (cells: readonly CellValue[], i: number) => (i >= 0 ? cellText(cells[i] ?? '') : '');
  const headerAt = rows.findIndex((r) => r.cells.some((c) => cellText(c).trim() === '职称') && r.cells.some((c) => cellText(c).trim() === '级别'));
  if (headerAt < 0) {
    return err('no-header', '找不到表头（应含“职称”“级别”两列，可含“别名”“系列”）', 'No header row found (it needs 职称 and 级别 columns; 别名 and 系列 are optional)');
  }
  const header = rows[headerAt];
  const columns = HEADERS.map((h) => header.cells.findIndex((c) => cellText(c).trim() === h));
  const entries: TitleRows['entries'] = [];
  for (const r of rows.slice(headerAt + 1)) {
    const [title, rank, aliases, series] = columns.map((c) => text(r.cells, c));
    if ([title, rank, aliases, series].every((v) => v.trim() === '')) continue;
    entries.push({ title, rank, aliases: aliases.split(ALIAS_SEPARATORS).filter((a) => a.trim() !== ''), series, row: r.row });
  }
  return ok({ entries });
}

/** Written beside the target, read back and compared, then moved into place. */
export async function writeTitleSheet(entries: readonly TitleEntry[], file: string): Promise<Result<void>> {
  return writeWorkbookAtomically(workbook(entries), file, async (temp) => {
    const back = await readTitleSheet(await readFile(temp), path.basename(temp));
    if (!back.ok) return back;
    const same =
      back.value.entries.length === entries.length &&
      back.value.entries.every((e, i) => e.title === entries[i].title && e.aliases.join('|') === entries[i].aliases.join('|'));
    return same ? ok() : err('export-verify-failed', '导出的职称字典读回后与原数据不一致，未保存', 'The exported title dictionary did not read back the same; not saved');
  });
}
