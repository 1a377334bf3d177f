/**
 * Cell text as office staff type it: Chinese input methods produce full-width digits, letters and spaces
 * (１３８, ＠, U+3000), Excel pads cells, and people write yes/no in half a dozen ways. Chinese text keeps its
 * own punctuation (，。（）); only values that are machine-read (codes, ids, numbers, dates, phones, e-mail)
 * are folded to half-width.
 */

const WHITESPACE_RUN = /[\s\u200b]+/g;
const INLINE_WHITESPACE_RUN = /(?:[^\S\r\n]|\u200b)+/g;
// U+FF01..U+FF5E are the full-width forms of ASCII 0x21..0x7E; U+3000 is the ideographic space.
const FULL_WIDTH = /[\uff01-\uff5e\u3000]/g;
const HAS_FULL_WIDTH = /[\uff01-\uff5e\u3000]/;

function foldChar(c: string): string {
  const code = c.charCodeAt(0);
  return code === 0x3000 ? ' ' : String.fromCharCode(code - 0xfee0);
}

/** Full-width ASCII forms → ASCII; everything else unchanged. */
export function toHalfWidth(s: string): string {
  return HAS_FULL_WIDTH.test(s) ? s.replace(FULL_WIDTH, foldChar) : s;
}

/** Free text on one line (names, units, titles): NFC, trimmed, inner whitespace collapsed to one space. */
export function normalizeText(s: string): string {
  return s.normalize('NFC').replace(WHITESPACE_RUN, ' ').trim();
}

/**
 * Long free text (evidence, projects): keeps line breaks, which carry the paragraphs, but trims each line
 * and drops blank ones.
 */
export function normalizeMultiline(s: string): string {
  return s
    .normalize('NFC')
    .split(/\r\n|\r|\n/)
    .map((line) => line.replace(INLINE_WHITESPACE_RUN, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/**
 * Codes and ids: half-width and no whitespace at all, because staff group long codes for reading
 * (9141 0000 7060 …) and an id or code never contains a space.
 */
export function normalizeCode(s: string): string {
  return toHalfWidth(s.normalize('NFC')).replace(WHITESPACE_RUN, '');
}

/** Numbers, dates and phone numbers: half-width, trimmed, inner whitespace collapsed. */
export function normalizeAscii(s: string): string {
  return toHalfWidth(s.normalize('NFC')).replace(WHITESPACE_RUN, ' ').trim();
}

/** E-mail: half-width, no spaces; the ideographic full stop typed in place of '.' is a common slip. */
export function normalizeEmail(s: string): string {
  return normalizeCode(s).replace(/[。｡]/g, '.');
}

/** A lookup key for labels and headers: half-width, no whitespace, lower case. */
export function labelKey(s: string): string {
  return normalizeCode(s).toLowerCase();
}

const TRUE_WORDS = new Set(['是', '有', '对', 'y', 'yes', 'true', 't', '1', '√', '✓', '✔']);
const FALSE_WORDS = new Set(['否', '无', '不是', '没有', 'n', 'no', 'false', 'f', '0', '×', '✗', '✘', 'x']);

/** 是/否, Y/N, √/×, true/false, 1/0 → boolean; empty → undefined; anything else → null (a problem to report). */
export function parseBoolean(s: string): boolean | undefined | null {
  const key = labelKey(s);
  if (key === '') return undefined;
  if (TRUE_WORDS.has(key)) return true;
  if (FALSE_WORDS.has(key)) return false;
  return null;
}

/**
 * Splits a cell holding several values (行业, 回避单位, 团队成员) on 、,，;；/ and line breaks. Spaces also
 * separate when `spaces` is set (codes and sector labels never contain one; names with a space are rare
 * but possible, e.g. minority names, so they keep theirs).
 */
const LIST_SEPARATORS = /[、,，;；/／\r\n]+/;
const LIST_SEPARATORS_AND_SPACES = /[、,，;；/／\s\u3000]+/;
export function splitList(s: string, spaces = false): string[] {
  const parts = s.split(spaces ? LIST_SEPARATORS_AND_SPACES : LIST_SEPARATORS);
  const out: string[] = [];
  for (const p of parts) {
    const t = normalizeText(p);
    if (t !== '') out.push(t);
  }
  return out;
}
