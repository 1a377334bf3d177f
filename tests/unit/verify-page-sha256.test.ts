import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { sha256Js } from '../../src-verify-page/swap/sha256-js';
import { utf8Bytes } from '../../src-verify-page/swap/utf8-bytes';
import { sha256Hex } from '../../src-verify-page/swap/sha256';

const openssl = (data: string | Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');

/** A fixed pseudo-random sequence, so a failure names the same input on every run. */
function bytesOf(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < length; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** The verify page's own SHA-256 and UTF-8 (src-verify-page/swap/): the same digests as Node's OpenSSL. */
describe('the verify page SHA-256', () => {
  it('gives the FIPS 180-4 examples', () => {
    expect(sha256Js(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('agrees with OpenSSL on every length over several blocks, and on long messages', () => {
    for (let n = 0; n <= 300; n++) {
      const bytes = bytesOf(n, n + 7);
      expect(sha256Js(bytes), `length ${n}`).toBe(openssl(bytes));
    }
    for (const n of [4095, 4096, 65_536 - 72, 65_536, 100_000, 1 << 20]) {
      const bytes = bytesOf(n, n);
      expect(sha256Js(bytes), `length ${n}`).toBe(openssl(bytes));
    }
  });

  it('after a long message, still hashes a short one right (the reused buffer holds no leftovers)', () => {
    sha256Js(bytesOf(200_000, 3));
    expect(sha256Js(bytesOf(10, 4))).toBe(openssl(bytesOf(10, 4)));
  });

  it('encodes text as Node and TextEncoder do: every UTF-8 length, surrogate pairs, lone surrogates as U+FFFD', () => {
    const texts = ['', 'a', 'é', '评审结果', '😀', 'x\u{10FFFF}y', '\ud800', 'a\udc00b', '\ud83d', '\ud83d\ud83d\ude00', '\u007f\u0080\u07ff\u0800\uffff', '"审计":{"seq":1}'];
    let mixed = '';
    for (let i = 0; i < 3000; i++) mixed += String.fromCharCode((i * 7919) % 0x10000);
    texts.push(mixed, mixed.repeat(40));
    for (const text of texts) {
      expect([...utf8Bytes(text)], JSON.stringify(text.slice(0, 20))).toEqual([...new TextEncoder().encode(text)]);
      expect(sha256Hex(text)).toBe(openssl(text));
    }
  });
});
