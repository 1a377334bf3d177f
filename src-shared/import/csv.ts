/**
 * CSV as Chinese offices produce it. Excel's "CSV (逗号分隔)" on a Chinese Windows writes GBK (GB18030 is its
 * superset), "CSV UTF-8" writes a BOM, and WPS writes UTF-8 without one; "Unicode 文本" is UTF-16 with tabs.
 */

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';
}

export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not valid UTF-8: on a Chinese desktop that means the ANSI code page, GBK.
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

/** The separator the first line uses most: comma, tab (Unicode text export) or semicolon. */
export function detectDelimiter(text: string): string {
  const end = text.search(/\r|\n/);
  const line = end < 0 ? text : text.slice(0, end);
  const count = (c: string) => line.split(c).length - 1;
  const candidates: [string, number][] = [
    [',', count(',')],
    ['\t', count('\t')],
    [';', count(';')],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  return candidates[0][1] > 0 ? candidates[0][0] : ',';
}

/**
 * RFC 4180: quoted fields may hold separators, doubled quotes and line breaks; CRLF, LF or CR end a record.
 * Returns one array per record; a final empty line is not a record. Stops after `maxRecords + 1` records, so a
 * caller that limits records learns that a file is over its limit without building all of it.
 */
export function parseCsv(text: string, delimiter = detectDelimiter(text), maxRecords = Infinity): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const n = text.length;
  const endField = () => {
    record.push(field);
    field = '';
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  while (i < n && records.length <= maxRecords) {
    const c = text[i];
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += c;
      }
      i++;
      continue;
    }
    if (c === '"' && field === '') quoted = true;
    else if (c === delimiter) endField();
    else if (c === '\n') endRecord();
    else if (c === '\r') {
      endRecord();
      if (text[i + 1] === '\n') i++;
    } else field += c;
    i++;
  }
  if ((field !== '' || record.length > 0) && records.length <= maxRecords) endRecord();
  return records;
}
