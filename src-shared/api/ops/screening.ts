import { z } from 'zod';
import { manualAnswerSchema } from '../../screening/manual-checklist';
import { screenerDecisionSchema } from '../../screening/outcome';
import { operation } from '../operation';
import type { FileDownload, ScreeningRecord, ScreeningYearView, SelectionYear } from '../views';

const year = z.number().int().min(2000).max(2100);
const person = z.string().trim().min(1).max(40);

/** Screening (资格审查) of a selection year, and its printed sheet. */
export const screeningOperations = {
  'screening.year': operation<ScreeningYearView>()(z.object({ year }).strict()),
  'screening.setReferenceDate': operation<SelectionYear>()(z.object({ year, referenceDate: z.iso.date() }).strict()),
  'screening.screenYear': operation<ScreeningYearView>()(z.object({ year, screener: person }).strict()),
  'screening.record': operation<ScreeningRecord>()(
    z
      .object({
        nominationId: z.string().min(1),
        manual: z.array(manualAnswerSchema),
        decision: screenerDecisionSchema.nullable().default(null),
        screener: person,
      })
      .strict(),
  ),
  'screening.confirm': operation<ScreeningRecord>()(z.object({ nominationId: z.string().min(1), confirmer: person }).strict()),
  /** The second reviewer's batch: confirms the chosen decisions of the year in one transaction, all or none. */
  'screening.confirmMany': operation<ScreeningYearView>()(
    z.object({ year, nominationIds: z.array(z.string().min(1)).min(1).max(5000), confirmer: person }).strict(),
  ),
  'screening.sheetPdf': operation<FileDownload>()(z.object({ year }).strict()),
  'screening.nominationSheetPdf': operation<FileDownload>()(z.object({ nominationId: z.string().min(1) }).strict()),
};
