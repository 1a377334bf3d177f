import { sign as edSign, verify as edVerify, type KeyObject } from 'node:crypto';
import { decodeBase64Strict } from '../crypto/base64';
import { ED25519_SIGNATURE_BYTES, isPublicKeyText, publicKeyFromBase64 } from '../crypto/keys';
import { digestMessage } from '../crypto/message';

export { digestMessage };

/**
 * Signatures over a SHA-256 the caller already has, in the very message format of crypto/signing.ts:
 *     studio-review/v1/<kind>//<sha256 hex>
 * signing.ts hashes the canonical JSON of a payload; here the hash is of file bytes. That is how a bundle is
 * signed (over the bytes of manifest.sha256) and how the score sheets in a bundle are checked: each sheet file is
 * exactly the canonical JSON the expert signed, so the hash taken for the manifest is also the hash in the
 * expert's signed message, and no file is hashed twice. digest-signature.test.ts pins the two formats together.
 * The offline verify page swaps this file for src-verify-page/swap/digest-signature.ts (WebCrypto): keep the
 * two exporting the same names.
 */
export function signDigest(kind: string, sha256Hex: string, privateKey: KeyObject): string {
  return edSign(null, digestMessage(kind, sha256Hex), privateKey).toString('base64');
}

const keyCache = new Map<string, KeyObject>();

/** False for anything malformed: every input may come from a USB stick. */
export function verifyDigest(kind: string, sha256Hex: string, signatureB64: string, publicKey: string): boolean {
  try {
    const signature = decodeBase64Strict(signatureB64, ED25519_SIGNATURE_BYTES);
    if (!signature || !isPublicKeyText(publicKey)) return false;
    let key = keyCache.get(publicKey);
    if (!key) {
      key = publicKeyFromBase64(publicKey);
      if (keyCache.size > 1000) keyCache.clear();
      keyCache.set(publicKey, key);
    }
    return edVerify(null, digestMessage(kind, sha256Hex), key, signature);
  } catch {
    return false;
  }
}
