import type { Message } from '../../src-shared/result';
import { BUNDLE_LIMITS } from '../../src-shared/api/ops/bundle';

/**
 * Where everything sits inside a result bundle folder (docs/bundle-format.md). Paths inside a bundle always use
 * `/`, whatever the operating system, and are compared as exact strings.
 */
export const BUNDLE_TYPE = 'studio-review-result-bundle';
export const BUNDLE_FORMAT_VERSION = 1;

export const MANIFEST = 'manifest.sha256';
/** Not listed in the manifest: it signs the manifest. */
export const SIGNATURE = 'signature.json';
export const BUNDLE_JSON = 'bundle.json';
/** The offline verify page (src-verify-page/), listed in the manifest like any file: docs/bundle-format.md. */
export const VERIFY_HTML = 'verify.html';

export const DATA = {
  session: 'data/session.json',
  protocol: 'data/draw-protocol.json',
  conflicts: 'data/conflicts.json',
  signatures: 'data/signatures.json',
  summary: 'data/summary-sheet.json',
  results: 'data/results.json',
  proposed: 'data/proposed-list.json',
  audit: 'data/audit-log.jsonl',
  /** The issued session package (评审会授权包) the session was made from, byte for byte as the office signed it. */
  issuedPackage: 'data/issued-package.json',
} as const;

export const SHEETS_DIR = 'data/score-sheets/';
export const PRINT_DIR = 'print/';

/** Expert ids become file names; anything outside a plain set of characters is replaced. */
export function safeName(text: string): string {
  return text.replace(/[^\p{L}\p{N}._-]/gu, '_').slice(0, 80) || '_';
}

export function sheetPath(expertId: string): string {
  return `${SHEETS_DIR}${safeName(expertId)}.json`;
}

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/**
 * Why a path cannot be a path inside a bundle, or null when it can. The rules keep every path inside the folder
 * (no `..`, no absolute path, no drive letter), keep the manifest readable by `sha256sum -c` without escapes (no
 * backslash, no line breaks or other control characters) and keep names portable to a FAT/exFAT stick.
 */
export function pathProblem(p: string): Message | null {
  if (p.length === 0 || p.length > BUNDLE_LIMITS.maxPathLength) {
    return { zh: `路径长度不合适：${p.slice(0, 60)}`, en: `path length out of range: ${p.slice(0, 60)}` };
  }
  if (CONTROL.test(p) || p.includes('\\')) return { zh: `路径含有控制字符或反斜杠：${JSON.stringify(p)}`, en: `path has a control character or backslash: ${JSON.stringify(p)}` };
  if (p.startsWith('/') || /^[A-Za-z]:/.test(p)) return { zh: `路径指向文件夹之外（绝对路径）：${p}`, en: `path points outside the folder (absolute): ${p}` };
  const segments = p.split('/');
  if (segments.some((s) => s === '..')) return { zh: `路径指向文件夹之外（..）：${p}`, en: `path points outside the folder (..): ${p}` };
  if (segments.some((s) => s === '' || s === '.')) return { zh: `路径中有空的或“.”的部分：${p}`, en: `path has an empty or "." segment: ${p}` };
  if (segments.length > BUNDLE_LIMITS.maxDepth) return { zh: `路径层级过深：${p}`, en: `path is nested too deeply: ${p}` };
  if (segments.some((s) => /[<>:"|?*]/.test(s) || / $|\.$/.test(s))) {
    return { zh: `路径含有 U 盘文件系统不允许的字符：${p}`, en: `path has characters a USB stick's file system does not allow: ${p}` };
  }
  return null;
}
