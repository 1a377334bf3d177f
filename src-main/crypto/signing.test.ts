import { generateKeyPairSync, sign as edSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { generateKeyPair, privateKeyFromPkcs8, publicKeyFromBase64 } from './keys';
import { sign, signingMessage, verifySignature } from './signing';
import { rfc8032Key } from '../testing/test-keys';

const alice = generateKeyPair();
const aliceKey = privateKeyFromPkcs8(alice.privateKeyPkcs8);
const bob = generateKeyPair();
const payload = { expert: 'E-007', scores: [{ nomination: 'N-01', total: 92.5 }], note: '评审意见：优秀' };

describe('domain-separated signatures', () => {
  it('signs exactly "studio-review/v1/<kind>//<sha256 of canonical JSON>" (sha256 from sha256sum)', () => {
    expect(signingMessage('score-file', { b: 2, a: '评审' }).toString('utf8')).toBe(
      'studio-review/v1/score-file//3065f7d986685bec0b9b2c796bcfbb09741101012120661171450e2b9b11643e',
    );
  });

  it('pins a signature made with the RFC 8032 key: changing the message format breaks every signed file', () => {
    const { privateKey, publicKey } = rfc8032Key();
    const sig = sign('score-file', { b: 2, a: '评审' }, privateKey);
    expect(sig).toBe(edSign(null, signingMessage('score-file', { a: '评审', b: 2 }), privateKey).toString('base64'));
    expect(sig).toBe('Lhpyz60SEWiB7y2GUdZxyNUCwCdeMj6b3L7xqnhezy5qNxRpd5YYB9yBwc793zvbaI3QTcDP6Ru4EPLIZtP7DQ==');
    expect(verifySignature('score-file', { a: '评审', b: 2 }, sig, publicKey)).toBe(true);
  });

  it('round trip, independent of key order and of key form (base64 or KeyObject)', () => {
    const sig = sign('score-file', payload, aliceKey);
    expect(Buffer.from(sig, 'base64')).toHaveLength(64);
    expect(verifySignature('score-file', payload, sig, alice.publicKey)).toBe(true);
    expect(verifySignature('score-file', payload, sig, publicKeyFromBase64(alice.publicKey))).toBe(true);
    const reordered = { note: payload.note, scores: payload.scores, expert: payload.expert };
    expect(verifySignature('score-file', reordered, sig, alice.publicKey)).toBe(true);
    // Ed25519 is deterministic: the same content always gives the same signature (and the same file bytes).
    expect(sign('score-file', reordered, aliceKey)).toBe(sig);
  });

  it('a signature for one kind never passes for another kind', () => {
    const sig = sign('score-file', payload, aliceKey);
    expect(verifySignature('session-package', payload, sig, alice.publicKey)).toBe(false);
    expect(verifySignature('score-files', payload, sig, alice.publicKey)).toBe(false);
  });

  it('rejects changed content and the wrong key', () => {
    const sig = sign('score-file', payload, aliceKey);
    expect(verifySignature('score-file', { ...payload, note: '评审意见：良好' }, sig, alice.publicKey)).toBe(false);
    expect(verifySignature('score-file', { ...payload, extra: null }, sig, alice.publicKey)).toBe(false);
    expect(verifySignature('score-file', payload, sig, bob.publicKey)).toBe(false);
  });

  it.each<[string, () => boolean]>([
    ['signature not base64', () => verifySignature('score-file', payload, '%%% not base64 %%%', alice.publicKey)],
    ['signature empty', () => verifySignature('score-file', payload, '', alice.publicKey)],
    ['signature 63 bytes', () => verifySignature('score-file', payload, Buffer.alloc(63).toString('base64'), alice.publicKey)],
    ['signature 65 bytes', () => verifySignature('score-file', payload, Buffer.alloc(65).toString('base64'), alice.publicKey)],
    ['signature all zeros', () => verifySignature('score-file', payload, Buffer.alloc(64).toString('base64'), alice.publicKey)],
    ['signature not a string', () => verifySignature('score-file', payload, 42 as unknown as string, alice.publicKey)],
    ['public key junk', () => verifySignature('score-file', payload, sign('score-file', payload, aliceKey), 'junk')],
    ['public key 31 bytes', () => verifySignature('score-file', payload, sign('score-file', payload, aliceKey), Buffer.alloc(31).toString('base64'))],
    ['public key all zeros', () => verifySignature('score-file', payload, sign('score-file', payload, aliceKey), Buffer.alloc(32).toString('base64'))],
    ['public key undefined', () => verifySignature('score-file', payload, sign('score-file', payload, aliceKey), undefined as unknown as string)],
    ['a private key offered as the public key', () => verifySignature('score-file', payload, sign('score-file', payload, aliceKey), aliceKey)],
    ['an RSA key', () => verifySignature('score-file', payload, sign('score-file', payload, aliceKey), generateKeyPairSync('rsa', { modulusLength: 1024 }).publicKey)],
    ['payload without JSON form', () => verifySignature('score-file', undefined, sign('score-file', payload, aliceKey), alice.publicKey)],
    ['payload with NaN', () => verifySignature('score-file', { x: NaN }, sign('score-file', payload, aliceKey), alice.publicKey)],
    ['malformed kind', () => verifySignature('Score File', payload, sign('score-file', payload, aliceKey), alice.publicKey)],
  ])('verify is false, never a throw, on garbage: %s', (_name, run) => {
    expect(run()).toBe(false);
  });

  it('sign throws on programming errors (they are bugs, not user mistakes)', () => {
    expect(() => sign('Score File', payload, aliceKey)).toThrow(TypeError);
    expect(() => sign('score-file', undefined, aliceKey)).toThrow();
    expect(() => sign('score-file', payload, publicKeyFromBase64(alice.publicKey))).toThrow(/private/);
  });
});
