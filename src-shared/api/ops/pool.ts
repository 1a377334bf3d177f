import { z } from 'zod';
import { expertSchema } from '../../domain/expert';
import { nominationSchema } from '../../domain/nomination';
import { EXPERT_STATUSES, SECTORS, TITLE_RANKS, UNIT_TYPES } from '../../domain/vocabulary';
import { EXPERT_WINDOW_COLUMNS, PENDING_RANK, type ExpertWindow } from '../../pool/expert-window';
import { bytes } from '../bytes';
import { REQUEST_LIMITS } from '../limits';
import { operation } from '../operation';
import type { AttachmentView, ExpertRow, ExpertView, FileDownload, NominationRow, NominationView } from '../views';

const mode = z.enum(['create', 'update']);

/** The most lines one window may ask for (a screen holds about 15). */
export const EXPERT_WINDOW_MAX_LIMIT = 500;
const ranks = z.enum([...TITLE_RANKS, PENDING_RANK]);
const label = z.string().max(100);
/** A code → shown word table of one coded column, in the page's language. */
const labelsOf = <T extends readonly [string, ...string[]]>(codes: T) => z.partialRecord(z.enum(codes), label);
const expertWindowInput = z
  .object({
    offset: z.number().int().min(0).max(1_000_000),
    limit: z.number().int().min(1).max(EXPERT_WINDOW_MAX_LIMIT),
    search: z.string().max(200).default(''),
    filters: z
      .object({ unitType: z.enum(UNIT_TYPES), titleRank: ranks, sectors: z.enum(SECTORS), status: z.enum(EXPERT_STATUSES) })
      .partial()
      .strict()
      .default({}),
    sort: z
      .array(z.object({ id: z.enum(EXPERT_WINDOW_COLUMNS), desc: z.boolean() }).strict())
      .max(EXPERT_WINDOW_COLUMNS.length)
      .refine((s) => new Set(s.map((k) => k.id)).size === s.length, '每列只能排序一次 / a column sorts once')
      .default([]),
    labels: z
      .object({
        unitType: labelsOf(UNIT_TYPES),
        titleRank: labelsOf([...TITLE_RANKS, PENDING_RANK] as const),
        sectors: labelsOf(SECTORS),
        status: labelsOf(EXPERT_STATUSES),
      })
      .partial()
      .strict()
      .default({}),
  })
  .strict();
const year = z.number().int().min(2000).max(2100);

/** The expert pool and the nominations: lists and the add/edit forms (same schemas as the import). */
export const poolOperations = {
  'experts.list': operation<ExpertView[]>()(z.object({}).strict()),
  'experts.save': operation<ExpertView>()(z.object({ expert: expertSchema, mode }).strict()),
  'nominations.list': operation<NominationView[]>()(z.object({ year: year.optional() }).strict()),
  'nominations.save': operation<NominationView>()(z.object({ nomination: nominationSchema, mode }).strict()),
  // The tables' lines (only the shown columns) and one whole record when a line is opened.
  'experts.rows': operation<ExpertRow[]>()(z.object({}).strict()),
  // One window of the pool's table, searched, filtered and sorted in the back end, with the pool's figures.
  'experts.window': operation<ExpertWindow>()(expertWindowInput),
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
