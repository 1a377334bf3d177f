import { describe, expect, test } from 'vitest';
import { alignForDiff, firstDifference, wrapColumns } from './align';
import { groupsOfFour, groupTicket, ungroup } from './groups';

const marks = (a: string, b: string) => alignForDiff(a, b).map((c) => (c.same ? '.' : '^')).join('');

describe('aligned values for the verify screen', () => {
  test('equal lengths: each differing position is marked, nothing else', () => {
    expect(marks('a1b2c3', 'a1x2c4')).toBe('..^..^');
    expect(firstDifference('a1b2c3', 'a1x2c4')).toBe(2);
    expect(firstDifference('same', 'same')).toBe(-1);
  });

  test('an inserted character leaves the rest aligned', () => {
    const cols = alignForDiff('李娜=98765', '李娜=987605');
    expect(cols.map((c) => c.a).join('')).toBe('李娜=98765');
    expect(cols.map((c) => c.b).join('')).toBe('李娜=987605');
    // Only the inserted '0' is marked (against a gap); the '5' after it stays aligned with the '5'.
    expect(cols.filter((c) => !c.same)).toEqual([{ a: '', b: '0', same: false, width: 1 }]);
    expect(cols.at(-1)).toMatchObject({ a: '5', b: '5', same: true });
    expect(alignForDiff('ab', 'aXYb').map((c) => `${c.a || '_'}${c.b || '_'}`)).toEqual(['aa', '_X', '_Y', 'bb']);
  });

  test('wide characters take two cells and lines wrap by cells', () => {
    const cols = alignForDiff('张伟=0123', '张玮=0123');
    expect(cols.map((c) => c.width)).toEqual([2, 2, 1, 1, 1, 1, 1]);
    expect(wrapColumns(cols, 5).map((l) => l.map((c) => c.a).join(''))).toEqual(['张伟=', '0123']);
    expect(wrapColumns([], 10)).toEqual([[]]);
  });

  test('hashes and tickets are grouped in fours and ungroup back', () => {
    const hex = 'a2d416c189a83490ced04b48a142833bd259f0deb57e64aac20df5eb721efdf7';
    expect(groupsOfFour(hex)).toBe('a2d4 16c1 89a8 3490 ced0 4b48 a142 833b d259 f0de b57e 64aa c20d f5eb 721e fdf7');
    expect(ungroup(groupsOfFour(hex))).toBe(hex);
    expect(groupTicket('0.0378000097845')).toBe('0.0378 0000 9784 5');
    expect(ungroup(groupTicket('0.0378000097845'))).toBe('0.0378000097845');
  });
});
