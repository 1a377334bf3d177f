import type { Message } from '../result';

/**
 * The one rule for characters that imported text may not carry, because nobody reading the cell can see them and
 * they change what is stored or shown:
 * - control characters (C0, DEL, C1: NUL, ESC, …), except tab, line feed and carriage return: those are white
 *   space, which the import normalizers fold (one-line fields: collapsed to one space and trimmed, so a trailing
 *   CR/LF/tab in a name goes; long text: line breaks kept as LF);
 * - the bidirectional controls (Unicode's Bidi_Control: RLO and the other overrides, embeddings, isolates and
 *   marks), which make a name display in another order than it is stored;
 * - unpaired surrogates, which are not text at all (SQLite would store U+FFFD in their place).
 * A cell with any of them is refused with its row and column, never cleaned in silence.
 */
const HIDDEN = /(?![\t\n\r])\p{Cc}|\p{Bidi_Control}|\p{Cs}/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');

const NAMES: Record<number, string> = {
  0x00: 'NUL',
  0x1b: 'ESC',
  0x7f: 'DEL',
  0x061c: 'ALM',
  0x200e: 'LRM',
  0x200f: 'RLM',
  0x202a: 'LRE',
  0x202b: 'RLE',
  0x202c: 'PDF',
  0x202d: 'LRO',
  0x202e: 'RLO',
  0x2066: 'LRI',
  0x2067: 'RLI',
  0x2068: 'FSI',
  0x2069: 'PDI',
};

export interface HiddenCharacter {
  /** `U+001B`. */
  code: string;
  /** `ESC`, `RLO`, … when the character has a common short name. */
  name?: string;
  kind: 'control' | 'bidi' | 'surrogate';
  /** 1-based, in characters (code points) from the start of the text. */
  position: number;
}

export function hasHidden(text: string): boolean {
  return HIDDEN.test(text);
}

/** The first hidden character of `text`, if any. */
export function findHidden(text: string): HiddenCharacter | undefined {
  const m = HIDDEN.exec(text);
  if (!m) return undefined;
  const cp = m[0].codePointAt(0)!;
  const kind = /\p{Cc}/u.test(m[0]) ? 'control' : /\p{Cs}/u.test(m[0]) ? 'surrogate' : 'bidi';
  return { code: codeOf(cp), name: NAMES[cp], kind, position: Array.from(text.slice(0, m.index)).length + 1 };
}

function codeOf(cp: number): string {
  return `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** Why a cell with a hidden character is refused, naming the character and where it is. */
export function hiddenCharacterMessage(h: HiddenCharacter): Message {
  const label = h.name ? `${h.code}（${h.name}）` : h.code;
  const labelEn = h.name ? `${h.code} (${h.name})` : h.code;
  if (h.kind === 'bidi') {
    return {
      zh: `第 ${h.position} 个字符是不可见的文字方向控制字符 ${label}，会使显示的顺序与实际内容不同；请删除后重新导入`,
      en: `character ${h.position} is an invisible bidirectional control ${labelEn}, which makes the text display in another order than it is stored; delete it and import again`,
    };
  }
  if (h.kind === 'surrogate') {
    return {
      zh: `第 ${h.position} 个字符 ${label} 不是有效的 Unicode 字符；请重新输入该单元格`,
      en: `character ${h.position} (${labelEn}) is not valid Unicode; type the cell again`,
    };
  }
  return {
    zh: `第 ${h.position} 个字符是不可见的控制字符 ${label}；请删除后重新导入`,
    en: `character ${h.position} is an invisible control character ${labelEn}; delete it and import again`,
  };
}

/** The text with every hidden character written out as `‹U+202E›`, for showing a refused value safely. */
export function showHidden(text: string): string {
  return text.replace(HIDDEN_ALL, (c) => `‹${codeOf(c.codePointAt(0)!)}›`);
}

/** The text without its hidden characters (after the cell has been reported, so reading the row can go on). */
export function removeHidden(text: string): string {
  return text.replace(HIDDEN_ALL, '');
}
