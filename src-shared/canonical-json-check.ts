import { canonicalJson } from './canonical-json';
import { firstDuplicateKey } from './json-duplicate-keys';
import type { Message } from './result';

/** Why a JSON text is not canonical: a key given twice, or any other difference from the RFC 8785 form. */
export interface CanonicalProblem {
  code: 'duplicate-key' | 'not-canonical';
  message: Message;
}

/**
 * Null when `text` is exactly the canonical JSON (RFC 8785) of `value`, the value `JSON.parse(text)` returned;
 * otherwise why not. For text decoded from valid UTF-8 that is the same as comparing the file's bytes with the
 * canonical bytes. A text that passes has no duplicate key, since the canonical form writes each key once; one
 * that fails is scanned for a duplicate, so that the problem is named rather than shown as a mere difference.
 *
 * Cost: the text is read once (`readsAsCanonical`, about half of what `JSON.parse` costs on it); only what that
 * reading cannot settle is serialised and compared.
 */
export function canonicalTextProblem(text: string, value: unknown): CanonicalProblem | null {
  if (readsAsCanonical(text)) return null;
  let canonical: string;
  try {
    canonical = canonicalJson(value);
  } catch {
    // JSON.parse reads 1e999 as Infinity, which has no canonical form.
    return { code: 'not-canonical', message: { zh: '不是规范 JSON（RFC 8785）：含有超出范围的数字', en: 'not canonical JSON (RFC 8785): a number is out of range' } };
  }
  if (canonical === text) return null;
  const duplicate = firstDuplicateKey(text);
  if (duplicate) {
    const { key, path } = duplicate;
    return {
      code: 'duplicate-key',
      message: { zh: `键 ${JSON.stringify(key)} 在同一对象中重复（位置 ${path}）；规范 JSON 中每个键只能出现一次`, en: `duplicate key ${JSON.stringify(key)} in one object (at ${path}); canonical JSON allows each key once` },
    };
  }
  let i = 0;
  while (i < text.length && text[i] === canonical[i]) i++;
  const byte = new TextEncoder().encode(text.slice(0, i)).length;
  const near = (s: string, end: string) => (i >= s.length ? end : JSON.stringify(s.slice(i, i + 24)));
  return {
    code: 'not-canonical',
    message: {
      zh: `不是规范 JSON（RFC 8785：键按顺序排列、无空白）：从第 ${byte} 字节起，文件为 ${near(text, '结尾')}，规范形式应为 ${near(canonical, '结尾')}`,
      en: `not canonical JSON (RFC 8785: keys in order, no whitespace): from byte ${byte} the file has ${near(text, 'its end')} where the canonical form has ${near(canonical, 'its end')}`,
    },
  };
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const MINUS = 0x2d;
const DOT = 0x2e;
const ZERO = 0x30;
/** The escapes JSON.stringify writes for `"`, `\` and the five control characters that have a short form. */
const SHORT_ESCAPES = '"\\bfnrt';

const isDigit = (c: number) => c >= ZERO && c <= 0x39;
const isNumberChar = (c: number) => isDigit(c) || c === MINUS || c === DOT || c === 0x2b || c === 0x65 || c === 0x45;

/**
 * One pass over JSON text that `JSON.parse` has accepted, answering true only when the text is certainly canonical:
 * nothing between tokens (no whitespace), every object's keys in strictly increasing code-unit order, strings with
 * no escapes but the short ones, numbers in the form Number::toString writes. What it does not settle (a `\u`
 * escape, an escape in a key, a lone surrogate) answers false, and the caller compares with the serialised form.
 * Most of a bundle's text is string content, which `indexOf` skips natively.
 */
function readsAsCanonical(text: string): boolean {
  if (!(text as unknown as { isWellFormed(): boolean }).isWellFormed()) return false;
  const inObject: boolean[] = [];
  const keyStart: number[] = [];
  const keyEnd: number[] = [];
  let depth = -1;
  let keyNext = false;
  // Where the next backslash is, found once for many strings; 2^32 - 1 when there is none.
  let nextBackslash = -1;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      const start = i + 1;
      let end = text.indexOf('"', start);
      if (nextBackslash < start) nextBackslash = text.indexOf('\\', start) >>> 0;
      if (nextBackslash < end) {
        if (keyNext) return false;
        end = shortEscapedStringEnd(text, start);
        if (end < 0) return false;
        nextBackslash = text.indexOf('\\', end) >>> 0;
      }
      if (keyNext) {
        if (keyStart[depth] >= 0 && !keyFollows(text, keyStart[depth], keyEnd[depth], start, end)) return false;
        keyStart[depth] = start;
        keyEnd[depth] = end;
        keyNext = false;
      }
      i = end + 1;
    } else if (c === 0x7b || c === 0x5b) {
      depth++;
      inObject[depth] = keyNext = c === 0x7b;
      keyStart[depth] = -1;
      i++;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
      keyNext = false;
      i++;
    } else if (c === 0x2c) {
      keyNext = inObject[depth];
      i++;
    } else if (c === 0x3a) {
      i++;
    } else if (c === 0x74 || c === 0x6e) {
      i += 4; // true, null
    } else if (c === 0x66) {
      i += 5; // false
    } else if (c === MINUS || isDigit(c)) {
      let end = i + 1;
      while (end < text.length && isNumberChar(text.charCodeAt(end))) end++;
      if (!isShortPlainNumber(text, i, end)) {
        const token = text.slice(i, end);
        if (String(Number(token)) !== token) return false;
      }
      i = end;
    } else {
      return false;
    }
  }
  return true;
}

/** Where a string with backslashes ends (its closing quote), or -1 when an escape is not one of the short ones. */
function shortEscapedStringEnd(text: string, start: number): number {
  for (let j = start; ; j++) {
    const c = text.charCodeAt(j);
    if (c === QUOTE) return j;
    if (c === BACKSLASH) {
      if (!SHORT_ESCAPES.includes(text[j + 1])) return -1;
      j++;
    }
  }
}

/** Whether the key text[start, end) comes strictly after text[prevStart, prevEnd) in code-unit order. */
function keyFollows(text: string, prevStart: number, prevEnd: number, start: number, end: number): boolean {
  const a = prevEnd - prevStart;
  const b = end - start;
  for (let k = 0; k < Math.min(a, b); k++) {
    const x = text.charCodeAt(prevStart + k);
    const y = text.charCodeAt(start + k);
    if (x !== y) return x < y;
  }
  return a < b;
}

/**
 * A number written `-?(0|[1-9][0-9]*)(.[0-9]*[1-9])?` (not `-0`) with at most 15 significant digits and at least
 * 1e-6 when not 0: what Number::toString writes for its value, without converting. A decimal of at most 15
 * significant digits is the only one that short to round to its double (DBL_DIG), so it is the shortest form, and
 * in [1e-6, 1e21) that form is written plainly. Anything else is checked by converting.
 */
function isShortPlainNumber(text: string, start: number, end: number): boolean {
  let i = text.charCodeAt(start) === MINUS ? start + 1 : start;
  let significant = 0;
  const zeroInteger = text.charCodeAt(i) === ZERO;
  if (zeroInteger) i++;
  else
    while (i < end && isDigit(text.charCodeAt(i))) {
      i++;
      significant++;
    }
  if (i === end) return zeroInteger ? i === start + 1 : significant <= 15; // "0", never "-0"
  if (text.charCodeAt(i) !== DOT) return false;
  i++;
  let leadingZeros = 0;
  if (zeroInteger)
    while (i < end && text.charCodeAt(i) === ZERO) {
      i++;
      leadingZeros++;
    }
  let last = -1;
  while (i < end && isDigit(text.charCodeAt(i))) {
    last = text.charCodeAt(i);
    i++;
    significant++;
  }
  return i === end && last > ZERO && leadingZeros <= 5 && significant <= 15;
}
