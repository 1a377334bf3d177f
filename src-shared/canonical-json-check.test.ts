import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { randomValue } from '../tests/helpers/random-json';
import { canonicalJson } from './canonical-json';
import { canonicalTextProblem } from './canonical-json-check';

const problem = (text: string) => canonicalTextProblem(text, JSON.parse(text));
/** The definition the quick reading must agree with: the text is its value's canonical serialisation. */
const isCanonical = (text: string) => {
  try {
    return canonicalJson(JSON.parse(text)) === text;
  } catch {
    return false;
  }
};

/** The same value written other ways: the engine's key order, indented, with `\u` escapes, with numbers respelt. */
function otherForms(value: unknown): string[] {
  const plain = JSON.stringify(value);
  return [
    plain,
    JSON.stringify(value, null, 1),
    plain.replace(/[a-z]/, (c) => `\\u00${c.charCodeAt(0).toString(16)}`),
    plain.replace(/(?<=[:[,])(\d+)(?=[,\]}])/, '$1.0'),
    plain.replace(/(?<=[:[,])0\.(\d)/, '0.$1e0'),
    canonicalJson(value).replace(/\\n/, '\\u000a'),
    canonicalJson(value).replace(/\\ud83d/, '\\uD83D'),
  ].filter((text) => {
    try {
      JSON.parse(text);
      return true;
    } catch {
      return false; // a respelling that broke the text (e.g. a letter of `true` escaped)
    }
  });
}

describe('canonicalTextProblem (RFC 8785 bytes exactly)', () => {
  it('agrees with serialising and comparing, on 400 random values each written 8 ways', () => {
    const rng = seedrandom('canonical-check');
    let refused = 0;
    for (let i = 0; i < 400; i++) {
      const value = randomValue(rng, i % 10 === 0 ? 3 : 2);
      for (const text of [canonicalJson(value), ...otherForms(value)]) {
        expect({ text, canonical: problem(text) === null }).toEqual({ text, canonical: isCanonical(text) });
        if (!isCanonical(text)) refused++;
      }
    }
    expect(refused).toBeGreaterThan(800);
  });

  it('reads numbers as Number::toString writes them', () => {
    const numbers = ['0', '-0', '1', '-1', '100', '1.5', '1.50', '-0.25', '0.1', '0.30000000000000004', '0.000001', '0.0000001', '1e-7', '1e21', '1e+21', '1E2', '123456789012345', '1234567890123456', '9007199254740993', '5e-324', '0.5e1', '-0.0', '12.050'];
    for (const n of numbers) {
      for (const text of [n, `[${n}]`, `{"a":${n}}`]) expect({ text, canonical: problem(text) === null }).toEqual({ text, canonical: String(Number(n)) === n });
    }
  });

  it('reads strings as JSON.stringify writes them', () => {
    for (const [text, canonical] of [
      ['"a\\"b\\\\c\\n\\t\\r\\b\\f"', true],
      ['"\\u001f"', true],
      ['"\\u001F"', false],
      ['"\\u0061"', false],
      ['"\\/"', false],
      ['"\u2028 \u007f 专家 😀"', true],
      ['"\\ud83d\\ude00"', false],
      ['"\\ud83d"', true],
      ['{"\\u0061":1}', false],
      ['{"a\\nb":1,"a\\tb":2}', false],
      ['{"a\\tb":1,"a\\nb":2}', true],
    ] as const) {
      expect({ text, canonical: problem(text) === null }).toEqual({ text, canonical });
    }
    // A lone surrogate written raw is not what UTF-8 can carry: the canonical form escapes it.
    expect(problem('"\ud800"')?.code).toBe('not-canonical');
  });

  it('orders keys by code units as written, also keys that look like array indexes', () => {
    expect(problem('{"10":1,"9":2}')).toBeNull();
    expect(problem('{"9":2,"10":1}')?.code).toBe('not-canonical');
    expect(problem('{"b":1,"a":2}')?.code).toBe('not-canonical');
    expect(problem('{"a":{"y":1,"x":2}}')?.code).toBe('not-canonical');
    expect(problem('{"€":1,"😀":2,"ﬀ":3}')).toBeNull();
    expect(problem('{"a":[{"b":1},{"a":1}],"b":{}}')).toBeNull();
  });

  it('names a key given twice, and where', () => {
    expect(problem('{"a":1,"a":1}')).toEqual({
      code: 'duplicate-key',
      message: {
        zh: '键 "a" 在同一对象中重复（位置 (root)）；规范 JSON 中每个键只能出现一次',
        en: 'duplicate key "a" in one object (at (root)); canonical JSON allows each key once',
      },
    });
    expect(problem('{"x":[{"b":1},{"b":2,"b":2}]}')?.message.en).toContain('duplicate key "b" in one object (at x[1])');
    expect(problem('{"a":1,"\\u0061":2}')?.message.en).toContain('duplicate key "a"');
  });

  it('says from which byte the text leaves the canonical form, and what each side has there', () => {
    expect(problem('{"专家":"张三", "a":1}')?.message).toEqual({
      zh: '不是规范 JSON（RFC 8785：键按顺序排列、无空白）：从第 2 字节起，文件为 "专家\\":\\"张三\\", \\"a\\":1}"，规范形式应为 "a\\":1,\\"专家\\":\\"张三\\"}"',
      en: 'not canonical JSON (RFC 8785: keys in order, no whitespace): from byte 2 the file has "专家\\":\\"张三\\", \\"a\\":1}" where the canonical form has "a\\":1,\\"专家\\":\\"张三\\"}"',
    });
    // Bytes of UTF-8, as `cmp` would count them: 专家 is six.
    expect(problem('["专家",1.0]')?.message.en).toContain('from byte 11 the file has ".0]" where the canonical form has "]"');
    expect(problem('[1] ')?.message.en).toContain('from byte 3 the file has " " where the canonical form has its end');
    expect(problem('[1e999]')?.message.en).toBe('not canonical JSON (RFC 8785): a number is out of range');
  });
});
