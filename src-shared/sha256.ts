import { hash } from 'node:crypto';

/**
 * Lower-case hex SHA-256 of the UTF-8 bytes of `text` (or of raw bytes). Node-only, like everything that
 * hashes: the main process, the CLI and the verifier; the renderer never hashes. The one-shot `crypto.hash`
 * (Node ≥ 20.12) avoids a Hash object per call, which matters for thousands of audit rows.
 */
export function sha256Hex(data: string | Uint8Array): string {
  return hash('sha256', data, 'hex');
}
