import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FileDownload, ImportKind } from '../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import { exportExperts, exportNominations } from '../import/export-xlsx';
import { writeTemplate } from '../import/templates';
import type { ServiceContext } from './context';
import { fileDownload, XLSX } from './downloads';
import { listNominations } from './nominations';
import { listExperts } from './pool';

/** Builds a workbook in a private temporary folder (written and verified there), then hands its bytes on. */
export async function viaTempFile(fileName: string, build: (file: string) => Promise<Result<unknown>>): Promise<Result<FileDownload>> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-review-xlsx-'));
  try {
    const file = path.join(dir, fileName);
    const built = await build(file);
    if (isErr(built)) return built;
    return ok(fileDownload(fileName, XLSX, fs.readFileSync(file)));
  } catch (e) {
    return err('xlsx-write-failed', `无法生成表格：${(e as Error).message}`, `Cannot write the workbook: ${(e as Error).message}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export function exportWorkbook(ctx: ServiceContext, kind: ImportKind, year?: number): Promise<Result<FileDownload>> {
  if (kind === 'experts') {
    return viaTempFile('专家库.xlsx', (file) => exportExperts(listExperts(ctx), file));
  }
  return viaTempFile(`推荐对象${year ? `-${year}` : ''}.xlsx`, (file) => exportNominations(listNominations(ctx, year), file));
}

export function templateWorkbook(kind: ImportKind): Promise<Result<FileDownload>> {
  const name = kind === 'experts' ? '专家库导入模板.xlsx' : '推荐对象导入模板.xlsx';
  return viaTempFile(name, async (file) => {
    await writeTemplate(kind, file);
    return ok(undefined);
  });
}
