import { z } from 'zod';
import { titleRank } from './titles';
import { EXPERT_STATUSES, GENDERS, SECTORS, UNIT_TYPES } from './vocabulary';

const text = (max: number) => z.string().trim().min(1).max(max);

/** One member of the expert pool (专家库). Used by forms, import and the store alike. */
export const expertSchema = z
  .object({
    id: text(40).regex(/^[A-Za-z0-9._-]+$/, 'id: letters, digits, . _ - only'),
    name: text(40),
    gender: z.enum(GENDERS),
    unitName: text(100),
    unitCode: text(40),
    unitType: z.enum(UNIT_TYPES),
    title: text(30),
    sectors: z.array(z.enum(SECTORS)).min(1),
    specialty: z.string().trim().max(100).default(''),
    phone: z.string().trim().max(40).default(''),
    email: z.union([z.literal(''), z.email()]).default(''),
    status: z.enum(EXPERT_STATUSES).default('available'),
    avoidUnitCodes: z.array(text(40)).default([]),
    panelYears: z.array(z.number().int().min(2000).max(2100)).default([]),
    /** Art. 6: a non-full-senior pool member needs a recorded reason. */
    nonSeniorReason: z.string().trim().max(200).default(''),
  })
  .superRefine((e, ctx) => {
    const rank = titleRank(e.title);
    if (!rank) {
      ctx.addIssue({ code: 'custom', path: ['title'], message: `title not in the dictionary: ${e.title}` });
    } else if (rank !== 'full-senior' && e.nonSeniorReason === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['nonSeniorReason'],
        message: 'a non-full-senior expert needs a recorded reason (Art. 6)',
      });
    }
  });

export type ExpertInput = z.input<typeof expertSchema>;
export type Expert = z.output<typeof expertSchema>;
