/**
 * Two values side by side, character under character, so a reader sees exactly where a recorded value and its
 * recomputation part: used by the verify screen for hashes, keys, ids and configurations.
 */
export interface AlignedColumn {
  /** One character of the first value, or '' where it has none (the other value is longer there). */
  a: string;
  b: string;
  same: boolean;
  /** Display cells the column needs: 2 when either character is an East Asian wide character, else 1. */
  width: 1 | 2;
}

const WIDE = /[\u1100-\u115F\u2E80-\u303E\u3041-\u33FF\u3400-\u4DBF\u4E00-\u9FFF\uA000-\uA4CF\uAC00-\uD7A3\uF900-\uFAFF\uFE30-\uFE4F\uFF00-\uFF60\uFFE0-\uFFE6\u{1F300}-\u{1F64F}\u{20000}-\u{3FFFD}]/u;

export function isWide(ch: string): boolean {
  return WIDE.test(ch);
}

function column(a: string, b: string): AlignedColumn {
  return { a, b, same: a === b, width: isWide(a) || isWide(b) ? 2 : 1 };
}

/**
 * Aligns by code point. Equal lengths: position by position. Otherwise the common beginning and end stay aligned
 * and the shorter middle is padded with gaps at its end, so one inserted or deleted character does not make
 * everything after it look different.
 */
export function alignForDiff(first: string, second: string): AlignedColumn[] {
  const a = Array.from(first);
  const b = Array.from(second);
  if (a.length === b.length) return a.map((ch, i) => column(ch, b[i]));
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const aMiddle = a.length - head - tail;
  const bMiddle = b.length - head - tail;
  const cols: AlignedColumn[] = [];
  for (let i = 0; i < head; i++) cols.push(column(a[i], b[i]));
  for (let i = 0; i < Math.max(aMiddle, bMiddle); i++) cols.push(column(i < aMiddle ? a[head + i] : '', i < bMiddle ? b[head + i] : ''));
  for (let i = tail; i > 0; i--) cols.push(column(a[a.length - i], b[b.length - i]));
  return cols;
}

/** Splits aligned columns into lines of at most `cells` display cells (a wide column counts 2). */
export function wrapColumns(cols: readonly AlignedColumn[], cells: number): AlignedColumn[][] {
  const lines: AlignedColumn[][] = [];
  let line: AlignedColumn[] = [];
  let used = 0;
  for (const c of cols) {
    if (used + c.width > cells && line.length) {
      lines.push(line);
      line = [];
      used = 0;
    }
    line.push(c);
    used += c.width;
  }
  if (line.length || !lines.length) lines.push(line);
  return lines;
}

/** Index (in code points) of the first character where the two differ; -1 when equal. */
export function firstDifference(first: string, second: string): number {
  const a = Array.from(first);
  const b = Array.from(second);
  for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i;
  return -1;
}
