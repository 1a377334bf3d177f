import { createPrivateKey, createPublicKey, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { sha256Hex } from '../../src-shared/sha256';
import { decodeBase64Strict } from './base64';

/**
 * Ed25519 keys in the forms people and files need.
 *
 * Public keys travel as base64 of the raw 32 bytes: short enough to print on paper, and one fixed
 * encoding (unlike DER/PEM/JWK) so the key id and fingerprint are computed over the same bytes everywhere.
 * Private keys stay PKCS#8 DER, the form Node imports without guessing, and are only stored inside a
 * PIN vault (see pin-vault.ts).
 */

export const ED25519_PUBLIC_KEY_BYTES = 32;
export const ED25519_SIGNATURE_BYTES = 64;

export interface GeneratedKeyPair {
  /** base64 of the raw 32-byte Ed25519 public key. */
  publicKey: string;
  /** PKCS#8 DER of the private key: lock it with `lockPrivateKey` before it touches a disk. */
  privateKeyPkcs8: Buffer;
}

export function generateKeyPair(): GeneratedKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  return {
    publicKey: publicKeyToBase64(publicKey),
    privateKeyPkcs8: privateKey.export({ format: 'der', type: 'pkcs8' }),
  };
}

/** The raw 32 bytes of a base64 public key, or undefined when it is not exactly that. */
export function decodePublicKey(publicKey: string): Buffer | undefined {
  return decodeBase64Strict(publicKey, ED25519_PUBLIC_KEY_BYTES);
}

export function isPublicKeyText(publicKey: unknown): publicKey is string {
  return typeof publicKey === 'string' && decodePublicKey(publicKey) !== undefined;
}

function rawPublicKey(publicKey: string): Buffer {
  const raw = decodePublicKey(publicKey);
  // Callers validate untrusted input first (envelope schema); reaching here with junk is a bug.
  if (!raw) throw new TypeError('public key must be canonical base64 of 32 bytes');
  return raw;
}

/**
 * Short id used in file headers and trust lists: the first 16 hex characters (64 bits) of SHA-256 over the
 * raw key. Enough to tell a committee's handful of keys apart; never used alone to decide trust, since the
 * full key is always compared (see envelope.ts).
 */
export function keyId(publicKey: string): string {
  return sha256Hex(rawPublicKey(publicKey)).slice(0, 16);
}

/**
 * The full SHA-256 of the raw key as 16 upper-case groups of 4 hex characters, e.g. `3F2A 91C0 …`.
 * This is what two people read aloud over the phone or compare against a printed sheet to confirm a key
 * is the one they expect; all 256 bits, so a look-alike key cannot be ground out.
 */
export function fingerprint(publicKey: string): string {
  const hex = sha256Hex(rawPublicKey(publicKey)).toUpperCase();
  return hex.match(/.{4}/g)!.join(' ');
}

/** base64 raw public key → KeyObject (through JWK, so no hand-built DER). Throws on a malformed key. */
export function publicKeyFromBase64(publicKey: string): KeyObject {
  const raw = rawPublicKey(publicKey);
  return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: raw.toString('base64url') }, format: 'jwk' });
}

/** KeyObject (public, or private: its public half is taken) → base64 raw public key. */
export function publicKeyToBase64(key: KeyObject): string {
  const pub = key.type === 'private' ? createPublicKey(key) : key;
  assertEd25519(pub);
  const jwk = pub.export({ format: 'jwk' });
  if (typeof jwk.x !== 'string') throw new TypeError('Ed25519 key without x coordinate');
  return Buffer.from(jwk.x, 'base64url').toString('base64');
}

/** PKCS#8 DER → private KeyObject. Throws on junk or on any key that is not Ed25519. */
export function privateKeyFromPkcs8(pkcs8: Buffer): KeyObject {
  const key = createPrivateKey({ key: pkcs8, format: 'der', type: 'pkcs8' });
  assertEd25519(key);
  return key;
}

export function assertEd25519(key: KeyObject): void {
  if (key.asymmetricKeyType !== 'ed25519') {
    throw new TypeError(`expected an Ed25519 key, got ${key.asymmetricKeyType ?? key.type}`);
  }
}
