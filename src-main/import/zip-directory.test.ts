import ExcelJS from 'exceljs';
import zlib from 'node:zlib';
import { describe, expect, test } from 'vitest';
import { storedZip } from '../../tests/fixtures/stored-zip';
import { rowsSheet, xlsxOf, zipOf } from '../testing/hostile-xlsx';
import { inflateEntry, readZipDirectory, type ZipEntry } from './zip-directory';

async function inflatedText(bytes: Buffer, entry: ZipEntry) {
  const pieces: Buffer[] = [];
  const result = await inflateEntry(bytes, entry, (p) => (pieces.push(p), 'go'));
  return { result, text: Buffer.concat(pieces).toString('utf8') };
}

const entriesOf = (bytes: Buffer) => {
  const dir = readZipDirectory(bytes, 100);
  if (!dir.ok) throw new Error(dir.why);
  return dir.entries;
};

/**
 * The same zip in zip64 form, as Apache POI (through commons-compress) and other streaming writers make it: every
 * size and offset in the central directory moved to a zip64 extra field, and the end record pointing to a zip64 one.
 */
function asZip64(zip: Buffer): Buffer {
  const entries = entriesOf(zip);
  const end = zip.length - 22;
  const dirStart = zip.readUInt32LE(end + 16);
  const central: Buffer[] = [];
  let at = dirStart;
  for (let i = 0; i < entries.length; i++) {
    const nameLength = zip.readUInt16LE(at + 28);
    const fixed = Buffer.from(zip.subarray(at, at + 46));
    const extra = Buffer.alloc(28);
    extra.writeUInt16LE(0x0001, 0);
    extra.writeUInt16LE(24, 2);
    extra.writeBigUInt64LE(BigInt(zip.readUInt32LE(at + 24)), 4);
    extra.writeBigUInt64LE(BigInt(zip.readUInt32LE(at + 20)), 12);
    extra.writeBigUInt64LE(BigInt(zip.readUInt32LE(at + 42)), 20);
    fixed.writeUInt32LE(0xffffffff, 20);
    fixed.writeUInt32LE(0xffffffff, 24);
    fixed.writeUInt32LE(0xffffffff, 42);
    fixed.writeUInt16LE(extra.length, 30);
    central.push(fixed, zip.subarray(at + 46, at + 46 + nameLength), extra);
    at += 46 + nameLength;
  }
  const directory = Buffer.concat(central);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(entries.length), 24);
  end64.writeBigUInt64LE(BigInt(entries.length), 32);
  end64.writeBigUInt64LE(BigInt(directory.length), 40);
  end64.writeBigUInt64LE(BigInt(dirStart), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(dirStart + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const endRecord = Buffer.alloc(22);
  endRecord.writeUInt32LE(0x06054b50, 0);
  endRecord.writeUInt16LE(0xffff, 8);
  endRecord.writeUInt16LE(0xffff, 10);
  endRecord.writeUInt32LE(0xffffffff, 12);
  endRecord.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([zip.subarray(0, dirStart), directory, end64, locator, endRecord]);
}

describe('reading a zip’s directory without inflating it', () => {
  test('an exceljs workbook: every part, its declared size, and the data that inflates to exactly that', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('名单').addRow(['张三', '郑州大学']);
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    const entries = entriesOf(bytes);
    expect(entries.map((e) => e.name)).toContain('xl/worksheets/sheet1.xml');
    for (const entry of entries) {
      const { result, text } = await inflatedText(bytes, entry);
      expect(result).toBe('ok');
      expect(Buffer.byteLength(text)).toBe(entry.uncompressedSize);
    }
  });

  test('stored (uncompressed) parts are read as they are', async () => {
    const bytes = storedZip({ 'a.txt': 'hello', 'b/c.xml': '<x/>' });
    const entries = entriesOf(bytes);
    expect(entries.map((e) => [e.name, e.method, e.uncompressedSize])).toEqual([['a.txt', 0, 5], ['b/c.xml', 0, 4]]);
    expect((await inflatedText(bytes, entries[1])).text).toBe('<x/>');
  });

  test('zip64 directories give the same entries, and exceljs reads the same file', async () => {
    const plain = xlsxOf(rowsSheet(3));
    const zip64 = asZip64(plain);
    const strip = (e: ZipEntry) => ({ name: e.name, size: e.uncompressedSize, compressed: e.compressedSize });
    expect(entriesOf(zip64).map(strip)).toEqual(entriesOf(plain).map(strip));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(zip64 as unknown as ExcelJS.Buffer);
    expect(wb.worksheets[0].rowCount).toBe(3);
  });

  test('a part that inflates to more than it declares is stopped there', async () => {
    const data = Buffer.alloc(1024 * 1024, 'a');
    const bytes = zipOf([{ name: 'big.xml', content: data, declaredSize: 1000 }]);
    let seen = 0;
    const result = await inflateEntry(bytes, entriesOf(bytes)[0], (p) => ((seen += p.length), 'go'));
    expect(result).toBe('larger-than-declared');
    expect(seen).toBeLessThanOrEqual(1000);
  });

  test('a part whose reader says stop is stopped', async () => {
    const bytes = zipOf([{ name: 'a.xml', content: Buffer.alloc(4 * 1024 * 1024, 'a') }]);
    let pieces = 0;
    expect(await inflateEntry(bytes, entriesOf(bytes)[0], () => (++pieces, 'stop'))).toBe('stopped');
    expect(pieces).toBe(1);
  });

  test('data that does not inflate is damaged', async () => {
    const bytes = zipOf([{ name: 'a.xml', content: { bytes: Buffer.from([0xff, 0xff, 0xff, 0xff]), size: 10, crc: 0 } }]);
    expect(await inflateEntry(bytes, entriesOf(bytes)[0], () => 'go')).toBe('damaged');
  });

  describe('refused', () => {
    const good = () => xlsxOf(rowsSheet(2));
    const endOf = (b: Buffer) => b.length - 22;

    test.each<[string, (b: Buffer) => Buffer]>([
      ['cut short', (b) => b.subarray(0, b.length - 30)],
      ['no end record', (b) => b.subarray(0, endOf(b))],
      ['bytes after the end record', (b) => Buffer.concat([b, Buffer.from('xx')])],
      ['a directory offset one byte off', (b) => (b.writeUInt32LE(b.readUInt32LE(endOf(b) + 16) + 1, endOf(b) + 16), b)],
      ['more entries claimed than listed', (b) => (b.writeUInt16LE(9, endOf(b) + 10), b)],
      ['a local header offset outside the data', (b) => (b.writeUInt32LE(b.length, b.readUInt32LE(endOf(b) + 16) + 42), b)],
      ['an unknown compression method', (b) => (b.writeUInt16LE(12, b.readUInt32LE(endOf(b) + 16) + 10), b)],
      ['a second disk', (b) => (b.writeUInt16LE(1, endOf(b) + 4), b)],
      ['a compressed size past the directory', (b) => (b.writeUInt32LE(1e6, b.readUInt32LE(endOf(b) + 16) + 20), b)],
    ])('%s: damaged', (_, spoil) => {
      expect(readZipDirectory(spoil(Buffer.from(good())), 100)).toEqual({ ok: false, why: 'damaged' });
    });

    test('an encrypted part', () => {
      const b = Buffer.from(good());
      const first = b.readUInt32LE(endOf(b) + 16);
      b.writeUInt16LE(b.readUInt16LE(first + 8) | 1, first + 8);
      expect(readZipDirectory(b, 100)).toEqual({ ok: false, why: 'encrypted' });
    });

    test('more parts than the limit, before any is read', () => {
      expect(readZipDirectory(good(), 4)).toEqual({ ok: false, why: 'too-many-entries' });
      expect(readZipDirectory(good(), 5).ok).toBe(true);
    });

    test('a Unicode path field, which would let another reader see another name', () => {
      const withExtra = (id: number) => {
        const extra = Buffer.concat([Buffer.from([id & 0xff, id >> 8, 9, 0, 1]), Buffer.alloc(4), Buffer.from('b.xm')]);
        const bytes = zipOf([{ name: 'a.xml', content: 'x' }]);
        const dirStart = bytes.readUInt32LE(endOf(bytes) + 16);
        const entry = Buffer.from(bytes.subarray(dirStart, dirStart + 46));
        entry.writeUInt16LE(extra.length, 30);
        const directory = Buffer.concat([entry, Buffer.from('a.xml'), extra]);
        const end = Buffer.from(bytes.subarray(endOf(bytes)));
        end.writeUInt32LE(directory.length, 12);
        return readZipDirectory(Buffer.concat([bytes.subarray(0, dirStart), directory, end]), 100);
      };
      expect(withExtra(0x7075)).toEqual({ ok: false, why: 'damaged' });
      // Any other extra field (here a timestamp's id) is skipped.
      expect(withExtra(0x5455).ok).toBe(true);
    });
  });
});

test('the test builders’ zips are what zlib and exceljs expect', () => {
  const bytes = zipOf([{ name: 'a.txt', content: 'hello' }]);
  const [entry] = entriesOf(bytes);
  expect(zlib.inflateRawSync(bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize)).toString()).toBe('hello');
});
