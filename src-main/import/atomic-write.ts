import type ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import fsSync from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { err, ok, type Result } from '../../src-shared/result';
import { sha256Hex } from '../../src-shared/sha256';

/**
 * Writes to a temporary file beside the target, lets `verify` re-read it, then renames it into place, so
 * the target name never holds a half-written or unreadable file (a crash or a full disk leaves the old one).
 */
export async function writeWorkbookAtomically(
  wb: ExcelJS.Workbook,
  filePath: string,
  verify: (tempPath: string) => Promise<Result<void>>,
): Promise<Result<void>> {
  const temp = tempBeside(filePath);
  const file = path.basename(filePath);
  try {
    await wb.xlsx.writeFile(temp);
  } catch (e) {
    await fs.rm(temp, { force: true });
    return err('write-failed', `无法写入“${file}”：${describe(e)}`, `Cannot write "${file}": ${describe(e)}`);
  }
  const verified = await verify(temp);
  if (!verified.ok) {
    await fs.rm(temp, { force: true });
    return verified;
  }
  try {
    await fs.rename(temp, filePath);
  } catch (e) {
    await fs.rm(temp, { force: true });
    const busy = ['EBUSY', 'EPERM', 'EACCES'].includes((e as NodeJS.ErrnoException).code ?? '');
    return busy
      ? err('file-busy', `无法覆盖“${file}”：文件可能正在被 Excel 打开，请关闭后重试`, `Cannot replace "${file}": it may be open in Excel; close it and retry`)
      : err('write-failed', `无法写入“${file}”：${describe(e)}`, `Cannot write "${file}": ${describe(e)}`);
  }
  return ok();
}

/** A hidden temporary name in the target's own folder, so the final rename never crosses file systems. */
function tempBeside(filePath: string): string {
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
}

function describe(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}

/**
 * Writes text that arrives in pieces (see `canonicalJsonPieces`) to a temporary file in batches, checks that
 * the file on disk holds every byte written, and only then renames it into place.
 */
export function writePiecesAtomically(filePath: string, produce: (emit: (piece: string) => void) => void): Result<void> {
  const file = path.basename(filePath);
  const temp = tempBeside(filePath);
  let fd: number | undefined;
  try {
    fd = fsSync.openSync(temp, 'w');
    let written = 0;
    let batch: string[] = [];
    let size = 0;
    const flush = () => {
      const bytes = Buffer.from(batch.join(''), 'utf8');
      if (fsSync.writeSync(fd!, bytes) !== bytes.length) throw new Error('short write');
      written += bytes.length;
      batch = [];
      size = 0;
    };
    produce((piece) => {
      batch.push(piece);
      size += piece.length;
      if (size >= 1 << 20) flush();
    });
    flush();
    fsSync.fsyncSync(fd);
    const onDisk = fsSync.fstatSync(fd).size;
    fsSync.closeSync(fd);
    fd = undefined;
    if (onDisk !== written) throw new Error(`${onDisk} bytes on disk, ${written} written`);
    fsSync.renameSync(temp, filePath);
    return ok();
  } catch (e) {
    if (fd !== undefined) fsSync.closeSync(fd);
    fsSync.rmSync(temp, { force: true });
    return err('write-failed', `无法写入“${file}”：${describe(e)}`, `Cannot write "${file}": ${describe(e)}`);
  }
}

/**
 * Writes a file's bytes (a PDF, a workbook already checked) to a temporary name beside the target, fsyncs it, reads
 * it back to compare its SHA-256, and only then renames it into place.
 */
export function writeBytesAtomically(filePath: string, bytes: Uint8Array): Result<void> {
  const file = path.basename(filePath);
  const temp = tempBeside(filePath);
  try {
    const fd = fsSync.openSync(temp, 'w');
    try {
      let done = 0;
      while (done < bytes.length) done += fsSync.writeSync(fd, bytes, done, bytes.length - done);
      fsSync.fsyncSync(fd);
    } finally {
      fsSync.closeSync(fd);
    }
    if (sha256Hex(fsSync.readFileSync(temp)) !== sha256Hex(bytes)) throw new Error('the file on disk differs from what was written');
    fsSync.renameSync(temp, filePath);
    return ok();
  } catch (e) {
    fsSync.rmSync(temp, { force: true });
    return err('write-failed', `无法写入“${file}”：${describe(e)}`, `Cannot write "${file}": ${describe(e)}`);
  }
}
