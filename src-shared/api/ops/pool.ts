import { z } from 'zod';
import { expertSchema } from '../../domain/expert';
import { nominationSchema } from '../../domain/nomination';
import { operation } from '../operation';
import type { ExpertView, NominationView } from '../views';

const mode = z.enum(['create', 'update']);
const year = z.number().int().min(2000).max(2100);

/** The expert pool and the nominations: lists and the add/edit forms (same schemas as the import). */
export const poolOperations = {
  'experts.list': operation<ExpertView[]>()(z.object({}).strict()),
  'experts.save': operation<ExpertView>()(z.object({ expert: expertSchema, mode }).strict()),
  'nominations.list': operation<NominationView[]>()(z.object({ year: year.optional() }).strict()),
  'nominations.save': operation<NominationView>()(z.object({ nomination: nominationSchema, mode }).strict()),
};
