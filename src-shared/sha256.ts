import { createHash } from 'node:crypto';

/**
 * Lower-case hex SHA-256 of the UTF-8 bytes of `text` (or of raw bytes). Node-only, like everything that
 * hashes: the main process, the CLI and the verifier; the renderer never hashes.
 */
export function sha256Hex(data: string | Uint8Array): string {
  return createHash('sha256').update(typeof data === 'string' ? Buffer.from(data, 'utf8') : data).digest('hex');
}
