import zlib from 'node:zlib';

/**
 * A zip's table of contents, read from its central directory without inflating anything, so an xlsx's declared
 * sizes can be checked before any part of it is read (exceljs would inflate every part whole first). Only what
 * an xlsx can be is accepted: one disk, parts stored or deflated, no encryption; anything else, or a directory
 * that points outside the file, is `damaged`, so what this reads is what exceljs's zip reader (jszip) reads too.
 */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  compressedSize: number;
  /** As the directory declares it; `inflateEntry` refuses a part that inflates to more. */
  uncompressedSize: number;
  /** Where the part's compressed bytes start in the file. */
  dataStart: number;
}

export type ZipDirectory = { ok: true; entries: ZipEntry[] } | { ok: false; why: 'damaged' | 'encrypted' | 'too-many-entries' };

const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
// Info-ZIP's Unicode path field: jszip would take the name from it; Excel never writes it, so it is refused
// rather than read, and both readers see the same names.
const UNICODE_PATH_EXTRA = 0x7075;
const MAX_COMMENT = 0xffff;

class Damaged extends Error {}

function check(condition: boolean): asserts condition {
  if (!condition) throw new Damaged();
}

function u64(b: Buffer, at: number): number {
  const n = b.readBigUInt64LE(at);
  check(n <= BigInt(Number.MAX_SAFE_INTEGER));
  return Number(n);
}

/** The end-of-central-directory record: the last one whose comment reaches exactly to the end of the file. */
function findEnd(bytes: Buffer): number {
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - MAX_COMMENT); at--) {
    if (bytes.readUInt32LE(at) === END && at + 22 + bytes.readUInt16LE(at + 20) === bytes.length) return at;
  }
  throw new Damaged();
}

interface Directory {
  count: number;
  offset: number;
  size: number;
  /** Where the directory must end: the (zip64) end record right after it. */
  end: number;
}

function directoryOf(bytes: Buffer): Directory {
  const end = findEnd(bytes);
  check(bytes.readUInt16LE(end + 4) === 0 && bytes.readUInt16LE(end + 6) === 0); // one disk
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const offset = bytes.readUInt32LE(end + 16);
  if (count !== 0xffff && size !== 0xffffffff && offset !== 0xffffffff) return { count, offset, size, end };
  // Zip64: the real figures are in the zip64 end record, found through its locator just before the end record.
  const locator = end - 20;
  check(locator >= 0 && bytes.readUInt32LE(locator) === END64_LOCATOR);
  const end64 = u64(bytes, locator + 8);
  check(end64 + 56 <= locator && bytes.readUInt32LE(end64) === END64);
  return { count: u64(bytes, end64 + 32), size: u64(bytes, end64 + 40), offset: u64(bytes, end64 + 48), end: end64 };
}

/** Reads the central directory; `maxEntries` bounds the work a crafted directory of a million parts could ask. */
export function readZipDirectory(bytes: Buffer, maxEntries: number): ZipDirectory {
  try {
    const dir = directoryOf(bytes);
    check(dir.offset + dir.size === dir.end);
    if (dir.count > maxEntries) return { ok: false, why: 'too-many-entries' };
    const entries: ZipEntry[] = [];
    let at = dir.offset;
    for (let i = 0; i < dir.count; i++) {
      check(at + 46 <= dir.end && bytes.readUInt32LE(at) === CENTRAL);
      const flags = bytes.readUInt16LE(at + 8);
      if (flags & 0x1) return { ok: false, why: 'encrypted' };
      const method = bytes.readUInt16LE(at + 10);
      check(method === 0 || method === 8);
      const nameLength = bytes.readUInt16LE(at + 28);
      const extraLength = bytes.readUInt16LE(at + 30);
      const next = at + 46 + nameLength + extraLength + bytes.readUInt16LE(at + 32);
      check(next <= dir.end && bytes.readUInt16LE(at + 34) === 0);
      const sizes = {
        uncompressed: bytes.readUInt32LE(at + 24),
        compressed: bytes.readUInt32LE(at + 20),
        offset: bytes.readUInt32LE(at + 42),
      };
      readExtra(bytes.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), sizes);
      const name = bytes.toString('utf8', at + 46, at + 46 + nameLength);
      entries.push({
        name,
        method,
        compressedSize: sizes.compressed,
        uncompressedSize: sizes.uncompressed,
        dataStart: dataStart(bytes, sizes.offset, sizes.compressed, dir.offset),
      });
      at = next;
    }
    check(at === dir.end);
    return { ok: true, entries };
  } catch (e) {
    if (e instanceof Damaged || e instanceof RangeError) return { ok: false, why: 'damaged' };
    throw e;
  }
}

/** Zip64 sizes and offset replace the 32-bit fields that are all ones, in this order. */
function readExtra(extra: Buffer, sizes: { uncompressed: number; compressed: number; offset: number }): void {
  let at = 0;
  while (at + 4 <= extra.length) {
    const id = extra.readUInt16LE(at);
    const length = extra.readUInt16LE(at + 2);
    check(at + 4 + length <= extra.length && id !== UNICODE_PATH_EXTRA);
    if (id === ZIP64_EXTRA) {
      let field = at + 4;
      for (const key of ['uncompressed', 'compressed', 'offset'] as const) {
        if (sizes[key] !== 0xffffffff) continue;
        check(field + 8 <= at + 4 + length);
        sizes[key] = u64(extra, field);
        field += 8;
      }
    }
    at += 4 + length;
  }
}

/** A part's data follows its local header and must end before the central directory starts. */
function dataStart(bytes: Buffer, localHeader: number, compressedSize: number, directoryStart: number): number {
  check(localHeader + 30 <= directoryStart && bytes.readUInt32LE(localHeader) === LOCAL);
  const start = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
  check(start + compressedSize <= directoryStart);
  return start;
}

export type Inflated = 'ok' | 'larger-than-declared' | 'damaged' | 'stopped';

/**
 * Inflates one part piece by piece, handing each piece to `onPiece` and keeping none, so memory stays small
 * whatever the part holds. Stops as soon as the part inflates to more than it declares (a declared size can lie),
 * or when `onPiece` answers 'stop' (e.g. a sheet over the row limit).
 */
export function inflateEntry(bytes: Buffer, entry: ZipEntry, onPiece: (piece: Buffer) => 'go' | 'stop'): Promise<Inflated> {
  const data = bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  if (entry.method === 0) {
    if (entry.compressedSize > entry.uncompressedSize) return Promise.resolve('larger-than-declared');
    if (entry.compressedSize < entry.uncompressedSize) return Promise.resolve('damaged');
    return Promise.resolve(onPiece(data) === 'stop' ? 'stopped' : 'ok');
  }
  return new Promise((resolve) => {
    // Large pieces: a 50 MB part in 16 KB pieces (zlib's default) spends more time on events than on inflating.
    const inflate = zlib.createInflateRaw({ chunkSize: 256 * 1024 });
    let size = 0;
    const finish = (result: Inflated) => {
      inflate.removeAllListeners('data');
      inflate.destroy();
      resolve(result);
    };
    inflate.on('data', (piece: Buffer) => {
      size += piece.length;
      if (size > entry.uncompressedSize) finish('larger-than-declared');
      else if (onPiece(piece) === 'stop') finish('stopped');
    });
    inflate.on('error', () => finish('damaged'));
    inflate.on('end', () => finish('ok'));
    inflate.end(data);
  });
}
