import type { CSSProperties } from 'react';
import { groupsOfFour } from '../../src-shared/text/groups';

/**
 * A hash, the seed or a witness's digits in groups of four. The gaps are drawn by CSS, not typed as spaces, so
 * the element's text (what a copy or a test reads) is still the value itself. `perLine` fixes how many groups
 * stand on one line (8 puts a SHA-256 on two lines of equal length); without it the groups wrap as space allows.
 */
export function HexGroups({ value, perLine, testId, className, style }: { value: string; perLine?: number; testId?: string; className?: string; style?: CSSProperties }) {
  return (
    <div
      className={`hex-groups${perLine ? ' hex-groups-fixed' : ''}${className ? ` ${className}` : ''}`}
      data-testid={testId}
      data-value={value}
      style={perLine ? { ...style, gridTemplateColumns: `repeat(${perLine}, max-content)` } : style}
    >
      {(value ? groupsOfFour(value).split(' ') : []).map((g, i) => (
        <span key={i} className="hex-group">
          {g}
        </span>
      ))}
    </div>
  );
}
