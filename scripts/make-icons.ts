/**
 * The app icon and the Windows installer's pictures, drawn from the SVGs in resources/ by the Chromium already on
 * the machine (no network) and packed in plain Node; the results are committed, so run this only after changing
 * an SVG:
 *
 *   npx tsx scripts/make-icons.ts
 *
 * Each size is drawn from icon.svg at that size, not scaled down from a bitmap; 16 px comes from icon-small.svg, the
 * star alone, where 评审 could not be read. Writes, into resources/ (electron-builder's buildResources, wired in
 * electron-builder.yml):
 * - icon.png: 1024 px (macOS, and what electron-builder falls back to);
 * - icons/NxN.png: 16 … 512 px, the Linux icon set;
 * - icon.ico: 16, 32, 48 and 256 px entries, each a PNG (Windows Vista and later read PNG entries);
 * - icon.icns: ic07, ic08, ic09, ic10 (128, 256, 512, 1024 px), each a PNG;
 * - installerSidebar.bmp (164 × 314) and installerHeader.bmp (150 × 57): the NSIS wizard's pictures, 24-bit BMP.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { findChromium } from '../src-main/print/find-chromium';

const RESOURCES = path.resolve(__dirname, '../resources');
const FONT = 'Noto Serif CJK SC';

const LINUX_SIZES = [16, 32, 48, 64, 128, 256, 512];
const ICO_SIZES = [16, 32, 48, 256];
const ICNS_TYPES: [type: string, size: number][] = [
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
];

/** ICO: a 6-byte header, a 16-byte entry per image (0 stands for 256 px), then the images, here PNG files. */
function packIco(pngs: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6 + 16 * pngs.length);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1: icon (2 would be a cursor)
  header.writeUInt16LE(pngs.length, 4);
  let offset = header.length;
  pngs.forEach(({ size, png }, i) => {
    const at = 6 + 16 * i;
    header.writeUInt8(size >= 256 ? 0 : size, at);
    header.writeUInt8(size >= 256 ? 0 : size, at + 1);
    header.writeUInt8(0, at + 2); // no palette
    header.writeUInt8(0, at + 3);
    header.writeUInt16LE(1, at + 4); // colour planes
    header.writeUInt16LE(32, at + 6); // bits per pixel
    header.writeUInt32LE(png.length, at + 8);
    header.writeUInt32LE(offset, at + 12);
    offset += png.length;
  });
  return Buffer.concat([header, ...pngs.map((p) => p.png)]);
}

/** ICNS: 'icns' and the file's length (big-endian), then per image its four-letter type, its length with this 8-byte head, and the PNG. */
function packIcns(entries: { type: string; png: Buffer }[]): Buffer {
  const parts = entries.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + parts.reduce((n, p) => n + p.length, 0), 4);
  return Buffer.concat([head, ...parts]);
}

/** A 24-bit bottom-up BMP (what NSIS shows) from RGBA pixels laid on white. */
function packBmp(width: number, height: number, rgba: Uint8Array): Buffer {
  const rowBytes = Math.ceil((width * 3) / 4) * 4;
  const file = Buffer.alloc(54 + rowBytes * height);
  file.write('BM', 0, 'latin1');
  file.writeUInt32LE(file.length, 2);
  file.writeUInt32LE(54, 10); // pixels start after the 14-byte file header and the 40-byte info header
  file.writeUInt32LE(40, 14);
  file.writeInt32LE(width, 18);
  file.writeInt32LE(height, 22); // positive: the bottom row comes first
  file.writeUInt16LE(1, 26);
  file.writeUInt16LE(24, 28);
  file.writeUInt32LE(rowBytes * height, 34);
  file.writeInt32LE(2835, 38); // 72 dpi
  file.writeInt32LE(2835, 42);
  for (let y = 0; y < height; y++) {
    const row = 54 + (height - 1 - y) * rowBytes;
    for (let x = 0; x < width; x++) {
      const [r, g, b, a] = rgba.subarray((y * width + x) * 4, (y * width + x) * 4 + 4);
      const over = (c: number) => Math.round((c * a + 255 * (255 - a)) / 255);
      file[row + x * 3] = over(b);
      file[row + x * 3 + 1] = over(g);
      file[row + x * 3 + 2] = over(r);
    }
  }
  return file;
}

/** The SVG drawn at `width` × `height` CSS pixels on a transparent page. */
async function show(page: Page, svg: string, width: number, height: number): Promise<void> {
  await page.setViewportSize({ width, height });
  const style = `html,body{margin:0;background:transparent}body>svg{display:block;width:${width}px;height:${height}px}`;
  await page.setContent(`<!doctype html><html><head><style>${style}</style></head><body>${svg}</body></html>`);
  await page.evaluate(() => document.fonts.ready);
}

async function png(page: Page, svg: string, size: number): Promise<Buffer> {
  await show(page, svg, size, size);
  return page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
}

/** The page's pixels as RGBA, through a canvas (so no PNG decoder is needed here). */
async function pixels(page: Page, svg: string, width: number, height: number): Promise<Uint8Array> {
  await show(page, svg, width, height);
  const shot = await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width, height } });
  const rgba = await page.evaluate(
    async ({ base64, width, height }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${base64}`;
      await img.decode();
      const canvas = document.createElement('canvas');
      canvas.width = width;
      canvas.height = height;
      const g = canvas.getContext('2d')!;
      g.drawImage(img, 0, 0);
      return Array.from(g.getImageData(0, 0, width, height).data);
    },
    { base64: shot.toString('base64'), width, height },
  );
  return Uint8Array.from(rgba);
}

/** The characters are text in the SVG: without the font they would come out in whatever CJK font is there. */
function requireFont(): void {
  let matched = '';
  try {
    matched = execFileSync('fc-match', ['-f', '%{family}', `${FONT}:bold`], { encoding: 'utf8' });
  } catch {
    throw new Error('fc-match (fontconfig) is needed to check for the icon font');
  }
  if (!matched.includes(FONT)) throw new Error(`The icon needs the font ${FONT} Bold (Debian: apt-get install fonts-noto-cjk); fontconfig offers ${matched}`);
}

async function main(): Promise<void> {
  requireFont();
  const icon = fs.readFileSync(path.join(RESOURCES, 'icon.svg'), 'utf8');
  // The installer's pictures show the icon as `<image href="icon.svg" …/>` (a browser opening the file finds it beside
  // it); here it goes in inline, as a nested <svg>, so it is drawn with the page and its text in the same font.
  const inner = icon.replace(/^[\s\S]*?<svg\b[^>]*>/, '').replace(/<\/svg>\s*$/, '');
  const withIcon = (file: string) =>
    fs
      .readFileSync(path.join(RESOURCES, file), 'utf8')
      .replace(/<image href="icon\.svg"([^>]*?)\/>/g, (_, box: string) => `<svg${box} viewBox="0 0 1024 1024">${inner}</svg>`);
  const sidebar = withIcon('installer-sidebar.svg');
  const header = withIcon('installer-header.svg');
  const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const page = await browser.newPage({ deviceScaleFactor: 1 });
    const sizes = [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])];
    const pngs = new Map<number, Buffer>();
    const small = fs.readFileSync(path.join(RESOURCES, 'icon-small.svg'), 'utf8');
    for (const size of sizes) pngs.set(size, await png(page, size <= 16 ? small : icon, size));
    const write = (name: string, bytes: Buffer) => {
      fs.mkdirSync(path.dirname(path.join(RESOURCES, name)), { recursive: true });
      fs.writeFileSync(path.join(RESOURCES, name), bytes);
      console.log(`${name}\t${bytes.length} bytes`);
    };
    write('icon.png', pngs.get(1024)!);
    for (const size of LINUX_SIZES) write(`icons/${size}x${size}.png`, pngs.get(size)!);
    write('icon.ico', packIco(ICO_SIZES.map((size) => ({ size, png: pngs.get(size)! }))));
    write('icon.icns', packIcns(ICNS_TYPES.map(([type, size]) => ({ type, png: pngs.get(size)! }))));
    write('installerSidebar.bmp', packBmp(164, 314, await pixels(page, sidebar, 164, 314)));
    write('installerHeader.bmp', packBmp(150, 57, await pixels(page, header, 150, 57)));
  } finally {
    await browser.close();
  }
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
