import type { FileDownload } from '../../src-shared/api/views';
import { sha256Hex } from '../../src-shared/sha256';

/** A file for the user: its bytes as they are (a door that speaks text encodes them, `src-shared/api/wire`). */
export function fileDownload(fileName: string, mediaType: string, content: Buffer): FileDownload {
  return { fileName, mediaType, content, sha256: sha256Hex(content) };
}

/** A file's bytes as a Buffer (the same memory): a service's own file, or bytes that came through a door. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

export const PDF = 'application/pdf';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
