import { Buffer } from 'buffer';
import type { BundleFiles } from '../src-main/bundle/render';

/** A file the reader picked or dropped, with its path inside the bundle folder (the folder's own name cut off). */
export interface PickedFile {
  path: string;
  file: File;
}

/** From `<input webkitdirectory>`: each file's path starts with the chosen folder's name. */
export function fromInput(list: FileList): PickedFile[] {
  return Array.from(list, (file) => ({ path: insideFolder(file.webkitRelativePath || file.name), file }));
}

const insideFolder = (relative: string) => (relative.includes('/') ? relative.slice(relative.indexOf('/') + 1) : relative);

/** From a folder dropped on the page (browsers without a folder picker): walks it through the entries API. */
export async function fromDrop(items: DataTransferItemList): Promise<PickedFile[]> {
  const out: PickedFile[] = [];
  const roots = Array.from(items, (i) => i.webkitGetAsEntry()).filter((e): e is FileSystemEntry => e !== null);
  const walk = async (entry: FileSystemEntry, prefix: string): Promise<void> => {
    if (entry.isFile) {
      out.push({ path: prefix + entry.name, file: await new Promise<File>((resolve, reject) => (entry as FileSystemFileEntry).file(resolve, reject)) });
    } else if (entry.isDirectory) {
      for (const child of await children(entry as FileSystemDirectoryEntry)) await walk(child, `${prefix}${entry.name}/`);
    }
  };
  // One folder dropped: its contents are the bundle. Loose files dropped: they are.
  if (roots.length === 1 && roots[0].isDirectory) {
    for (const child of await children(roots[0] as FileSystemDirectoryEntry)) await walk(child, '');
  } else {
    for (const root of roots) await walk(root, '');
  }
  return out;
}

/** A folder's entries: readEntries answers in batches until an empty one. */
async function children(dir: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = dir.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const batch = await new Promise<FileSystemEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (!batch.length) return all;
    all.push(...batch);
  }
}

/** Reads every picked file once into memory, sorted by path: the checks work on these bytes only. */
export async function readPicked(picked: PickedFile[], progress: (done: number, total: number) => void): Promise<BundleFiles> {
  const files: BundleFiles = new Map();
  const sorted = [...picked].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const [i, p] of sorted.entries()) {
    files.set(p.path, Buffer.from(await p.file.arrayBuffer()));
    progress(i + 1, sorted.length);
  }
  return files;
}
