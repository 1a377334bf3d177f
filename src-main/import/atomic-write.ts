import type ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { err, ok, type Result } from '../../src-shared/result';

/**
 * Writes to a temporary file beside the target, lets `verify` re-read it, then renames it into place, so
 * the target name never holds a half-written or unreadable file (a crash or a full disk leaves the old one).
 */
export async function writeWorkbookAtomically(
  wb: ExcelJS.Workbook,
  filePath: string,
  verify: (tempPath: string) => Promise<Result<void>>,
): Promise<Result<void>> {
  const dir = path.dirname(filePath);
  const temp = path.join(dir, `.${path.basename(filePath)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
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

function describe(e: unknown): string {
  return (e as NodeJS.ErrnoException).code ?? (e instanceof Error ? e.message : String(e));
}
