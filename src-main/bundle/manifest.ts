import { compareUtf8 } from '../../src-shared/draw/hash';
import { err, ok, type Result } from '../../src-shared/result';
import { BUNDLE_JSON, MANIFEST, pathProblem, SIGNATURE } from './layout';

/**
 * manifest.sha256: one line per file, `<sha256 hex>  <path>\n`, exactly what GNU `sha256sum` writes, so
 * `sha256sum -c manifest.sha256` checks a bundle with standard tools. Lines are sorted by the UTF-8 bytes of the
 * path (what `LC_ALL=C sort` does), so the same files always give the same manifest bytes, and so a reader can
 * refuse a manifest whose lines were moved: any edit of the file is an edit, even one `sha256sum` would not mind.
 */

export interface ManifestEntry {
  path: string;
  sha256: string;
}

export function manifestText(entries: readonly ManifestEntry[]): string {
  return [...entries]
    .sort((a, b) => compareUtf8(a.path, b.path))
    .map((e) => `${e.sha256}  ${e.path}\n`)
    .join('');
}

const LINE = /^([0-9a-f]{64}) {2}(.+)$/;

/**
 * Strict reading: valid UTF-8, LF line ends, a final line end, no blank lines, lower-case hex, two spaces, safe
 * paths, strictly increasing order (so no duplicates), never the manifest or the signature themselves, and
 * bundle.json always listed. The first problem is reported with its line number.
 */
export function parseManifest(bytes: Buffer): Result<ManifestEntry[]> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return bad('manifest-invalid', 0, '不是有效的 UTF-8 文本', 'not valid UTF-8 text');
  }
  if (text.length === 0) return bad('manifest-invalid', 0, '清单为空', 'the manifest is empty');
  if (!text.endsWith('\n')) return bad('manifest-invalid', 0, '最后一行没有换行符（文件可能被截断）', 'the last line has no line end (the file may be truncated)');
  const lines = text.slice(0, -1).split('\n');
  const entries: ManifestEntry[] = [];
  for (const [i, line] of lines.entries()) {
    const n = i + 1;
    const m = LINE.exec(line);
    if (!m) return bad('manifest-invalid', n, '格式不是“哈希值 两个空格 路径”', 'not in the form "hash, two spaces, path"');
    const [, sha256, path] = m;
    const problem = pathProblem(path);
    if (problem) return bad('manifest-invalid', n, problem.zh, problem.en);
    if (path === MANIFEST || path === SIGNATURE) return bad('manifest-invalid', n, `清单不能列出 ${path}`, `the manifest must not list ${path}`);
    const previous = entries.at(-1);
    if (previous) {
      const order = compareUtf8(previous.path, path);
      if (order === 0) return bad('manifest-duplicate', n, `路径重复：${path}`, `duplicate path: ${path}`);
      if (order > 0) return bad('manifest-unsorted', n, `行的顺序被改动（${path} 应在 ${previous.path} 之前）`, `lines are out of order (${path} belongs before ${previous.path})`);
    }
    entries.push({ path, sha256 });
  }
  if (!entries.some((e) => e.path === BUNDLE_JSON)) return bad('manifest-invalid', 0, `清单中没有 ${BUNDLE_JSON}`, `the manifest does not list ${BUNDLE_JSON}`);
  return ok(entries);
}

function bad(code: string, line: number, zh: string, en: string) {
  const where = line ? { zh: `第 ${line} 行：`, en: `line ${line}: ` } : { zh: '', en: '' };
  return err(code, `${MANIFEST}：${where.zh}${zh}`, `${MANIFEST}: ${where.en}${en}`);
}
