import type { CSSProperties, ReactNode } from 'react';
import { alignForDiff, wrapColumns, type AlignedColumn } from '../../src-shared/text/align';

// Values may hold names: where no CJK monospace font is installed, Chinese falls back to the app's own font, not to boxes.
const MONO = "'Noto Sans Mono CJK SC', 'DejaVu Sans Mono', Consolas, 'Noto Sans SC', monospace";

const rowStyle: CSSProperties = { whiteSpace: 'nowrap', lineHeight: 1.5 };
const captionStyle: CSSProperties = { display: 'inline-block', width: '9em', fontFamily: 'inherit', fontSize: '0.8em', verticalAlign: 'middle' };
const markStyle: CSSProperties = { background: '#ffd666', color: '#000', padding: 0, outline: '1px solid #d48806' };

function cell(ch: string, c: AlignedColumn, key: number): ReactNode {
  const style: CSSProperties = { display: 'inline-block', width: `${c.width}ch`, textAlign: 'center' };
  // A gap (the other value has a character here) is an empty marked cell.
  const text = ch === '' ? '\u00a0' : ch === ' ' ? '\u2423' : ch;
  return c.same ? (
    <span key={key} style={style}>
      {text}
    </span>
  ) : (
    <mark key={key} style={{ ...style, ...markStyle }} data-gap={ch === '' ? 'true' : undefined}>
      {text}
    </mark>
  );
}

/**
 * Two values in full, one above the other, character under character (wide characters take two cells in both
 * rows), wrapped every `cells` cells; the characters that differ are marked (<mark>), and a position where one
 * value has no character is a marked empty cell. Spaces show as ␣ so a changed space is visible.
 */
export function ValueDiff({ first, second, firstLabel, secondLabel, absent, cells = 64, testId }: {
  first: string | null;
  second: string | null;
  firstLabel: string;
  secondLabel: string;
  /** Shown for a value the record does not have. */
  absent: string;
  cells?: number;
  testId?: string;
}) {
  const lines = wrapColumns(alignForDiff(first ?? '', second ?? ''), cells);
  const row = (label: string, value: string | null, pick: (c: AlignedColumn) => string, line: AlignedColumn[], i: number) => (
    <div style={rowStyle} data-row={i === 0 ? label : undefined}>
      <span style={captionStyle}>{i === 0 ? label : ''}</span>
      {value === null ? i === 0 && <em>{absent}</em> : line.map((c, k) => cell(pick(c), c, k))}
    </div>
  );
  return (
    <div data-testid={testId} className="value-diff" style={{ fontFamily: MONO, overflow: 'auto', maxHeight: '60vh', padding: '8px 12px', border: '1px solid #999', background: '#fff' }}>
      {lines.map((line, i) => (
        <div key={i} style={{ marginBottom: 6 }}>
          {row(firstLabel, first, (c) => c.a, line, i)}
          {row(secondLabel, second, (c) => c.b, line, i)}
        </div>
      ))}
    </div>
  );
}
