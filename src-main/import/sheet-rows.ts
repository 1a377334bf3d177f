/**
 * Counts a worksheet's rows as its XML streams past, without parsing it: the `<dimension ref="A1:O1048576">` the
 * sheet declares (written before its rows), then each `<row` element, stopping as soon as the count passes the
 * limit. Blank rows that carry formatting are rows in the file too, and count.
 */
export type SheetRows =
  | { over: false; rows: number }
  | { over: true; declared: string; lastRow: number }
  | { over: true; declared?: undefined; counted: number };

// Elements may carry a namespace prefix (`<x:row>`); `<rowBreaks>` is not a row.
const ROW = /<(?:[A-Za-z_][\w.-]{0,30}:)?row[\s>/]/g;
const DIMENSION = /<(?:[A-Za-z_][\w.-]{0,30}:)?dimension\s[^>]*?\bref\s*=\s*["']([^"']{1,40})["']/;
const SHEET_DATA = /<(?:[A-Za-z_][\w.-]{0,30}:)?sheetData[\s>/]/;
/** Enough of the end of one piece to complete a tag the next piece finishes. */
const CARRY = 64;
/** The dimension, if any, comes in the sheet's first elements; no more than this is searched for it. */
const HEAD = 64 * 1024;

export class SheetRowCounter {
  private rows = 0;
  private carry = '';
  private head: string | null = '';
  private declared?: { ref: string; lastRow: number };

  constructor(private readonly limit: number) {}

  /** Feeds the next piece of the sheet's XML; 'stop' once the sheet is known to be over the limit. */
  feed(piece: Buffer): 'go' | 'stop' {
    // latin1 maps each byte to one character: tags are ASCII, and no byte sequence is split or replaced.
    const text = this.carry + piece.toString('latin1');
    if (this.head !== null && this.readDimension(text) === 'stop') return 'stop';
    ROW.lastIndex = 0;
    let end = 0;
    for (let m = ROW.exec(text); m; m = ROW.exec(text)) {
      end = ROW.lastIndex;
      if (++this.rows > this.limit) return 'stop';
    }
    this.carry = text.slice(Math.max(end, text.length - CARRY));
    return 'go';
  }

  /** Looks for the dimension in the sheet's head (all of it read so far, up to `<sheetData>` or `HEAD`). */
  private readDimension(text: string): 'go' | 'stop' {
    const head = this.head + text.slice(this.carry.length);
    const m = DIMENSION.exec(head);
    this.head = m || SHEET_DATA.test(head) || head.length > HEAD ? null : head;
    if (!m) return 'go';
    const lastRow = lastRowOf(m[1]);
    if (lastRow <= this.limit) return 'go';
    this.declared = { ref: m[1], lastRow };
    return 'stop';
  }

  result(): SheetRows {
    if (this.declared) return { over: true, declared: this.declared.ref, lastRow: this.declared.lastRow };
    if (this.rows > this.limit) return { over: true, counted: this.rows };
    return { over: false, rows: this.rows };
  }
}

/** `A1:O1048576` → 1048576; `B7` → 7. */
function lastRowOf(ref: string): number {
  return Math.max(0, ...ref.split(':').map((part) => Number(/(\d+)$/.exec(part.trim())?.[1] ?? 0)));
}
