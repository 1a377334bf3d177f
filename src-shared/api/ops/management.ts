import { z } from 'zod';
import { CHECK_FINDINGS, RECHECK_OUTCOMES } from '../../office/management-vocabulary';
import type { ManagedStudioRow, ManagementDueView, StudioManagementView } from '../../office/management-views';
import { studioFactSchema } from '../../office/studio-facts';
import { operation } from '../operation';

const text = (max: number) => z.string().trim().min(1).max(max);
const year = z.number().int().min(2000).max(2100);
const date = z.iso.date();
const studioId = text(40);
/** The people who did the check or the re-check, by name. */
const checkers = z.array(text(40)).min(1).max(20);

/** Dynamic management (Art. 17) and the support and service facts (Art. 13 to 16, 18) of the register's studios. */
export const managementOperations = {
  'management.studios': operation<ManagedStudioRow[]>()(z.object({}).strict()),
  'management.get': operation<StudioManagementView>()(z.object({ studioId }).strict()),
  'management.due': operation<ManagementDueView>()(z.object({ year }).strict()),
  'management.check': operation<StudioManagementView>()(
    z
      .object({
        studioId,
        year,
        checkedOn: date,
        activities: text(5000),
        results: text(5000),
        useOfFunds: text(5000),
        finding: z.enum(CHECK_FINDINGS),
        checkers,
        /** Only with the finding `not-evident`. */
        rectification: z.object({ deadline: date, requirements: text(5000) }).strict().nullable().default(null),
      })
      .strict(),
  ),
  'management.recheck': operation<StudioManagementView>()(
    z.object({ studioId, recheckedOn: date, outcome: z.enum(RECHECK_OUTCOMES), notes: text(5000), checkers }).strict(),
  ),
  'management.revoke': operation<StudioManagementView>()(
    z.object({ studioId, revokedOn: date, docNo: text(100), reason: text(2000) }).strict(),
  ),
  'studio.addFact': operation<StudioManagementView>()(z.object({ studioId, fact: studioFactSchema }).strict()),
};
