import ExcelJS from 'exceljs';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { PublicationFilesView, PublicationOutput, PublicationView, StudioView } from '../../src-shared/api/ops/publication';
import type { FileDownload } from '../../src-shared/api/views';
import { auditSubject } from '../../src-shared/audit/subjects';
import { SECTOR_LABELS } from '../../src-shared/domain/vocabulary';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import { sha256Hex } from '../../src-shared/sha256';
import { syncDir } from '../bundle/write-folder';
import { writeWorkbookAtomically } from '../import/atomic-write';
import { printStampOf } from '../services/print-stamp';
import { readSettings } from '../services/settings';
import { listTitle, publicationListHtml, zhDate } from '../print/layouts/publication-list';
import type { ServiceContext } from '../services/context';
import { fileDownload, PDF } from '../services/downloads';
import { viaTempFile } from '../services/spreadsheets';
import { publishedYear } from './publication-store';

const HEADER = ['序号', '登记编号', '行业', '工作室名称', '领衔人', '工作单位', '推荐单位'] as const;

/** The list's rows, in register-number order, as the workbook holds them. */
const rowsOf = (studios: readonly StudioView[]) =>
  studios.map((s, i) => [i + 1, s.id, SECTOR_LABELS[s.sector].zh, s.studioName, s.leaderName, s.workUnitName, s.recommendingUnit]);

function listWorkbook(publication: PublicationView, studios: readonly StudioView[]): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '劳模工匠创新工作室评审';
  const ws = wb.addWorksheet('名单', { views: [{ state: 'frozen', ySplit: 3 }] });
  ws.columns = [{ width: 6 }, { width: 16 }, { width: 8 }, { width: 34 }, { width: 10 }, { width: 32 }, { width: 32 }];
  ws.addRow([listTitle(publication.year)]);
  ws.mergeCells(1, 1, 1, HEADER.length);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.addRow([`文号：${publication.docNo}　发布日期：${zhDate(publication.publishedOn)}`]);
  ws.mergeCells(2, 1, 2, HEADER.length);
  ws.addRow([...HEADER]).font = { bold: true };
  for (const r of rowsOf(studios)) ws.addRow(r);
  return wb;
}

const cellText = (v: ExcelJS.CellValue) => (v === null || v === undefined ? '' : String(v));

/** The written workbook must read back to the same rows, cell for cell; otherwise it is not put in place. */
async function sameRows(file: string, studios: readonly StudioView[]): Promise<Result<void>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const ws = wb.getWorksheet('名单');
  const expected = rowsOf(studios);
  const read = ws ? expected.map((_, i) => (ws.getRow(i + 4).values as ExcelJS.CellValue[]).slice(1, HEADER.length + 1).map(cellText)) : [];
  const bad = expected.findIndex((row, i) => row.map(String).join('\t') !== (read[i] ?? []).join('\t'));
  if (!ws || bad >= 0) return err('export-verify-failed', `导出文件复核失败：第 ${bad + 4} 行与名单不一致`, `The written file failed its check: row ${bad + 4} differs from the list`);
  return ok();
}

export const outputName = (year: number, output: PublicationOutput) =>
  output === 'xlsx' ? `${listTitle(year)}.xlsx` : output === 'pdf' ? `${listTitle(year)}.pdf` : `${year}年度劳模工匠创新工作室名单公示.txt`;

/** The 公示 text, for the notice board or the website: the period, the studios, whom to write to. */
export function noticeText(publication: PublicationView, studios: readonly StudioView[]): string {
  const lines = [
    `关于${listTitle(publication.year)}的公示`,
    '',
    `根据《河南省教科文卫体系统劳模工匠创新工作室建设管理办法》（豫教科文卫体工〔2024〕44号），经推荐单位推荐、资格审查和专家组审核，拟将以下 ${studios.length} 个工作室确定为${publication.year}年度河南省教科文卫体系统劳模工匠创新工作室，现予以公示。`,
    '',
    `公示期：${zhDate(publication.noticeStart!)}至${zhDate(publication.noticeEnd!)}。公示期间，如有异议，请以书面形式向河南省教科文卫体工会反映，并写明真实姓名和联系方式。`,
    '',
    ...studios.map((s, i) => `${i + 1}. ${s.id}　${s.studioName}（领衔人：${s.leaderName}；工作单位：${s.workUnitName}；行业：${SECTOR_LABELS[s.sector].zh}；推荐单位：${s.recommendingUnit}）`),
    '',
    `文号：${publication.docNo}`,
    '河南省教科文卫体工会',
    zhDate(publication.publishedOn),
  ];
  // Notepad on older Windows needs the BOM to read UTF-8, and line breaks as CRLF.
  return `\ufeff${lines.join('\r\n')}\r\n`;
}

/** One output of the published year, built in memory (the workbook written and verified in a private folder first). */
async function buildOutput(ctx: ServiceContext, output: PublicationOutput, publication: PublicationView, studios: StudioView[]): Promise<Result<FileDownload>> {
  const name = outputName(publication.year, output);
  if (output === 'xlsx') return viaTempFile(name, (file) => writeWorkbookAtomically(listWorkbook(publication, studios), file, (temp) => sameRows(temp, studios)));
  if (output === 'pdf') {
    const { language } = readSettings(ctx);
    return ok(fileDownload(name, PDF, await ctx.printPdf(publicationListHtml(publication, studios, language, printStampOf(ctx)), { language })));
  }
  if (!publication.noticeStart || !publication.noticeEnd) {
    return err('no-notice-period', `${publication.year} 年度发布时未给出公示期，没有公示文本`, `No notice period was given when ${publication.year} was published, so there is no 公示 text`);
  }
  return ok(fileDownload(name, 'text/plain; charset=utf-8', Buffer.from(noticeText(publication, studios), 'utf8')));
}

/** Which outputs the year has: the 公示 text only when a notice period was given. */
const outputsOf = (publication: PublicationView): PublicationOutput[] => (publication.noticeStart ? ['xlsx', 'pdf', 'notice'] : ['xlsx', 'pdf']);

function recordOutputs(ctx: ServiceContext, year: number, folder: string | null, files: FileDownload[]): void {
  ctx.store.transaction(() => {
    ctx.store.audit({ actor: ctx.actor, action: 'publication.outputs', subject: auditSubject.year(year), details: { folder, files: files.map((f) => ({ name: f.fileName, sha256: f.sha256 })) } });
    return ok(undefined);
  });
}

/** One output for the page to save; recorded like the files written to a folder. */
export async function publicationDownload(ctx: ServiceContext, year: number, output: PublicationOutput): Promise<Result<FileDownload>> {
  const y = publishedYear(ctx, year);
  if (isErr(y)) return y;
  const file = await buildOutput(ctx, output, y.value.publication, y.value.studios);
  if (file.ok) recordOutputs(ctx, year, null, [file.value]);
  return file;
}

/**
 * Copies a file into `folder` under a temporary name, fsynced, reads it back and compares its SHA-256, then renames
 * it over the final name: the folder never holds half a file under the final name.
 */
function placeFile(folder: string, file: FileDownload): Result<void> {
  const final = path.join(folder, file.fileName);
  const temp = path.join(folder, `.${file.fileName}.${randomBytes(4).toString('hex')}.partial`);
  try {
    const fd = fs.openSync(temp, 'wx');
    try {
      fs.writeFileSync(fd, file.content);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    if (sha256Hex(fs.readFileSync(temp)) !== file.sha256) throw Object.assign(new Error('read-back differs'), { code: 'EIO' });
    fs.renameSync(temp, final);
    return ok();
  } catch (e) {
    fs.rmSync(temp, { force: true });
    const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
    const busy = ['EBUSY', 'EPERM', 'EACCES'].includes(why);
    return busy
      ? err('file-busy', `无法写入“${file.fileName}”：文件可能正在被打开，请关闭后重试`, `Cannot write "${file.fileName}": it may be open in another program; close it and retry`)
      : err('write-failed', `无法写入“${file.fileName}”：${why}`, `Cannot write "${file.fileName}": ${why}`);
  }
}

/** Every output of the published year into `destination`: built and verified locally, then copied and read back. */
export async function writePublicationFiles(ctx: ServiceContext, year: number, destination: string): Promise<Result<PublicationFilesView>> {
  const folder = path.resolve(destination);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory()) {
    return err('destination-not-folder', `目标位置 ${folder} 不是一个文件夹`, `The destination ${folder} is not a folder`);
  }
  const y = publishedYear(ctx, year);
  if (isErr(y)) return y;
  const files: FileDownload[] = [];
  for (const output of outputsOf(y.value.publication)) {
    const file = await buildOutput(ctx, output, y.value.publication, y.value.studios);
    if (isErr(file)) return file;
    files.push(file.value);
  }
  for (const file of files) {
    const placed = placeFile(folder, file);
    if (isErr(placed)) return placed;
  }
  syncDir(folder);
  recordOutputs(ctx, year, folder, files);
  return ok({ folder, files: files.map((f) => ({ name: f.fileName, sha256: f.sha256, bytes: f.content.byteLength })) });
}
