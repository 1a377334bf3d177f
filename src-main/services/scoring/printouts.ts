import ExcelJS from 'exceljs';
import type { FileDownload } from '../../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { expertSheetHtml, proposedListHtml, summaryHtml } from '../../print/layouts/scoring-sheets';
import { verifyAuditChain } from '../../store/audit-log';
import type { ServiceContext } from '../context';
import { fileDownload, PDF, XLSX } from '../downloads';
import { getResults } from './results';
import { getSession } from './sessions';
import { printStampOf } from '../print-stamp';
import { readSettings } from '../settings';
import { readVerifyPage } from '../../bundle/verify-page';
import { sha256Hex } from '../../../src-shared/sha256';

export async function sessionPrintout(ctx: ServiceContext, sessionId: string, kind: 'expert-sheet' | 'summary' | 'proposed-list', expertId?: string): Promise<Result<FileDownload>> {
  const session = getSession(ctx, sessionId);
  if (isErr(session)) return session;
  // Printed in the app's language only, as the draw's sheets are.
  const { language } = readSettings(ctx);
  if (kind === 'expert-sheet') {
    if (!expertId || !session.value.panel.some((p) => p.expertId === expertId)) return err('not-on-panel', '请选择专家组中的一位专家', 'Pick an expert of the panel');
    return ok(fileDownload(`评分表-${sessionId}-${expertId}.pdf`, PDF, await ctx.printPdf(expertSheetHtml(session.value, expertId, language, printStampOf(ctx)), { language })));
  }
  const results = getResults(ctx, sessionId);
  if (isErr(results)) return results;
  // The summary names the verify page of this version (issue 15), so whoever checks a bundle with the copy it carries
  // can compare that copy's hash with the signed paper.
  const page = readVerifyPage();
  const html =
    kind === 'summary'
      ? summaryHtml(session.value, results.value, verifyAuditChain(ctx.store.db).headHash, language, page.ok ? sha256Hex(page.value) : undefined, printStampOf(ctx))
      : proposedListHtml(session.value, results.value, language, printStampOf(ctx));
  return ok(fileDownload(`${kind === 'summary' ? '汇总表' : '建议名单'}-${sessionId}.pdf`, PDF, await ctx.printPdf(html, { language })));
}

/** The raw score matrix for Excel users: one row per expert and nomination; every total is a formula. */
export async function scoreMatrixXlsx(ctx: ServiceContext, sessionId: string): Promise<Result<FileDownload>> {
  const session = getSession(ctx, sessionId);
  if (isErr(session)) return session;
  const s = session.value;
  const criteria = s.rules.rubric.criteria;
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('评分矩阵');
  ws.addRow(['推荐对象编号', '工作室', '专家编号', '专家', '状态', ...criteria.map((c) => `${c.zh}（权重${c.weight}）`), '总分']);
  ws.getRow(1).font = { bold: true };
  const first = 6; // column F holds the first criterion
  for (const c of s.cells) {
    const row = ws.addRow([
      c.nominationId,
      s.nominations.find((n) => n.id === c.nominationId)?.studioName ?? '',
      c.expertId,
      s.panel.find((p) => p.expertId === c.expertId)?.name ?? '',
      c.state === 'recused' ? 'R 回避' : c.state === 'scored' ? '已评' : '未完成',
      ...criteria.map((k) => (c.state === 'recused' ? null : (c.criteria[k.id] ?? null))),
    ]);
    const refs = criteria.map((k, i) => `${ws.getColumn(first + i).letter}${row.number}*${k.weight}`);
    row.getCell(first + criteria.length).value = c.state === 'scored' ? { formula: refs.join('+') } : null;
  }
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const bytes = Buffer.from(await wb.xlsx.writeBuffer());
  return ok(fileDownload(`评分矩阵-${sessionId}.xlsx`, XLSX, bytes));
}
