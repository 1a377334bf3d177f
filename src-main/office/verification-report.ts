import type { FileDownload } from '../../src-shared/api/views';
import { isErr, ok, type Result } from '../../src-shared/result';
import { verificationReportHtml } from '../bundle/report-pdf';
import type { ServiceContext } from '../services/context';
import { fileDownload, PDF } from '../services/downloads';
import { printStampOf } from '../services/print-stamp';
import { readSettings } from '../services/settings';
import { importedBundle } from './bundle-import';

/** 结果包核验报告 of a bundle the office took in, as a PDF in the office's language and time zone. */
export async function verificationReportPdf(ctx: ServiceContext, sessionId: string, year: number): Promise<Result<FileDownload>> {
  const b = importedBundle(ctx, sessionId, year);
  if (isErr(b)) return b;
  const { language, timeZone } = readSettings(ctx);
  const pdf = await ctx.printPdf(verificationReportHtml(b.value.report, b.value.proposedList, timeZone, language, printStampOf(ctx)), { language });
  return ok(fileDownload(`结果包核验报告-${sessionId}-${year}.pdf`, PDF, pdf));
}
