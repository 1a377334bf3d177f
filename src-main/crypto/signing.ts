import { sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';
import { decodeBase64Strict } from './base64';
import { assertEd25519, ED25519_SIGNATURE_BYTES, isPublicKeyText, publicKeyFromBase64 } from './keys';
import { isValidKind, signingMessage } from './message';

/**
 * Domain-separated Ed25519 signatures over JSON payloads.
 *
 * What is signed is not the payload itself but the line
 *     studio-review/v1/<kind>//<sha256 hex of the RFC 8785 canonical JSON of the payload>
 * - the canonical form makes the signature independent of key order and whitespace in the file;
 * - the `studio-review/v1/` prefix means no signature made here can be replayed into another protocol;
 * - the kind means a signature on a score file can never pass as one on a session package, even if
 *   the two payloads happened to be byte-identical. The hash part is always 64 characters, so the kind is
 *   fixed by the length of the message and no (kind, payload) pair can collide with another.
 * The message is built in message.ts. The offline verify page swaps this file for
 * src-verify-page/swap/signing.ts (WebCrypto): keep the two exporting the same names.
 */

export { isValidKind, signingMessage };

/** base64 Ed25519 signature. Throws on programming errors (bad kind, non-JSON payload, non-Ed25519 key). */
export function sign(kind: string, payload: unknown, privateKey: KeyObject): string {
  if (privateKey.type !== 'private') throw new TypeError('sign needs a private key');
  assertEd25519(privateKey);
  return edSign(null, signingMessage(kind, payload), privateKey).toString('base64');
}

/**
 * True only for a well-formed signature by `publicKey` over exactly this kind and payload.
 * Everything about the inputs may come from a file on a USB stick, so any oddity (bad base64, wrong
 * length, malformed key, payload that cannot be canonicalised) is simply `false`, never a throw.
 */
export function verifySignature(kind: string, payload: unknown, signatureB64: string, publicKey: string | KeyObject): boolean {
  try {
    const signature = decodeBase64Strict(signatureB64, ED25519_SIGNATURE_BYTES);
    if (!signature) return false;
    let key: KeyObject;
    if (typeof publicKey === 'string') {
      if (!isPublicKeyText(publicKey)) return false;
      key = publicKeyFromBase64(publicKey);
    } else {
      key = publicKey;
    }
    if (key.type !== 'public' || key.asymmetricKeyType !== 'ed25519') return false;
    return edVerify(null, signingMessage(kind, payload), key, signature);
  } catch {
    return false;
  }
}
