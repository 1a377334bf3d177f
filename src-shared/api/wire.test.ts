import { describe, expect, it } from 'vitest';
import { contract, requestLimit, DEFAULT_REQUEST_LIMIT, REQUEST_LIMITS } from './contract';
import { base64ToBytes, base64ToBytesInPage, bytesToBase64, bytesToBase64InPage, fromWireJson, toWireJson } from './wire';

describe('bytes on the JSON wire', () => {
  it('round-trips bytes anywhere in a value, Buffers and plain Uint8Arrays alike', () => {
    const value = {
      ok: true,
      value: { fileName: 'a.pdf', content: Buffer.from('%PDF-1.7 …'), list: [{ content: new Uint8Array([0, 255, 1]) }, 'text', 3, null] },
    };
    const text = toWireJson(value);
    expect(text).toContain('"content":{"$bytes":"JVBERi0xLjcg4oCm"}');
    const back = fromWireJson(text) as typeof value;
    expect(back.value.content).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(back.value.content).toString()).toBe('%PDF-1.7 …');
    expect([...(back.value.list[0] as { content: Uint8Array }).content]).toEqual([0, 255, 1]);
    expect(back.value.list.slice(1)).toEqual(['text', 3, null]);
  });

  it('encodes only the view of a Buffer, not the memory around it', () => {
    const pool = Buffer.from('secret|file|secret');
    const back = fromWireJson(toWireJson({ b: pool.subarray(7, 11) })) as { b: Uint8Array };
    expect(Buffer.from(back.b).toString()).toBe('file');
  });

  it('leaves values without bytes as they are, and does not change the value it encodes', () => {
    const value = { a: [1, { b: 'x' }], c: { d: null } };
    expect(fromWireJson(toWireJson(value))).toEqual(value);
    const withBytes = { f: Buffer.from('x'), g: { h: 1 } };
    toWireJson(withBytes);
    expect(withBytes.f).toBeInstanceOf(Buffer);
  });

  it('keeps a marker that is not base64, so the schema refuses it where bytes are expected', () => {
    const back = fromWireJson('{"content":{"$bytes":"not base64!"}}') as { content: unknown };
    expect(back.content).toEqual({ $bytes: 'not base64!' });
    expect(contract['keys.preview'].input.safeParse(back).success).toBe(false);
    expect(base64ToBytes('QQ')).toBeUndefined();
    expect([...base64ToBytes('QQ==')!]).toEqual([65]);
  });

  it.each([0, 1, 2, 3, 0x6000 - 1, 0x6000, 0x6000 + 1, 100_000])('the page’s base64 of %i bytes is Node’s', (n) => {
    const bytes = new Uint8Array(n).map((_, i) => (i * 7919) % 256);
    const text = bytesToBase64(bytes);
    expect(bytesToBase64InPage(bytes)).toBe(text);
    expect(base64ToBytesInPage(text)).toEqual(bytes);
    expect([...base64ToBytes(text)!]).toEqual([...bytes]);
  });
});

describe('request limits', () => {
  it('name only operations of the contract; the others get the default', () => {
    for (const name of Object.keys(REQUEST_LIMITS)) expect(Object.keys(contract)).toContain(name);
    expect(requestLimit('settings.update')).toBe(DEFAULT_REQUEST_LIMIT);
    expect(requestLimit('toString')).toBe(DEFAULT_REQUEST_LIMIT);
    expect(requestLimit('bundle.import')).toBe(192 * 1024 * 1024);
  });

  it('bound the operations’ file fields', () => {
    const limit = requestLimit('keys.preview');
    expect(contract['keys.preview'].input.safeParse({ content: new Uint8Array(limit) }).success).toBe(true);
    expect(contract['keys.preview'].input.safeParse({ content: new Uint8Array(limit + 1) }).success).toBe(false);
    expect(contract['keys.preview'].input.safeParse({ content: new Uint8Array(0) }).success).toBe(false);
  });
});
