import { z } from 'zod';
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
  /**
   * The level as stated (in brackets on the form, or set by staff). Absent: the level is read from the
   * wording and issuer at screening, with the reason shown, or goes to a reviewer.
   */
  level: z.enum(HONOUR_LEVELS).optional(),
  year: z.number().int().min(1950).max(2100),
  issuer: z.string().trim().max(100).default(''),
});
export type Honour = z.output<typeof honourSchema>;

/** A candidate studio put forward by a recommending unit (推荐对象). */
export const nominationSchema = z.object({
    id: text(40).regex(/^[A-Za-z0-9._-]+$/, 'id: letters, digits, . _ - only'),
    year: z.number().int().min(2000).max(2100),
    studioName: text(100),
    leaderName: text(40),
    leaderGender: z.enum(GENDERS),
    leaderBirthYear: z.number().int().min(1930).max(2010),
    leaderTitle: text(40),
    honours: z.array(honourSchema).default([]),
    workUnitName: text(100),
    workUnitCode: text(40),
    /** Art. 4.6; null when the form does not say (a screener looks at it). */
    workUnitCategory: z.enum(WORK_UNIT_CATEGORIES).nullable().default(null),
    sector: z.enum(SECTORS),
    recommendingUnit: text(100),
    recommendingUnitCode: text(40),
    /** As the form states it; screening goes by the office's register of recommending units. */
    recommendingUnitKind: z.enum(RECOMMENDING_UNIT_KINDS).nullable().default(null),
    foundedOn: isoDate,
    teamMembers: z.array(text(40)).default([]),
    /** Art. 5: an organisation's existing R&D institution or work team is not eligible. */
    isExistingRndOrTeam: z.boolean().default(false),
    conditionsEvidence: z.string().trim().max(4000).default(''),
    projects: z.string().trim().max(4000).default(''),
    benefits: z.string().trim().max(4000).default(''),
  });

export type NominationInput = z.input<typeof nominationSchema>;
export type Nomination = z.output<typeof nominationSchema>;
