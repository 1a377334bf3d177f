import { createHash, createPublicKey, generateKeyPairSync, sign as edSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import {
  decodePublicKey,
  fingerprint,
  generateKeyPair,
  keyId,
  privateKeyFromPkcs8,
  publicKeyFromBase64,
  publicKeyToBase64,
} from './keys';
import { RFC8032_PUBLIC_HEX, rfc8032Key } from '../testing/test-keys';

const RFC_PUBLIC_B64 = Buffer.from(RFC8032_PUBLIC_HEX, 'hex').toString('base64');

describe('Ed25519 keys', () => {
  it('derives the RFC 8032 public key from its seed, and signs the RFC test vector', () => {
    const { privateKey, publicKey } = rfc8032Key();
    expect(publicKey).toBe('11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=');
    expect(publicKey).toBe(RFC_PUBLIC_B64);
    // RFC 8032 §7.1 TEST 1: empty message.
    expect(edSign(null, Buffer.alloc(0), privateKey).toString('hex')).toBe(
      'e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b',
    );
  });

  it('key id and fingerprint are stable for a fixed key (values computed with sha256sum)', () => {
    expect(keyId(RFC_PUBLIC_B64)).toBe('21fe31dfa154a261');
    expect(fingerprint(RFC_PUBLIC_B64)).toBe(
      '21FE 31DF A154 A261 626B F854 046F D227 1B7B ED4B 6ABE 45AA 5887 7EF4 7F97 21B9',
    );
    expect(fingerprint(RFC_PUBLIC_B64).split(' ')).toHaveLength(16);
  });

  it('generates fresh key pairs whose halves belong together', () => {
    const a = generateKeyPair();
    const b = generateKeyPair();
    expect(a.publicKey).not.toBe(b.publicKey);
    expect(decodePublicKey(a.publicKey)).toHaveLength(32);
    expect(publicKeyToBase64(privateKeyFromPkcs8(a.privateKeyPkcs8))).toBe(a.publicKey);
    expect(keyId(a.publicKey)).toMatch(/^[0-9a-f]{16}$/);
    expect(keyId(a.publicKey)).toBe(
      createHash('sha256').update(Buffer.from(a.publicKey, 'base64')).digest('hex').slice(0, 16),
    );
  });

  it('raw base64 ↔ KeyObject agrees with the DER (SPKI) route', () => {
    const { publicKey } = generateKeyPair();
    const viaJwk = publicKeyFromBase64(publicKey);
    const viaDer = createPublicKey({
      key: Buffer.concat([Buffer.from('302a300506032b6570032100', 'hex'), Buffer.from(publicKey, 'base64')]),
      format: 'der',
      type: 'spki',
    });
    expect(viaJwk.equals(viaDer)).toBe(true);
    expect(publicKeyToBase64(viaDer)).toBe(publicKey);
  });

  it('accepts only canonical base64 of exactly 32 bytes as a public key', () => {
    const good = RFC_PUBLIC_B64;
    expect(decodePublicKey(good)).toBeDefined();
    expect(decodePublicKey(good.slice(0, -1))).toBeUndefined(); // padding removed
    expect(decodePublicKey(` ${good}`)).toBeUndefined();
    expect(decodePublicKey(Buffer.alloc(31).toString('base64'))).toBeUndefined();
    expect(decodePublicKey(Buffer.alloc(33).toString('base64'))).toBeUndefined();
    // Same bytes, different spelling (a non-zero padding bit): refused.
    const last = good.at(-2)!;
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
    const sloppy = good.slice(0, -2) + alphabet[alphabet.indexOf(last) ^ 1] + '=';
    expect(Buffer.from(sloppy, 'base64').equals(Buffer.from(good, 'base64'))).toBe(true);
    expect(decodePublicKey(sloppy)).toBeUndefined();
    expect(() => keyId('junk')).toThrow(TypeError);
  });

  it('refuses keys that are not Ed25519', () => {
    const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    expect(() => privateKeyFromPkcs8(privateKey.export({ format: 'der', type: 'pkcs8' }))).toThrow(/Ed25519/);
    expect(() => privateKeyFromPkcs8(Buffer.from('not a key'))).toThrow();
  });
});
