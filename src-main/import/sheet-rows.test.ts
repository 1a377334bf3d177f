import { describe, expect, test } from 'vitest';
import { SheetRowCounter } from './sheet-rows';

/** Feeds `xml` in pieces of `size` bytes, as an inflater hands them over. */
function count(xml: string, limit: number, size: number) {
  const counter = new SheetRowCounter(limit);
  const bytes = Buffer.from(xml);
  let stopped = false;
  for (let at = 0; at < bytes.length && !stopped; at += size) stopped = counter.feed(bytes.subarray(at, at + size)) === 'stop';
  return { stopped, result: counter.result() };
}

const sheet = (dimension: string, rows: string) =>
  `<?xml version="1.0"?><worksheet><sheetPr/>${dimension}<sheetViews/><sheetData>${rows}</sheetData><rowBreaks count="1"><brk id="3"/></rowBreaks></worksheet>`;
const rows = (n: number) => Array.from({ length: n }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>1</v></c></row>`).join('');

describe('counting a sheet’s rows as it streams past', () => {
  test('every row is counted once, however the pieces fall (across tags too); <rowBreaks> is not a row', () => {
    const xml = sheet('<dimension ref="A1:A7"/>', rows(6) + '<row r="7"/>');
    for (const size of [1, 2, 3, 5, 7, 64, 1000]) expect(count(xml, 100, size)).toEqual({ stopped: false, result: { over: false, rows: 7 } });
  });

  test('prefixed elements count too', () => {
    expect(count('<x:worksheet><x:sheetData><x:row r="1"/><x:row r="2"></x:row></x:sheetData></x:worksheet>', 10, 4).result).toEqual({ over: false, rows: 2 });
  });

  test('stops at the first row past the limit; the limit itself is allowed', () => {
    expect(count(sheet('', rows(5)), 5, 3).result).toEqual({ over: false, rows: 5 });
    const over = count(sheet('', rows(50)), 5, 3);
    expect(over).toEqual({ stopped: true, result: { over: true, counted: 6 } });
  });

  test('a declared range past the limit stops before any row is read, even split across pieces', () => {
    for (const size of [1, 4, 1000]) {
      expect(count(sheet('<dimension ref="A1:XFD1048576"/>', rows(3)), 100_000, size)).toEqual({
        stopped: true,
        result: { over: true, declared: 'A1:XFD1048576', lastRow: 1_048_576 },
      });
    }
  });

  test('a declared range within the limit, or none, lets the rows be counted', () => {
    expect(count(sheet('<dimension ref="B2"/>', rows(3)), 10, 8).result).toEqual({ over: false, rows: 3 });
    // A dimension after the rows is not the sheet's declaration (and is not searched for).
    expect(count(`<worksheet><sheetData>${rows(2)}</sheetData><dimension ref="A1:A9999999"/></worksheet>`, 10, 8).result).toEqual({ over: false, rows: 2 });
  });
});
