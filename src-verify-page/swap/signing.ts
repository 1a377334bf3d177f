import { canonicalJson } from '../../src-shared/canonical-json';
import { sha256Hex } from '../../src-shared/sha256';
import { isValidKind, signingMessage } from '../../src-main/crypto/message';
import { verifyDigest } from './digest-signature';

/**
 * The verify page's src-main/crypto/signing.ts (the build swaps it in; same exports). A signature over a JSON
 * payload (the issued package's envelope) is one over the SHA-256 of its canonical JSON, so it goes through the
 * same WebCrypto questions as the bundle's own (swap/digest-signature.ts).
 */
export { isValidKind, signingMessage };

export function verifySignature(kind: string, payload: unknown, signatureB64: string, publicKey: unknown): boolean {
  try {
    return typeof publicKey === 'string' && isValidKind(kind) && verifyDigest(kind, sha256Hex(canonicalJson(payload)), signatureB64, publicKey);
  } catch {
    return false;
  }
}

/** The page never signs. */
export function sign(): string {
  throw new Error('the verify page does not sign');
}
