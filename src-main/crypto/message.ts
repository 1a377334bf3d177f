import { canonicalJson } from '../../src-shared/canonical-json';
import { sha256Hex } from '../../src-shared/sha256';

/**
 * The exact bytes every signature of the app covers:
 *     studio-review/v1/<kind>//<sha256 hex>
 * over the SHA-256 of a payload's canonical JSON (signing.ts) or of file bytes the caller already hashed
 * (bundle/digest-signature.ts). Apart from those two (node:crypto) so that the offline verify page, which swaps
 * them for WebCrypto ones (src-verify-page/swap/), builds the same bytes from the same code.
 */

/** Kinds are short lower-case words like `score-file`, `session-package`. */
const KIND_PATTERN = /^[a-z][a-z0-9-]{0,63}$/;

export function isValidKind(kind: unknown): kind is string {
  return typeof kind === 'string' && KIND_PATTERN.test(kind);
}

/** The message over a SHA-256 the caller already has. Throws on a malformed kind or digest. */
export function digestMessage(kind: string, sha256: string): Buffer {
  if (!isValidKind(kind)) throw new TypeError(`invalid signature kind: ${JSON.stringify(kind)}`);
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new TypeError('expected a lower-case SHA-256 hex digest');
  return Buffer.from(`studio-review/v1/${kind}//${sha256}`, 'utf8');
}

/** The message over a JSON payload. Throws if the kind is malformed or the payload has no JSON form. */
export function signingMessage(kind: string, payload: unknown): Buffer {
  if (!isValidKind(kind)) throw new TypeError(`invalid signature kind: ${JSON.stringify(kind)}`);
  return digestMessage(kind, sha256Hex(canonicalJson(payload)));
}
