import fs from 'node:fs';
import path from 'node:path';
import type { BundleFiles } from './render';

/**
 * Writing files so that "written" means on the medium: each file is fsynced before it is closed, then every
 * folder, so a stick pulled right after the rename holds either the whole bundle or only its temporary folder.
 * The write itself is a parameter so tests can make a stick fail half way.
 */
export interface WriteIo {
  /** Writes and fsyncs one file. */
  writeFile(file: string, bytes: Buffer): void;
  /** Free bytes available to this user at `dir` (fs.statfs). */
  freeBytes(dir: string): number;
}

export const nodeIo: WriteIo = {
  writeFile(file, bytes) {
    const fd = fs.openSync(file, 'wx');
    try {
      let done = 0;
      while (done < bytes.length) done += fs.writeSync(fd, bytes, done, bytes.length - done);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
  },
  freeBytes(dir) {
    const s = fs.statfsSync(dir);
    return Number(s.bavail) * Number(s.bsize);
  },
};

/** fsync of a folder makes its entries (new files, a rename) durable; Windows cannot open folders for it. */
export function syncDir(dir: string): void {
  if (process.platform === 'win32') return;
  const fd = fs.openSync(dir, 'r');
  try {
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
}

export function writeBundleFolder(dir: string, files: BundleFiles, io: WriteIo = nodeIo): void {
  fs.mkdirSync(dir);
  const dirs = new Set<string>([dir]);
  for (const [rel, bytes] of files) {
    const file = path.join(dir, ...rel.split('/'));
    const parent = path.dirname(file);
    if (!dirs.has(parent)) {
      fs.mkdirSync(parent, { recursive: true });
      dirs.add(parent);
    }
    io.writeFile(file, bytes);
  }
  // Deepest first, so each folder's own entry is synced after its contents.
  for (const d of [...dirs].sort((a, b) => b.length - a.length)) syncDir(d);
}
