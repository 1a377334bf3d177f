import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The Chinese font every printed sheet uses: Noto Sans SC from the app's own npm package (@fontsource), so a sheet
 * prints the same on a laptop with no CJK font at all. It comes as about a hundred woff2 files per weight, each for
 * one unicode range; a sheet embeds, as data URLs, only the files whose ranges its text touches (a typical sheet needs
 * a few hundred KB, not the 3.5 MB of a whole weight), so the printed HTML needs nothing from disk or network.
 */
export const PRINT_FONT_FAMILY = 'Noto Sans SC';

const WEIGHTS = [400, 700] as const;

interface Subset {
  weight: number;
  file: string;
  ranges: [number, number][];
}

let subsets: Subset[] | undefined;
const dataUrls = new Map<string, string>();

function fontDir(): string {
  const require = createRequire(__filename);
  return path.dirname(require.resolve('@fontsource/noto-sans-sc'));
}

function parseRanges(text: string): [number, number][] {
  return text.split(',').map((part) => {
    const [lo, hi] = part.trim().replace(/^U\+/i, '').split('-');
    return [parseInt(lo, 16), parseInt(hi ?? lo, 16)];
  });
}

/** The subsets the package's CSS declares for a weight: its woff2 file and its unicode ranges. */
function loadSubsets(): Subset[] {
  const dir = fontDir();
  return WEIGHTS.flatMap((weight) => {
    const css = fs.readFileSync(path.join(dir, `${weight}.css`), 'utf8');
    return [...css.matchAll(/@font-face\s*{([^}]*)}/g)].flatMap(([, block]) => {
      const file = /url\(\.\/files\/([^)]+\.woff2)\)/.exec(block)?.[1];
      const range = /unicode-range:\s*([^;]+);/.exec(block)?.[1];
      return file && range ? [{ weight, file: path.join(dir, 'files', file), ranges: parseRanges(range) }] : [];
    });
  });
}

function dataUrl(file: string): string {
  let url = dataUrls.get(file);
  if (!url) {
    url = `data:font/woff2;base64,${fs.readFileSync(file).toString('base64')}`;
    dataUrls.set(file, url);
  }
  return url;
}

function codePoints(text: string): number[] {
  const seen = new Set<number>();
  for (const ch of text) seen.add(ch.codePointAt(0)!);
  return [...seen].sort((a, b) => a - b);
}

const covers = (s: Subset, points: number[]) => points.some((p) => s.ranges.some(([lo, hi]) => p >= lo && p <= hi));

/** `@font-face` rules, with the fonts inside, for every subset of either weight that `text` has a character of. */
export function fontFacesFor(text: string): string {
  subsets ??= loadSubsets();
  const points = codePoints(text);
  return subsets
    .filter((s) => covers(s, points))
    .map((s) => `@font-face{font-family:'${PRINT_FONT_FAMILY}';font-style:normal;font-weight:${s.weight};src:url(${dataUrl(s.file)}) format('woff2');unicode-range:${s.ranges.map(([lo, hi]) => (lo === hi ? `U+${lo.toString(16)}` : `U+${lo.toString(16)}-${hi.toString(16)}`)).join(',')};}`)
    .join('\n');
}

/**
 * The sheet with the font it needs put first in its head (or before everything when it has no head). `footer` is the
 * text of the page footer: Chromium draws the footer only with fonts the page itself has loaded, so its characters
 * are also set, unseen, in the bundled font on the page (a web font loads only for text laid out in it).
 */
export function withBundledFont(html: string, footer = ''): string {
  const style = `<style>${fontFacesFor(html + footer)}</style>`;
  const head = /<head[^>]*>/i.exec(html);
  let out = head ? html.slice(0, head.index + head[0].length) + style + html.slice(head.index + head[0].length) : style + html;
  if (footer) {
    const unseen = `<div aria-hidden="true" style="position:absolute;left:-10000px;top:0;visibility:hidden;font-family:'${PRINT_FONT_FAMILY}'">${[...new Set(footer)].join('').replace(/[<>&"']/g, '')}</div>`;
    const body = /<body[^>]*>/i.exec(out);
    out = body ? out.slice(0, body.index + body[0].length) + unseen + out.slice(body.index + body[0].length) : out + unseen;
  }
  return out;
}

/** The characters a footer template shows (its text without the markup). */
export function footerText(template: string): string {
  return template.replace(/<style>[\s\S]*?<\/style>/g, '').replace(/<[^>]*>/g, ' ');
}
