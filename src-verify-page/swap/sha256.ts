import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils';

/**
 * The verify page's src-shared/sha256.ts (the build swaps it in; same export). The bundle checks hash
 * synchronously and WebCrypto is asynchronous, so the page hashes every file with WebCrypto before the checks
 * run (`rememberDigest`) and the checks find those digests here; whatever else they hash (audit rows, keys,
 * canonical texts) goes through the audited pure-JS SHA-256 of @noble/hashes.
 */
const known = new WeakMap<Uint8Array, string>();

/** Records the digest of bytes the page read and will not change (its own copy of a file). */
export function rememberDigest(bytes: Uint8Array, hex: string): void {
  known.set(bytes, hex);
}

export const sha256Hex = (data: string | Uint8Array): string =>
  typeof data === 'string' ? bytesToHex(sha256(utf8ToBytes(data))) : (known.get(data) ?? bytesToHex(sha256(data)));
