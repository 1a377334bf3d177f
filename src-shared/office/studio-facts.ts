import { z } from 'zod';
import type { StudioFactKind } from './management-vocabulary';

const text = (max: number) => z.string().trim().min(1).max(max);
const date = z.iso.date();

/**
 * One support or service fact of a studio (Art. 13 to 16, 18), as the office enters it: appended, never edited (a
 * wrong entry is answered by a later one, and both stay in the audit log).
 */
export const studioFactSchema = z.discriminatedUnion('kind', [
  /** Registered on the Henan alliance cloud platform (联盟云平台), under an account or ID (Art. 15). */
  z.object({ kind: z.literal('platform-registration'), date, account: text(100) }).strict(),
  /** Joined an alliance, e.g. 河南省教科文卫体系统劳模工匠创新工作室联盟 (Art. 15). */
  z.object({ kind: z.literal('alliance-membership'), date, alliance: text(200) }).strict(),
  /** Support from the host unit or its union: funds, policy, guidance (Art. 13, 14). */
  z.object({ kind: z.literal('host-support'), date, text: text(2000) }).strict(),
  /** Publicity of the studio's example (Art. 18): a report with its medium, and a link or the text. */
  z
    .object({
      kind: z.literal('publicity'),
      date,
      title: text(200),
      medium: text(100),
      link: text(500).optional(),
      text: text(5000).optional(),
    })
    .strict()
    .refine((f) => f.link !== undefined || f.text !== undefined, {
      message: '宣传报道须有链接或正文 / a publicity item needs a link or its text',
      path: ['link'],
    }),
]);

export type StudioFact = z.output<typeof studioFactSchema>;
export type StudioFactInput = z.input<typeof studioFactSchema>;

/** A fact as stored: with its number and who recorded it when. */
export type StudioFactView = StudioFact & { id: number; recordedAt: string; recordedBy: string };

// The kinds of the schema are exactly the vocabulary's (the table's CHECK is made from the vocabulary).
const kindsMatch: [StudioFact['kind']] extends [StudioFactKind] ? ([StudioFactKind] extends [StudioFact['kind']] ? true : never) : never = true;
void kindsMatch;
