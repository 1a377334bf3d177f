import { z } from 'zod';
import { bytes } from '../bytes';
import { REQUEST_LIMITS } from '../limits';
import { operation } from '../operation';
import { UNIT_TYPES } from '../../domain/vocabulary';
import type { FileDownload, ImportCommitted, ImportPreview } from '../views';

const kind = z.enum(['experts', 'nominations']);
const file = {
  kind,
  fileName: z.string().trim().min(1).max(255),
  // The file's bytes travel through every door (a browser page cannot hand over a path).
  content: bytes(REQUEST_LIMITS['import.commit'], 1),
  year: z.number().int().min(2000).max(2100).optional(),
  /** Unit types chosen in the preview over the inferred ones, by unit name as written. */
  unitTypes: z.record(z.string().max(100), z.enum(UNIT_TYPES)).optional(),
};

/** Spreadsheet import (preview, then all-or-nothing commit), templates and export. */
export const importOperations = {
  'import.preview': operation<ImportPreview>()(z.object(file).strict()),
  'import.commit': operation<ImportCommitted>()(
    z.object({ ...file, decisions: z.record(z.string(), z.string()).default({}) }).strict(),
  ),
  'import.template': operation<FileDownload>()(z.object({ kind }).strict()),
  'export.xlsx': operation<FileDownload>()(z.object({ kind, year: z.number().int().min(2000).max(2100).optional() }).strict()),
};
