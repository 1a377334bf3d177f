import { z } from 'zod';
import { titleRank } from './titles';
import {
  GENDERS,
  HONOUR_KINDS,
  HONOUR_LEVELS,
  RECOMMENDING_UNIT_KINDS,
  SECTORS,
  WORK_UNIT_CATEGORIES,
} from './vocabulary';

const text = (max: number) => z.string().trim().min(1).max(max);
const isoDate = z.iso.date();

export const honourSchema = z.object({
  kind: z.enum(HONOUR_KINDS),
  /** What the certificate says, e.g. 河南省劳动模范. */
  name: text(100),
  level: z.enum(HONOUR_LEVELS),
  year: z.number().int().min(1950).max(2100),
  issuer: z.string().trim().max(100).default(''),
});
export type Honour = z.output<typeof honourSchema>;

/** A candidate studio put forward by a recommending unit (推荐对象). */
export const nominationSchema = z
  .object({
    id: text(40).regex(/^[A-Za-z0-9._-]+$/, 'id: letters, digits, . _ - only'),
    year: z.number().int().min(2000).max(2100),
    studioName: text(100),
    leaderName: text(40),
    leaderGender: z.enum(GENDERS),
    leaderBirthYear: z.number().int().min(1930).max(2010),
    leaderTitle: text(30),
    honours: z.array(honourSchema).default([]),
    workUnitName: text(100),
    workUnitCode: text(40),
    workUnitCategory: z.enum(WORK_UNIT_CATEGORIES),
    sector: z.enum(SECTORS),
    recommendingUnit: text(100),
    recommendingUnitCode: text(40),
    recommendingUnitKind: z.enum(RECOMMENDING_UNIT_KINDS),
    foundedOn: isoDate,
    teamMembers: z.array(text(40)).default([]),
    /** Art. 5: an organisation's existing R&D institution or work team is not eligible. */
    isExistingRndOrTeam: z.boolean().default(false),
    conditionsEvidence: z.string().trim().max(4000).default(''),
    projects: z.string().trim().max(4000).default(''),
    benefits: z.string().trim().max(4000).default(''),
  })
  .superRefine((n, ctx) => {
    if (!titleRank(n.leaderTitle)) {
      ctx.addIssue({
        code: 'custom',
        path: ['leaderTitle'],
        message: `title not in the dictionary: ${n.leaderTitle}`,
      });
    }
  });

export type NominationInput = z.input<typeof nominationSchema>;
export type Nomination = z.output<typeof nominationSchema>;
