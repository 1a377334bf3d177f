import { describe, expect, test } from 'vitest';
import { PRINTED_DATA_BEGIN, PRINTED_DATA_END, printableJson, readPrintedData } from './printed-data';

describe('the recomputation data printed on the draw record', () => {
  const value = { pool: ['E001|U 1|高校'], config: { reason: '推荐对象 N001 / work unit\u00a0x\u3000y', emoji: '😀', tab: 'a\tb', zw: 'a\u200bb' } };

  test('is printable ASCII only and parses back to the same value', () => {
    const text = printableJson(value);
    expect(text).toMatch(/^[\x21-\x7e]+$/);
    expect(JSON.parse(text)).toEqual(value);
  });

  test('survives printing: wrapped anywhere, page footers between, spaces added by the text extraction', () => {
    const text = printableJson(value);
    const cut = (s: string, n: number) => s.match(new RegExp(`.{1,${n}}`, 'g'))!.join('\n   ');
    const printed = `heading\n${PRINTED_DATA_BEGIN}\n${cut(text.slice(0, 40), 7)}\n\n        第 3 页，共 17 页 · Page 3 of 17\n${cut(text.slice(40), 11)}\n   Page 4 of 17\n${PRINTED_DATA_END}\nsignatures`;
    expect(readPrintedData(printed)).toEqual(value);
    expect(() => readPrintedData('no markers')).toThrow(/markers/);
  });
});
