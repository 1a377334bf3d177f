import { z } from 'zod';
import { RECOMMENDATION_REASONS } from '../../office/recommendation';
import type { RecommendationView, StudioDetail, StudioRow } from '../../office/studio';
import { STUDIO_STATUSES } from '../../office/vocabulary';
import { bytes } from '../bytes';
import { REQUEST_LIMITS } from '../limits';
import { operation } from '../operation';
import type { FileDownload, ImportPreview } from '../views';

const year = z.number().int().min(2000).max(2100);
const isoDate = z.iso.date();
const studioId = z.string().trim().min(1).max(20);
const file = (op: 'register.importPreview' | 'register.import') =>
  z.object({ fileName: z.string().trim().min(1).max(255), content: bytes(REQUEST_LIMITS[op], 1) }).strict();

export interface RegisterImported {
  inserted: number;
  /** The register numbers taken in, given ones included, in the file's order. */
  studios: string[];
  years: number[];
  sha256: string;
}

/** The studio register (every studio published or taken over from earlier lists) and priority recommendations (Art. 8). */
export const officeRegisterOperations = {
  'register.list': operation<StudioRow[]>()(
    z.object({ year: year.optional(), status: z.enum(STUDIO_STATUSES).optional(), query: z.string().max(100).optional() }).strict(),
  ),
  'register.get': operation<StudioDetail>()(z.object({ id: studioId }).strict()),
  'register.export': operation<FileDownload>()(z.object({ year: year.optional() }).strict()),
  'register.template': operation<FileDownload>()(z.object({}).strict()),
  'register.importPreview': operation<ImportPreview>()(file('register.importPreview')),
  'register.import': operation<RegisterImported>()(file('register.import')),
  'recommendation.list': operation<RecommendationView[]>()(z.object({ year: year.optional() }).strict()),
  'recommendation.add': operation<RecommendationView>()(
    z
      .object({
        studioId,
        year,
        reasons: z.array(z.enum(RECOMMENDATION_REASONS)).min(1).max(RECOMMENDATION_REASONS.length),
        reasonText: z.string().trim().min(1).max(2000),
        sentOn: isoDate,
      })
      .strict(),
  ),
  'recommendation.outcome': operation<RecommendationView>()(
    z
      .object({
        studioId,
        year,
        outcome: z.enum(['awarded', 'not-awarded']),
        outcomeOn: isoDate,
        note: z.string().trim().max(500).default(''),
      })
      .strict(),
  ),
  'recommendation.export': operation<FileDownload>()(z.object({ year: year.optional(), format: z.enum(['xlsx', 'pdf']) }).strict()),
};
