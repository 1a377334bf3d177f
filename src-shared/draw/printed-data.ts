import type { DrawConfig } from './config';
import type { CallLogEntry } from './replacement';
import type { Witness } from './witnesses';

/**
 * The recomputation data printed on the draw record (抽取记录, §9.1 of docs/draw-spec.md): the draw's inputs as
 * JSON between two marker lines. Printing wraps lines anywhere and a PDF-to-text tool may add or drop spaces, so
 * the printed JSON holds nothing but printable ASCII — every other character inside a value (space, Chinese text) is
 * written as a `\uXXXX` escape — and a reader removes all white space between the markers and parses what is left.
 */
export const PRINTED_DATA_BEGIN = 'HN-DRAW-1-DATA-BEGIN';
export const PRINTED_DATA_END = 'HN-DRAW-1-DATA-END';

export interface PrintedDrawData {
  algorithm: 'HN-DRAW-1';
  /** Number of experts in the pool snapshot. */
  poolSize: number;
  /** The whole snapshot (lines `id|unit_code|stratum` in snapshot order), when the record prints every walk row. */
  pool?: string[];
  /**
   * Otherwise (large pools), the snapshot lines of the experts the record prints, in rank order: every row up to the
   * last seat or standby place; the rows after it can only be skips, and the snapshot is fixed by poolHash and the
   * protocol file's SHA-256 printed beside it.
   */
  poolPrinted?: string[];
  config: DrawConfig;
  witnesses: Witness[];
  /** The call log in entry order, times as local ISO 8601 with offset. */
  callLog: CallLogEntry[];
}

/** Anything but printable ASCII: white space and invisible characters print as nothing (or as a gap nobody can
 * count), and CJK text set in a fallback font may be read back out of line order by PDF-to-text tools. */
const NOT_PRINTABLE_ASCII = /[^\x21-\x7e]/g;

/** Compact JSON of printable ASCII only (every other character as a `\uXXXX` escape); the same value once parsed. */
export function printableJson(value: unknown): string {
  return JSON.stringify(value).replace(NOT_PRINTABLE_ASCII, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A page footer line as the sheets print it (`第 3 页，共 17 页 · Page 3 of 17`, or one language of it). */
const FOOTER = /^\s*(第\s*\d+\s*页，共\s*\d+\s*页(\s*·\s*Page\s+\d+\s+of\s+\d+)?|Page\s+\d+\s+of\s+\d+)\s*$/;

/**
 * Reads the recomputation data back from the text of a printed record (e.g. `pdftotext -layout`): the lines between
 * the markers, page footers dropped, all white space removed, parsed as JSON.
 */
export function readPrintedData(text: string): unknown {
  const begin = text.indexOf(PRINTED_DATA_BEGIN);
  const end = text.indexOf(PRINTED_DATA_END, begin);
  if (begin < 0 || end < 0) throw new Error('the text has no recomputation data markers');
  const body = text
    .slice(begin + PRINTED_DATA_BEGIN.length, end)
    .split('\n')
    .filter((line) => !FOOTER.test(line))
    .join('')
    .replace(/\s+/g, '');
  return JSON.parse(body);
}
