import { z } from 'zod';
import type { VerifiedDraw } from '../../draw/protocol';
import { CALL_OUTCOMES } from '../../draw/replacement';
import { bytes } from '../bytes';
import { REQUEST_LIMITS } from '../limits';
import { operation } from '../operation';
import { STRATUM_BY, type DrawPlan, type DrawView, type FileDownload } from '../views';

const year = z.number().int().min(2000).max(2100);
const drawId = z.string().trim().min(1).max(60).regex(/^[A-Za-z0-9._-]+$/, 'letters, digits, . _ -');
const counts = z.record(z.string().min(1).max(40), z.number().int().min(0).max(1000));
const person = z.string().trim().min(1).max(40);

/** The publicly verifiable draw of the expert panel (Art. 6, HN-DRAW-1). */
export const drawOperations = {
  'draw.plan': operation<DrawPlan>()(
    z.object({ year, stratumBy: z.enum(STRATUM_BY), excludeLastYearPanel: z.boolean().default(false) }).strict(),
  ),
  'draw.commit': operation<DrawView>()(
    z
      .object({
        year,
        drawId,
        stratumBy: z.enum(STRATUM_BY),
        excludeLastYearPanel: z.boolean().default(false),
        quotas: counts,
        alternates: counts.default({}),
        unitCap: z.number().int().min(1).max(100),
        place: z.string().trim().min(1).max(100),
        operator: person,
      })
      .strict(),
  ),
  'draw.run': operation<DrawView>()(
    z
      .object({
        drawId,
        // Digits stay strings (leading zeros count); the draw itself checks count, digits and the double entry.
        witnesses: z.array(z.object({ name: z.string().max(40), first: z.string().max(200), second: z.string().max(200) }).strict()).max(20),
      })
      .strict(),
  ),
  'draw.call': operation<DrawView>()(
    z.object({ drawId, expertId: z.string().min(1), outcome: z.enum(CALL_OUTCOMES), caller: person, note: z.string().max(500).optional() }).strict(),
  ),
  'draw.finish': operation<DrawView>()(z.object({ drawId }).strict()),
  'draw.abort': operation<DrawView>()(z.object({ drawId, reason: z.string().trim().min(1).max(1000) }).strict()),
  'draw.get': operation<DrawView>()(z.object({ drawId }).strict()),
  'draw.list': operation<DrawView[]>()(z.object({ year }).strict()),
  'draw.protocolFile': operation<FileDownload>()(z.object({ drawId }).strict()),
  'draw.commitmentPdf': operation<FileDownload>()(z.object({ drawId }).strict()),
  'draw.recordPdf': operation<FileDownload>()(z.object({ drawId }).strict()),
  'draw.verify': operation<VerifiedDraw>()(
    z.object({ content: bytes(REQUEST_LIMITS['draw.verify'], 1) }).strict(),
  ),
};
