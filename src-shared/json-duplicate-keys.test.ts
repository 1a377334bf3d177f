import { describe, expect, it } from 'vitest';
import { firstDuplicateKey } from './json-duplicate-keys';

describe('firstDuplicateKey', () => {
  it.each([
    ['{"a":1,"a":2}', { key: 'a', path: '(root)' }],
    ['{"a":{"b":1,"c":2,"b":3}}', { key: 'b', path: 'a' }],
    ['[0,{"x":[{},{"k":1,"k":1}]}]', { key: 'k', path: '[1].x[1]' }],
    ['{"a":1,"\\u0061":2}', { key: 'a', path: '(root)' }],
    ['{"q\\"{,":1,"r":"}\\"","q\\"{,":3}', { key: 'q"{,', path: '(root)' }],
    ['{"a":{},"b":[{}],"b":1}', { key: 'b', path: '(root)' }],
  ])('finds the first duplicate in %s', (text, found) => {
    JSON.parse(text); // only text JSON.parse accepts is ever scanned
    expect(firstDuplicateKey(text)).toEqual(found);
  });

  it.each([
    '{"a":1,"b":{"a":1},"c":[{"a":1},{"a":1}]}',
    '{"a":"a","b":["a","a"],"c":{"a":"b","b":"a"}}',
    '[{},[],"{\\"a\\":1,\\"a\\":1}",{"x":null}]',
    '"a"',
    '{ "a" : 1 , "b" : [ 1 , { "a" : 2 } ] }',
  ])('finds none in %s', (text) => {
    JSON.parse(text);
    expect(firstDuplicateKey(text)).toBeNull();
  });
});
