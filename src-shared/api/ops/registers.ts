import { z } from 'zod';
import { REGISTERED_RECOMMENDING_UNIT_KINDS, TITLE_RANKS, UNIT_TYPES } from '../../domain/vocabulary';
import type { RecommendingUnitEntry } from '../../registers/default-recommending-units';
import type { UnitEntry } from '../../registers/unit-entry';
import { bytes } from '../bytes';
import { REQUEST_LIMITS } from '../limits';
import { operation } from '../operation';
import type { FileDownload, TitleDictionaryView } from '../views';

const text = (max: number) => z.string().trim().min(1).max(max);
const aliases = z.array(z.string().trim().min(1).max(100)).max(50).default([]);
const code = text(40).regex(/^[A-Za-z0-9._-]+$/, 'code: letters, digits, . _ - only');
const mode = z.enum(['create', 'update']);

/** The office's registers: the title dictionary with reviewers' rulings, units, and recommending units. */
export const registerOperations = {
  'titles.view': operation<TitleDictionaryView>()(z.object({}).strict()),
  'titles.rule': operation<TitleDictionaryView>()(
    z.object({ title: text(40), rank: z.enum(TITLE_RANKS), reason: text(500), reviewer: text(40) }).strict(),
  ),
  'titles.exportXlsx': operation<FileDownload>()(z.object({}).strict()),
  'titles.importXlsx': operation<TitleDictionaryView>()(z.object({ fileName: text(255), content: bytes(REQUEST_LIMITS['titles.importXlsx'], 1) }).strict()),
  'units.list': operation<UnitEntry[]>()(z.object({}).strict()),
  'units.save': operation<UnitEntry>()(
    z.object({ unit: z.object({ code, name: text(100), type: z.enum(UNIT_TYPES), aliases }).strict(), mode }).strict(),
  ),
  'recommenders.list': operation<RecommendingUnitEntry[]>()(z.object({}).strict()),
  'recommenders.save': operation<RecommendingUnitEntry>()(
    z
      .object({
        unit: z
          .object({ code, name: text(100), kind: z.enum(REGISTERED_RECOMMENDING_UNIT_KINDS), aliases })
          .strict(),
        mode,
      })
      .strict(),
  ),
};
