import type { FileDownload } from '../../src-shared/api/views';
import { err, ok, type Result } from '../../src-shared/result';
import { nominationSheetHtml, qualificationSheetHtml, type QualificationPrint } from '../print/layouts/qualification-sheet';
import type { ServiceContext } from './context';
import { fileDownload, PDF } from './downloads';
import { screeningYearView } from './screening';
import { printStampOf } from './print-stamp';
import { readSettings } from './settings';
import { auditSubject } from '../../src-shared/audit/subjects';

/** Printed in the app's language, with the print time in the office's zone. */
function printOf(ctx: ServiceContext): QualificationPrint {
  return { language: readSettings(ctx).language, printed: printStampOf(ctx) };
}

export async function qualificationSheetPdf(ctx: ServiceContext, year: number): Promise<Result<FileDownload>> {
  const view = screeningYearView(ctx, year);
  if (view.rows.length === 0) {
    return err('year-empty', `${year} 年度没有推荐对象`, `There are no nominations for ${year}`);
  }
  const print = printOf(ctx);
  const pdf = await ctx.printPdf(qualificationSheetHtml(view, print), { language: print.language });
  ctx.store.transaction(() => {
    ctx.store.audit({ actor: ctx.actor, action: 'screening.sheet-printed', subject: auditSubject.year(year), details: { counts: view.counts } });
    return ok(undefined);
  });
  return ok(fileDownload(`资格审查表-${year}.pdf`, PDF, pdf));
}

/** One nomination's page of the qualification sheet, from the same layout (printing changes nothing, so no audit). */
export async function nominationSheetPdf(ctx: ServiceContext, nominationId: string): Promise<Result<FileDownload>> {
  const found = ctx.store.first(ctx.store.q.selectFrom('nominations').select('year').where('id', '=', nominationId));
  if (!found) return err('nomination-not-found', `找不到推荐对象 ${nominationId}`, `No nomination ${nominationId}`);
  const view = screeningYearView(ctx, found.year);
  const index = view.rows.findIndex((r) => r.nomination.id === nominationId);
  const print = printOf(ctx);
  const pdf = await ctx.printPdf(nominationSheetHtml(view, index, print), { language: print.language });
  return ok(fileDownload(`资格审查表-${found.year}-${nominationId}.pdf`, PDF, pdf));
}
