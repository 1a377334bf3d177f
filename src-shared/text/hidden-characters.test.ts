import { describe, expect, test } from 'vitest';
import { echo } from './echo';
import { findHidden, hasHidden, hiddenCharacterMessage, removeHidden, showHidden } from './hidden-characters';

describe('hidden characters in imported text', () => {
  test.each([
    ['张\u0000三', { code: 'U+0000', name: 'NUL', kind: 'control', position: 2 }],
    ['\u001b[31m红', { code: 'U+001B', name: 'ESC', kind: 'control', position: 1 }],
    ['abc\u007f', { code: 'U+007F', name: 'DEL', kind: 'control', position: 4 }],
    ['x\u0085', { code: 'U+0085', name: undefined, kind: 'control', position: 2 }],
    ['\u000b', { code: 'U+000B', name: undefined, kind: 'control', position: 1 }],
    ['郑州大学\u202egnp.exe', { code: 'U+202E', name: 'RLO', kind: 'bidi', position: 5 }],
    ['\u2066李\u2069', { code: 'U+2066', name: 'LRI', kind: 'bidi', position: 1 }],
    ['A\u200fB', { code: 'U+200F', name: 'RLM', kind: 'bidi', position: 2 }],
    // Positions count characters, not UTF-16 units: the emoji before it is one character.
    ['😀\ud800', { code: 'U+D800', name: undefined, kind: 'surrogate', position: 2 }],
  ])('%j is refused, the character named', (text, found) => {
    expect(hasHidden(text)).toBe(true);
    expect(findHidden(text)).toEqual(found);
  });

  test('tab, line feed and carriage return are white space, not hidden; nor are emoji, ZWJ or CJK', () => {
    for (const text of ['张\t三\r\n', '👩‍🔬', '河南省教科文卫体工会', '']) {
      expect(hasHidden(text)).toBe(false);
      expect(findHidden(text)).toBeUndefined();
    }
  });

  test('the message names the character and its position in both languages', () => {
    const m = hiddenCharacterMessage(findHidden('ab\u202ecd')!);
    expect(m.zh).toContain('第 3 个字符');
    expect(m.zh).toContain('U+202E（RLO）');
    expect(m.en).toContain('character 3 is an invisible bidirectional control U+202E (RLO)');
    expect(hiddenCharacterMessage(findHidden('\u001b')!).en).toContain('invisible control character U+001B (ESC)');
  });

  test('shown written out, removed on request', () => {
    expect(showHidden('a\u0000b\u202ec')).toBe('a‹U+0000›b‹U+202E›c');
    expect(removeHidden('a\u0000b\u202ec\td')).toBe('abc\td');
  });
});

describe('echo: a value quoted in a message', () => {
  test('short values as they are, long ones cut at 80 characters with an ellipsis', () => {
    expect(echo('张三')).toBe('张三');
    const long = '研'.repeat(30_000);
    expect(echo(long)).toBe(`${'研'.repeat(80)}…`);
    expect(Array.from(echo('😀'.repeat(100))).length).toBe(81);
  });

  test('hidden characters are written out, never passed on', () => {
    expect(echo('名\u202e称')).toBe('名‹U+202E›称');
  });
});
