import { z } from 'zod';
import { expertSchema } from '../../domain/expert';
import { nominationSchema } from '../../domain/nomination';
import { bytes } from '../bytes';
import { REQUEST_LIMITS } from '../limits';
import { operation } from '../operation';
import type { AttachmentView, ExpertRow, ExpertView, FileDownload, NominationRow, NominationView } from '../views';

const mode = z.enum(['create', 'update']);
const year = z.number().int().min(2000).max(2100);

/** The expert pool and the nominations: lists and the add/edit forms (same schemas as the import). */
export const poolOperations = {
  'experts.list': operation<ExpertView[]>()(z.object({}).strict()),
  'experts.save': operation<ExpertView>()(z.object({ expert: expertSchema, mode }).strict()),
  'nominations.list': operation<NominationView[]>()(z.object({ year: year.optional() }).strict()),
  'nominations.save': operation<NominationView>()(z.object({ nomination: nominationSchema, mode }).strict()),
  // The tables' lines (only the shown columns) and one whole record when a line is opened.
  'experts.rows': operation<ExpertRow[]>()(z.object({}).strict()),
  'experts.get': operation<ExpertView>()(z.object({ id: z.string().min(1) }).strict()),
  'nominations.rows': operation<NominationRow[]>()(z.object({ year: year.optional() }).strict()),
  'nominations.get': operation<NominationView>()(z.object({ id: z.string().min(1) }).strict()),
};

/** Attachments (PDF, images) of a nomination, copied into the data folder and viewable offline. */
export const attachmentOperations = {
  'attachments.list': operation<AttachmentView[]>()(z.object({ nominationId: z.string().min(1) }).strict()),
  'attachments.add': operation<AttachmentView>()(
    z.object({ nominationId: z.string().min(1), fileName: z.string().trim().min(1).max(200), content: bytes(REQUEST_LIMITS['attachments.add']) }).strict(),
  ),
  'attachments.get': operation<FileDownload>()(z.object({ id: z.number().int().positive() }).strict()),
};
