import type { FileDownload } from '../../src-shared/api/views';
import { sha256Hex } from '../../src-shared/sha256';

export function fileDownload(fileName: string, mediaType: string, content: Buffer): FileDownload {
  return { fileName, mediaType, contentBase64: content.toString('base64'), sha256: sha256Hex(content) };
}

export const PDF = 'application/pdf';
export const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
