import type { FileDownload } from '../../src-shared/api/views';
import { err, ok, type Result } from '../../src-shared/result';
import { qualificationSheetHtml } from '../print/layouts/qualification-sheet';
import type { ServiceContext } from './context';
import { fileDownload, PDF } from './downloads';
import { screeningYearView } from './screening';
import { readSettings } from './settings';
import { auditSubject } from '../../src-shared/audit/subjects';

export async function qualificationSheetPdf(ctx: ServiceContext, year: number): Promise<Result<FileDownload>> {
  const view = screeningYearView(ctx, year);
  if (view.rows.length === 0) {
    return err('year-empty', `${year} 年度没有推荐对象`, `There are no nominations for ${year}`);
  }
  const pdf = await ctx.printPdf(qualificationSheetHtml(view, ctx.now().toISOString(), readSettings(ctx).timeZone));
  ctx.store.transaction(() => {
    ctx.store.audit({ actor: ctx.actor, action: 'screening.sheet-printed', subject: auditSubject.year(year), details: { counts: view.counts } });
    return ok(undefined);
  });
  return ok(fileDownload(`资格审查表-${year}.pdf`, PDF, pdf));
}
