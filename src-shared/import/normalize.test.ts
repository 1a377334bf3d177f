import { describe, expect, test } from 'vitest';
import {
  labelKey,
  normalizeAscii,
  normalizeCode,
  normalizeEmail,
  normalizeMultiline,
  normalizeText,
  parseBoolean,
  splitList,
  toHalfWidth,
} from './normalize';

describe('toHalfWidth', () => {
  test.each([
    ['１３８－０３７１－１２３４', '138-0371-1234'],
    ['Ｅ０００１', 'E0001'],
    ['ｚｈａｎｇ＠ｚｚｕ．ｅｄｕ．ｃｎ', 'zhang@zzu.edu.cn'],
    ['2019\u30003', '2019 3'],
    ['郑州大学', '郑州大学'],
    ['abc', 'abc'],
  ])('%s → %s', (input, expected) => expect(toHalfWidth(input)).toBe(expected));
});

describe('normalizeText keeps Chinese and collapses whitespace', () => {
  test.each([
    ['  郑州大学  ', '郑州大学'],
    ['河南省\u3000人民医院', '河南省 人民医院'],
    ['张\t\n三', '张 三'],
    ['工作室（郑州）', '工作室（郑州）'],
    ['e\u0301', '\u00e9'], // NFC
    ['a\u200bb', 'a b'],
  ])('%j → %j', (input, expected) => expect(normalizeText(input)).toBe(expected));
});

describe('normalizeCode removes every space and folds full-width', () => {
  test.each([
    [' Ｅ ０００１ ', 'E0001'],
    ['9141 0000 7060 1234', '9141000070601234'],
    ['HN-U-0001', 'HN-U-0001'],
  ])('%j → %j', (input, expected) => expect(normalizeCode(input)).toBe(expected));
});

test.each([
  [' １３８ ０３７１ ', '138 0371'],
  ['２０１９－０３－０５', '2019-03-05'],
])('normalizeAscii %j → %j', (input, expected) => expect(normalizeAscii(input)).toBe(expected));

test.each([
  [' zhang@zzu.edu.cn ', 'zhang@zzu.edu.cn'],
  ['ｚｈａｎｇ＠ｚｚｕ。edu。cn', 'zhang@zzu.edu.cn'],
])('normalizeEmail %j → %j', (input, expected) => expect(normalizeEmail(input)).toBe(expected));

test('normalizeMultiline keeps paragraphs and drops blank lines', () => {
  expect(normalizeMultiline('  第一段  \r\n\r\n  第二段\u3000\u3000结束 \n')).toBe('第一段\n第二段 结束');
});

test('labelKey ignores case, width and spaces', () => {
  expect(labelKey(' Ｍａｌｅ ')).toBe('male');
});

describe('parseBoolean', () => {
  test.each([
    ['是', true], ['否', false], ['Y', true], ['n', false], ['√', true], ['×', false], ['TRUE', true], ['false', false],
    ['1', true], ['0', false], ['１', true], ['yes', true], ['No', false], [' 是 ', true],
  ])('%j → %s', (input, expected) => expect(parseBoolean(input)).toBe(expected));
  test('empty is undefined, anything else null', () => {
    expect(parseBoolean('  ')).toBeUndefined();
    expect(parseBoolean('也许')).toBeNull();
  });
});

describe('splitList', () => {
  test.each([
    ['教育、科技', false, ['教育', '科技']],
    ['教育，科技;卫生；文化/体育', false, ['教育', '科技', '卫生', '文化', '体育']],
    ['A01 B02\nC03', true, ['A01', 'B02', 'C03']],
    ['阿依古丽 买买提、王五', false, ['阿依古丽 买买提', '王五']],
    ['  、 ', false, []],
  ])('%j (spaces: %s)', (input, spaces, expected) => expect(splitList(input, spaces)).toEqual(expected));
});
