import fs from 'node:fs';
import path from 'node:path';
import { BUNDLE_LIMITS } from '../../src-shared/api/ops/bundle';
import type { Message } from '../../src-shared/result';
import { pathProblem } from './layout';
import type { BundleFiles } from './render';

/**
 * Reading a bundle folder from a stick, safely: the whole tree is listed with lstat first, and it is refused,
 * before a single file is opened, when it holds a symbolic link (which could point anywhere on the office
 * computer), anything that is not a plain file or folder, a name that could not be a bundle path, too many files,
 * too deep a tree, or a file or a total over the size limits. Only then are the files read, each once, into
 * memory; everything after works on those bytes, so a file changed on the stick during verification cannot
 * slip in after its check.
 */

export interface LayoutProblem {
  code: string;
  file: string | null;
  message: Message;
}

/** The limits, as numbers: BUNDLE_LIMITS by default, smaller ones in tests. */
export type Limits = { [K in keyof typeof BUNDLE_LIMITS]: number };

export interface ListedFile {
  path: string;
  size: number;
}

/** Size, count and name checks over a list of files; shared by the folder reader and the API's file list. */
export function listProblems(list: readonly ListedFile[], limits: Limits = BUNDLE_LIMITS): LayoutProblem[] {
  const problems: LayoutProblem[] = [];
  if (list.length > limits.maxFiles) {
    problems.push({ code: 'bundle-too-many-files', file: null, message: { zh: `文件数 ${list.length} 超过上限 ${limits.maxFiles}`, en: `${list.length} files exceed the limit of ${limits.maxFiles}` } });
  }
  let total = 0;
  const seen = new Set<string>();
  for (const f of list) {
    const bad = pathProblem(f.path);
    if (bad) problems.push({ code: 'bundle-path', file: f.path, message: bad });
    if (seen.has(f.path)) problems.push({ code: 'bundle-path', file: f.path, message: { zh: `文件重复：${f.path}`, en: `file given twice: ${f.path}` } });
    seen.add(f.path);
    if (f.size > limits.maxFileBytes) {
      problems.push({
        code: 'file-too-large',
        file: f.path,
        message: { zh: `${f.path} 大小 ${mb(f.size)} 超过单个文件上限 ${mb(limits.maxFileBytes)}`, en: `${f.path} is ${mb(f.size)}, over the per-file limit of ${mb(limits.maxFileBytes)}` },
      });
    }
    total += f.size;
  }
  if (total > limits.maxTotalBytes) {
    problems.push({ code: 'bundle-too-large', file: null, message: { zh: `总大小 ${mb(total)} 超过上限 ${mb(limits.maxTotalBytes)}`, en: `total size ${mb(total)} exceeds the limit of ${mb(limits.maxTotalBytes)}` } });
  }
  return problems;
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Every folder that holds the given files, e.g. `data` and `data/score-sheets` for a score sheet. */
export function foldersOf(paths: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const p of paths) {
    for (let cut = p.lastIndexOf('/'); cut > 0; cut = p.lastIndexOf('/', cut - 1)) {
      const folder = p.slice(0, cut);
      if (folders.has(folder)) break;
      folders.add(folder);
    }
  }
  return folders;
}

/**
 * The folders of a bundle that nothing in its manifest accounts for: empty ones, and ones holding only unlisted
 * files or folders. The manifest lists files only, so a folder belongs to the bundle when a listed file lies
 * somewhere below it. Only the outermost folder of each such tree is named (its contents go with it).
 */
export function unlistedFolders(folders: Iterable<string>, listed: Iterable<string>): string[] {
  const accounted = foldersOf(listed);
  const out: string[] = [];
  for (const folder of [...folders].sort()) {
    const parent = folder.slice(0, Math.max(folder.lastIndexOf('/'), 0));
    if (!accounted.has(folder) && (parent === '' || accounted.has(parent))) out.push(folder);
  }
  return out;
}

export interface ReadFolder {
  files?: BundleFiles;
  /** Every folder inside, empty or not (paths like `data/score-sheets`), so that unlisted ones can be refused. */
  folders: string[];
  problems: LayoutProblem[];
}

export function readBundleFolder(dir: string, limits: Limits = BUNDLE_LIMITS): ReadFolder {
  const problems: LayoutProblem[] = [];
  let top: fs.Stats;
  try {
    top = fs.lstatSync(dir);
  } catch (e) {
    return { folders: [], problems: [{ code: 'bundle-not-found', file: null, message: { zh: `找不到结果包文件夹 ${dir}（${(e as NodeJS.ErrnoException).code}）`, en: `No bundle folder at ${dir} (${(e as NodeJS.ErrnoException).code})` } }] };
  }
  if (top.isSymbolicLink() || !top.isDirectory()) {
    return { folders: [], problems: [{ code: 'bundle-not-folder', file: null, message: { zh: `${dir} 不是文件夹（结果包是一个普通文件夹）`, en: `${dir} is not a folder (a bundle is a plain folder)` } }] };
  }
  const listed: ListedFile[] = [];
  const folders: string[] = [];
  const walk = (abs: string, rel: string, depth: number) => {
    if (depth > limits.maxDepth) {
      problems.push({ code: 'bundle-path', file: rel, message: { zh: `文件夹层级过深：${rel}`, en: `folder nested too deeply: ${rel}` } });
      return;
    }
    for (const name of fs.readdirSync(abs).sort()) {
      const childRel = rel ? `${rel}/${name}` : name;
      const childAbs = path.join(abs, name);
      const st = fs.lstatSync(childAbs);
      if (st.isSymbolicLink()) {
        problems.push({ code: 'bundle-symlink', file: childRel, message: { zh: `${childRel} 是符号链接，结果包中不允许（可能指向文件夹之外）`, en: `${childRel} is a symbolic link, which a bundle may not hold (it could point outside the folder)` } });
      } else if (st.isDirectory()) {
        folders.push(childRel);
        walk(childAbs, childRel, depth + 1);
      } else if (st.isFile()) {
        listed.push({ path: childRel, size: st.size });
      } else {
        problems.push({ code: 'bundle-special-file', file: childRel, message: { zh: `${childRel} 不是普通文件`, en: `${childRel} is not a regular file` } });
      }
      if (listed.length > limits.maxFiles || folders.length > limits.maxFiles) return;
    }
  };
  try {
    walk(dir, '', 1);
  } catch (e) {
    return { folders, problems: [{ code: 'bundle-read-failed', file: null, message: { zh: `无法读取文件夹：${(e as Error).message}`, en: `Cannot read the folder: ${(e as Error).message}` } }] };
  }
  problems.push(...listProblems(listed, limits));
  if (folders.length > limits.maxFiles) {
    problems.push({ code: 'bundle-too-many-files', file: null, message: { zh: `文件夹数 ${folders.length} 超过上限 ${limits.maxFiles}`, en: `${folders.length} folders exceed the limit of ${limits.maxFiles}` } });
  }
  if (problems.length) return { folders, problems };

  const files: BundleFiles = new Map();
  for (const f of listed) {
    try {
      const bytes = fs.readFileSync(path.join(dir, ...f.path.split('/')));
      if (bytes.length !== f.size) {
        return { folders, problems: [{ code: 'bundle-read-failed', file: f.path, message: { zh: `${f.path} 在读取时发生了变化`, en: `${f.path} changed while it was being read` } }] };
      }
      files.set(f.path, bytes);
    } catch (e) {
      return { folders, problems: [{ code: 'bundle-read-failed', file: f.path, message: { zh: `无法读取 ${f.path}：${(e as Error).message}`, en: `Cannot read ${f.path}: ${(e as Error).message}` } }] };
    }
  }
  return { files, folders, problems };
}
