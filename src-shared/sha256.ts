import crypto from 'node:crypto';

/**
 * Lower-case hex SHA-256 of the UTF-8 bytes of `text` (or of raw bytes). Node-only, like everything that
 * hashes: the main process, the CLI and the verifier; the renderer never hashes. The one-shot `crypto.hash`
 * (Node ≥ 20.12, and Electron's Node) avoids a Hash object per call, which matters for thousands of audit rows;
 * an older Node 20 takes the Hash object.
 */
export const sha256Hex: (data: string | Uint8Array) => string =
  typeof crypto.hash === 'function'
    ? (data) => crypto.hash('sha256', data, 'hex')
    : (data) => crypto.createHash('sha256').update(data).digest('hex');
