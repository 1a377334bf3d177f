import crypto from 'node:crypto';
import { describe, expect, it } from 'vitest';
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

/** The verify page's hashing (src-verify-page/swap/): the same digests as Node's OpenSSL. */
describe('the verify page SHA-256', () => {
  it('gives the FIPS 180-4 examples', () => {
    expect(sha256Hex(new Uint8Array())).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('agrees with OpenSSL on bytes of every length over several blocks, and on a long message', () => {
    for (let n = 0; n <= 200; n++) expect(sha256Hex(bytesOf(n, n + 7)), `length ${n}`).toBe(openssl(bytesOf(n, n + 7)));
    expect(sha256Hex(bytesOf(1 << 20, 9))).toBe(openssl(bytesOf(1 << 20, 9)));
  });

  it('after a long text, still hashes a short one right (the reused buffer gives only what was written)', () => {
    sha256Hex('审'.repeat(100_000));
    expect(sha256Hex('ab')).toBe(openssl('ab'));
  });

  it('encodes text as Node does: every UTF-8 length, surrogate pairs, lone surrogates as U+FFFD', () => {
    const texts = ['', 'a', 'é', '评审结果', '😀', 'x\u{10FFFF}y', '\ud800', 'a\udc00b', '\ud83d', '\ud83d\ud83d\ude00', '\u007f\u0080\u07ff\u0800\uffff', '"审计":{"seq":1}'];
    let mixed = '';
    for (let i = 0; i < 3000; i++) mixed += String.fromCharCode((i * 7919) % 0x10000);
    texts.push(mixed, mixed.repeat(40));
    for (const text of texts) {
      expect([...utf8Bytes(text)], JSON.stringify(text.slice(0, 20))).toEqual([...Buffer.from(text, 'utf8')]);
      expect(sha256Hex(text)).toBe(openssl(text));
    }
  });
});
