import { sha256 } from '@noble/hashes/sha2';
import { bytesToHex } from '@noble/hashes/utils';
import { utf8Bytes } from './utf8-bytes';

/**
 * The verify page's src-shared/sha256.ts (the build swaps it in; same export). The bundle checks hash
 * synchronously and WebCrypto is asynchronous, so the page hashes every file with WebCrypto before the checks
 * run (`rememberDigest`) and the checks find those digests here; whatever else they hash (audit rows, keys,
 * canonical texts) goes through the audited pure-JS SHA-256 of @noble/hashes, over one reused buffer (utf8-bytes.ts).
 */
const known = new WeakMap<Uint8Array, string>();

/** Records the digest of bytes the page read and will not change (its own copy of a file). */
export function rememberDigest(bytes: Uint8Array, hex: string): void {
  known.set(bytes, hex);
}

export const sha256Hex = (data: string | Uint8Array): string =>
  (typeof data !== 'string' && known.get(data)) || bytesToHex(sha256(typeof data === 'string' ? utf8Bytes(data) : data));
