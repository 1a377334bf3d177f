import { z } from 'zod';
import { EXPERT_STATUSES, GENDERS, SECTORS, UNIT_TYPES } from './vocabulary';

const text = (max: number) => z.string().trim().min(1).max(max);

/** One member of the expert pool (专家库). Used by forms, import and the store alike. */
export const expertSchema = z.object({
    id: text(40).regex(/^[A-Za-z0-9._-]+$/, '编号只能由字母、数字和 . _ - 组成 / id: letters, digits, . _ - only'),
    name: text(40),
    gender: z.enum(GENDERS),
    unitName: text(100),
    unitCode: text(40),
    unitType: z.enum(UNIT_TYPES),
    /** The type was inferred from the unit's name at import, not written by anyone. */
    unitTypeInferred: z.boolean().default(false),
    /** As written; its rank comes from the title dictionary or a reviewer's ruling, never from a short list. */
    title: text(40),
    sectors: z.array(z.enum(SECTORS)).min(1),
    specialty: z.string().trim().max(100).default(''),
    phone: z.string().trim().max(40).default(''),
    email: z.union([z.literal(''), z.email()]).default(''),
    status: z.enum(EXPERT_STATUSES).default('available'),
    avoidUnitCodes: z.array(text(40)).default([]),
    panelYears: z.array(z.number().int().min(2000).max(2100)).default([]),
    /** Optional note on why the expert is in the pool (Art. 6 asks for a main body, not a reason each). */
    nonSeniorReason: z.string().trim().max(200).default(''),
  });

export type ExpertInput = z.input<typeof expertSchema>;
export type Expert = z.output<typeof expertSchema>;
