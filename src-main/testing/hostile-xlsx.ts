import zlib from 'node:zlib';

/**
 * Workbooks built byte by byte for the import-limit tests and bench: a zip whose directory declares sizes other
 * than what its parts hold, a sheet that inflates a thousandfold, a sheet of more rows than the limit. They are
 * real xlsx files (exceljs loads them when they are small), so a refusal is the limit's doing, not a parse error.
 */

export interface Deflated {
  bytes: Buffer;
  /** Inflated size and CRC-32 of what `bytes` inflates to. */
  size: number;
  crc: number;
}

export interface ZipPart {
  name: string;
  content: string | Buffer | Deflated;
  /** The uncompressed size the zip's headers declare, when it should not be the true one. */
  declaredSize?: number;
}

function deflated(content: ZipPart['content']): Deflated {
  if (typeof content !== 'string' && !Buffer.isBuffer(content)) return content;
  const data = Buffer.from(content);
  return { bytes: zlib.deflateRawSync(data), size: data.length, crc: zlib.crc32(data) };
}

/**
 * `unit` repeated `times` times between `head` and `tail`, deflated without building the whole: each unit is
 * deflated once on its own and ended with a sync flush (a byte-aligned, non-final block that refers to nothing
 * before it), so copies of it can simply be laid end to end. 400 MB of rows costs 1 MB of work this way.
 */
export function deflateRepeated(head: string, unit: string, times: number, tail: string): Deflated {
  const piece = (text: string) => zlib.deflateRawSync(Buffer.from(text), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const unitBytes = Buffer.from(unit);
  let crc = zlib.crc32(head);
  for (let i = 0; i < times; i++) crc = zlib.crc32(unitBytes, crc);
  crc = zlib.crc32(tail, crc);
  const repeated = piece(unit);
  return {
    bytes: Buffer.concat([piece(head), ...Array.from({ length: times }, () => repeated), zlib.deflateRawSync(Buffer.from(tail))]),
    size: Buffer.byteLength(head) + unitBytes.length * times + Buffer.byteLength(tail),
    crc,
  };
}

/** A zip of deflated parts; each part's headers declare `declaredSize` when given. */
export function zipOf(parts: readonly ZipPart[]): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const part of parts) {
    const d = deflated(part.content);
    const name = Buffer.from(part.name);
    const size = part.declaredSize ?? d.size;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(d.crc, 14);
    local.writeUInt32LE(d.bytes.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(0x0800, 8);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(d.crc, 16);
    entry.writeUInt32LE(d.bytes.length, 20);
    entry.writeUInt32LE(size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    out.push(local, name, d.bytes);
    central.push(entry, name);
    offset += local.length + name.length + d.bytes.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...out, directory, end]);
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const SHEET_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN}" xmlns:r="${REL}">`;

/** The parts around one worksheet, named `sheetName` on its tab. */
export function workbookParts(sheet: ZipPart['content'], sheetName = '专家库', declaredSize?: number): ZipPart[] {
  return [
    {
      name: '[Content_Types].xml',
      content:
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
    },
    {
      name: '_rels/.rels',
      content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
    },
    {
      name: 'xl/workbook.xml',
      content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="${sheetName}" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      content: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
    },
    { name: 'xl/worksheets/sheet1.xml', content: sheet, declaredSize },
  ];
}

const cell = (ref: string, text: string) => `<c r="${ref}" t="inlineStr"><is><t>${text}</t></is></c>`;

/** A worksheet of `rows` rows of one cell each, optionally declaring the range `dimension`. */
export function rowsSheet(rows: number, dimension?: string): string {
  const parts = [SHEET_HEAD, dimension ? `<dimension ref="${dimension}"/>` : '', '<sheetData>'];
  for (let r = 1; r <= rows; r++) parts.push(`<row r="${r}">${cell(`A${r}`, '专家')}</row>`);
  parts.push('</sheetData></worksheet>');
  return parts.join('');
}

/**
 * Like the issue's file (445 KB that inflated to 400 MB): `inflatedMb` MB of identical rows (no row numbers, as
 * allowed), at about 3.3 KB of file per MB, so 400 MB fits in 1.3 MB.
 */
export function bombSheet(inflatedMb: number): Deflated {
  const row = `<row>${cell('A1', '张三').replace(' r="A1"', '')}</row>`;
  const unit = row.repeat(Math.ceil(1024 * 1024 / row.length));
  return deflateRepeated(`${SHEET_HEAD}<sheetData>`, unit, inflatedMb, '</sheetData></worksheet>');
}

/** A workbook whose one sheet is `sheet`, its size declared as `declaredSize` when given (a lie, or a huge claim). */
export function xlsxOf(sheet: ZipPart['content'], declaredSize?: number, sheetName?: string): Buffer {
  return zipOf(workbookParts(sheet, sheetName, declaredSize));
}
