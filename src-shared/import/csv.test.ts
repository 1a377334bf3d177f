import { describe, expect, test } from 'vitest';
import { encodeGbk } from '../../tests/fixtures/gbk';
import { decodeText, detectDelimiter, parseCsv } from './csv';

describe('parseCsv (RFC 4180)', () => {
  test.each<[string, string[][]]>([
    ['a,b\r\nc,d\r\n', [['a', 'b'], ['c', 'd']]],
    ['a,b\nc,d', [['a', 'b'], ['c', 'd']]],
    ['a,b\rc,d\r', [['a', 'b'], ['c', 'd']]],
    ['"教育, 科技",x', [['教育, 科技', 'x']]],
    ['"第一行\r\n第二行",x\r\ny,z', [['第一行\r\n第二行', 'x'], ['y', 'z']]],
    ['"他说""好""",x', [['他说"好"', 'x']]],
    ['a,,c\n,,\n', [['a', '', 'c'], ['', '', '']]],
    ['a,"",c', [['a', '', 'c']]],
    ['', []],
  ])('%j', (text, records) => expect(parseCsv(text)).toEqual(records));

  test('tab-separated text (Excel "Unicode text") is detected', () => {
    expect(detectDelimiter('姓名\t性别\t单位,名称\n')).toBe('\t');
    expect(parseCsv('姓名\t性别\n张三\t男')).toEqual([['姓名', '性别'], ['张三', '男']]);
  });
});

describe('decodeText', () => {
  const text = '专家编号,姓名\r\nE0001,张三\r\n';
  test('UTF-8 with BOM', () => {
    const d = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]));
    expect(d).toEqual({ text, encoding: 'utf-8' });
  });
  test('UTF-8 without BOM', () => expect(decodeText(Buffer.from(text))).toEqual({ text, encoding: 'utf-8' }));
  test('GBK, as Excel on a Chinese Windows saves CSV', () => {
    expect(decodeText(encodeGbk(text))).toEqual({ text, encoding: 'gb18030' });
  });
  test('UTF-16 LE with BOM', () => {
    const d = decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]));
    expect(d).toEqual({ text, encoding: 'utf-16le' });
  });
});
