import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src-shared/canonical-json';
import { sha256Hex } from '../../src-shared/sha256';
import { generateKeyPair, privateKeyFromPkcs8 } from '../crypto/keys';
import { sign, signingMessage, verifySignature } from '../crypto/signing';
import { digestMessage, signDigest, verifyDigest } from './digest-signature';

const pair = generateKeyPair();
const key = privateKeyFromPkcs8(pair.privateKeyPkcs8);
const sheet = { sessionId: 'S', expertId: 'E1', cells: [{ n: 1, total: 87.5 }], dissent: '' };

describe('signatures over a digest', () => {
  it('use exactly the message format of crypto/signing.ts', () => {
    expect(digestMessage('score-sheet', sha256Hex(canonicalJson(sheet))).equals(signingMessage('score-sheet', sheet))).toBe(true);
  });

  it('so an expert signature made by the scoring service checks against the canonical bytes of the sheet, and back', () => {
    const bytes = Buffer.from(canonicalJson(sheet));
    expect(verifyDigest('score-sheet', sha256Hex(bytes), sign('score-sheet', sheet, key), pair.publicKey)).toBe(true);
    expect(verifySignature('score-sheet', sheet, signDigest('score-sheet', sha256Hex(bytes), key), pair.publicKey)).toBe(true);
  });

  it('are bound to their kind and digest, and never throw on junk', () => {
    const d = sha256Hex('manifest');
    const s = signDigest('result-bundle', d, key);
    expect(verifyDigest('result-bundle', d, s, pair.publicKey)).toBe(true);
    expect(verifyDigest('score-sheet', d, s, pair.publicKey)).toBe(false);
    expect(verifyDigest('result-bundle', sha256Hex('other'), s, pair.publicKey)).toBe(false);
    expect(verifyDigest('result-bundle', d, s, generateKeyPair().publicKey)).toBe(false);
    expect(verifyDigest('result-bundle', d, 'junk', pair.publicKey)).toBe(false);
    expect(verifyDigest('result-bundle', 'not hex', s, pair.publicKey)).toBe(false);
    expect(verifyDigest('result-bundle', d, s, 'not a key')).toBe(false);
  });
});
