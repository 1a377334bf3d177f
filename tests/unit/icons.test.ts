import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, test } from 'vitest';

/**
 * The committed icon files (made by scripts/make-icons.ts) read back byte by byte with readers written here, not
 * the script's packers: every PNG whole (chunk CRCs, pixel data inflating to exactly its rows), the ICO and ICNS
 * containers' headers, entry tables and lengths, each entry a PNG of the size it states, the installer BMPs, and
 * electron-builder.yml naming these files.
 */
const ROOT = path.resolve(__dirname, '../..');
const RESOURCES = path.join(ROOT, 'resources');
const read = (name: string) => fs.readFileSync(path.join(RESOURCES, name));

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes: Buffer) => (bytes.reduce((c, b) => CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8), 0xffffffff) ^ 0xffffffff) >>> 0;

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** Checks a PNG through and through and returns its size; throws, naming the fault, where it is not one. */
function readPng(png: Buffer, what: string): { width: number; height: number } {
  if (!png.subarray(0, 8).equals(PNG_SIGNATURE)) throw new Error(`${what}: no PNG signature`);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length; ) {
    if (at + 12 > png.length) throw new Error(`${what}: a chunk runs past the end`);
    const length = png.readUInt32BE(at);
    const type = png.toString('latin1', at + 4, at + 8);
    const data = png.subarray(at + 8, at + 8 + length);
    if (crc32(png.subarray(at + 4, at + 8 + length)) !== png.readUInt32BE(at + 8 + length)) throw new Error(`${what}: bad CRC in ${type}`);
    chunks.push({ type, data });
    at += 12 + length;
  }
  if (chunks[0]?.type !== 'IHDR' || chunks.at(-1)?.type !== 'IEND') throw new Error(`${what}: not IHDR … IEND`);
  const ihdr = chunks[0].data;
  const [width, height, depth, colour, , , interlace] = [ihdr.readUInt32BE(0), ihdr.readUInt32BE(4), ihdr[8], ihdr[9], ihdr[10], ihdr[11], ihdr[12]];
  // 8-bit RGBA, not interlaced (as Chromium writes screenshots with transparency): a filter byte and 4 bytes a pixel per row.
  if (depth !== 8 || colour !== 6 || interlace !== 0) throw new Error(`${what}: depth ${depth}, colour type ${colour}, interlace ${interlace}`);
  const pixels = zlib.inflateSync(Buffer.concat(chunks.filter((c) => c.type === 'IDAT').map((c) => c.data)));
  if (pixels.length !== height * (1 + width * 4)) throw new Error(`${what}: pixel data of ${pixels.length} bytes for ${width} × ${height}`);
  return { width, height };
}

/** ICO: reserved 0, type 1, the count, then 16-byte entries (a size byte of 0 stands for 256) pointing at the images. */
function readIco(file: Buffer): { size: number; planes: number; bits: number; png: Buffer }[] {
  expect([file.readUInt16LE(0), file.readUInt16LE(2)]).toEqual([0, 1]);
  const count = file.readUInt16LE(4);
  const entries = Array.from({ length: count }, (_, i) => {
    const at = 6 + 16 * i;
    const [width, height] = [file[at] || 256, file[at + 1] || 256];
    expect(height).toBe(width);
    const [bytes, offset] = [file.readUInt32LE(at + 8), file.readUInt32LE(at + 12)];
    expect(offset).toBeGreaterThanOrEqual(6 + 16 * count);
    expect(offset + bytes).toBeLessThanOrEqual(file.length);
    return { size: width, planes: file.readUInt16LE(at + 4), bits: file.readUInt16LE(at + 6), offset, png: file.subarray(offset, offset + bytes) };
  });
  // The images follow the table back to back and end the file: nothing overlaps, nothing is left over.
  const sorted = [...entries].sort((a, b) => a.offset - b.offset);
  sorted.forEach((e, i) => expect(e.offset).toBe(i === 0 ? 6 + 16 * count : sorted[i - 1].offset + sorted[i - 1].png.length));
  expect(sorted.at(-1)!.offset + sorted.at(-1)!.png.length).toBe(file.length);
  return entries;
}

/** ICNS: 'icns' and the file's length (big-endian), then entries of a four-letter type, a length counting its 8-byte head, and the data. */
function readIcns(file: Buffer): { type: string; data: Buffer }[] {
  expect(file.toString('latin1', 0, 4)).toBe('icns');
  expect(file.readUInt32BE(4)).toBe(file.length);
  const entries: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < file.length; ) {
    const length = file.readUInt32BE(at + 4);
    expect(length).toBeGreaterThan(8);
    expect(at + length).toBeLessThanOrEqual(file.length);
    entries.push({ type: file.toString('latin1', at, at + 4), data: file.subarray(at + 8, at + length) });
    at += length;
  }
  return entries;
}

describe('the app icon in resources/', () => {
  test('icon.png is a 1024 px PNG and the Linux set holds one PNG a size, named by it', () => {
    expect(readPng(read('icon.png'), 'icon.png')).toEqual({ width: 1024, height: 1024 });
    const set = fs.readdirSync(path.join(RESOURCES, 'icons')).sort((a, b) => parseInt(a) - parseInt(b));
    expect(set).toEqual(['16x16.png', '32x32.png', '48x48.png', '64x64.png', '128x128.png', '256x256.png', '512x512.png']);
    for (const name of set) {
      const size = parseInt(name);
      expect(readPng(read(`icons/${name}`), name)).toEqual({ width: size, height: size });
    }
  });

  test('icon.ico holds four 32-bit PNG entries of 16, 32, 48 and 256 px, each the PNG of that size', () => {
    const entries = readIco(read('icon.ico'));
    expect(entries.map((e) => e.size)).toEqual([16, 32, 48, 256]);
    for (const e of entries) {
      expect([e.planes, e.bits]).toEqual([1, 32]);
      expect(readPng(e.png, `icon.ico ${e.size} px`)).toEqual({ width: e.size, height: e.size });
      // The same picture as the Linux set's file of that size: one rendering, packed twice.
      expect(e.png.equals(read(`icons/${e.size}x${e.size}.png`))).toBe(true);
    }
  });

  test('icon.icns holds ic07, ic08, ic09 and ic10, PNGs of 128, 256, 512 and 1024 px', () => {
    const entries = readIcns(read('icon.icns'));
    expect(entries.map((e) => e.type)).toEqual(['ic07', 'ic08', 'ic09', 'ic10']);
    const sizes = { ic07: 128, ic08: 256, ic09: 512, ic10: 1024 } as Record<string, number>;
    for (const e of entries) expect(readPng(e.data, `icon.icns ${e.type}`)).toEqual({ width: sizes[e.type], height: sizes[e.type] });
    expect(entries.at(-1)!.data.equals(read('icon.png'))).toBe(true);
  });

  test('the installer pictures are uncompressed 24-bit BMPs of the sizes NSIS shows', () => {
    for (const [name, width, height] of [
      ['installerSidebar.bmp', 164, 314],
      ['installerHeader.bmp', 150, 57],
    ] as const) {
      const bmp = read(name);
      expect(bmp.toString('latin1', 0, 2)).toBe('BM');
      expect(bmp.readUInt32LE(2)).toBe(bmp.length);
      const pixelsAt = bmp.readUInt32LE(10);
      expect([bmp.readUInt32LE(14), bmp.readInt32LE(18), bmp.readInt32LE(22), bmp.readUInt16LE(26), bmp.readUInt16LE(28), bmp.readUInt32LE(30)]).toEqual([40, width, height, 1, 24, 0]);
      expect(bmp.length - pixelsAt).toBe(Math.ceil((width * 3) / 4) * 4 * height);
    }
  });

  test('electron-builder.yml takes them from resources/ for every platform and the installer', () => {
    // The two-level `section:` / `  key: value` lines of the file are all this needs.
    const config: Record<string, Record<string, string>> = {};
    let section = '';
    for (const line of fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8').split('\n')) {
      const top = /^(\w+):\s*$/.exec(line);
      const entry = /^ {2}(\w+):\s*(\S.*?)\s*$/.exec(line);
      if (top) config[(section = top[1])] = {};
      else if (entry && section) config[section][entry[1]] = entry[2];
    }
    expect(config.directories.buildResources).toBe('resources');
    expect(config.win.icon).toBe('icon.ico');
    expect(config.mac.icon).toBe('icon.icns');
    expect(config.linux.icon).toBe('icons');
    expect(config.nsis).toMatchObject({ installerIcon: 'icon.ico', uninstallerIcon: 'icon.ico', installerSidebar: 'installerSidebar.bmp', installerHeader: 'installerHeader.bmp' });
    for (const name of [config.win.icon, config.mac.icon, config.linux.icon, ...Object.entries(config.nsis).filter(([k]) => /Icon|Sidebar|Header/.test(k)).map(([, v]) => v)]) {
      expect(fs.existsSync(path.join(RESOURCES, name)), name).toBe(true);
    }
  });
});
