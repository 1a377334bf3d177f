import { err, ok, type Result } from '../result';
import { YEAR_CAP } from '../scoring/year-cap';

/**
 * Art. 2 at publication: at most 30 studios a year, counted over the whole year. What counts is every studio the
 * register already holds for the year (published, or taken over from the year's list) and every studio the office
 * has decided to adopt and not yet published, whatever number of sessions proposed them.
 */
export interface PublicationCount {
  year: number;
  cap: number;
  /** Studios of the year already in the register. */
  registered: number;
  /** Adopted, not yet in the register. */
  adopted: number;
  /** What is left: `max(0, cap − registered − adopted)`. */
  remaining: number;
}

export function publicationCount(year: number, registered: number, adopted: number, cap = YEAR_CAP): PublicationCount {
  return { year, cap, registered, adopted, remaining: Math.max(0, cap - registered - adopted) };
}

/** Refuses `more` further adoptions (1 for one decision, 0 to check the year as it stands) beyond the year's cap. */
export function checkPublicationCap(count: PublicationCount, more: number): Result<void> {
  const total = count.registered + count.adopted + more;
  if (total <= count.cap) return ok();
  const { year, cap, registered, adopted } = count;
  const zhRegistered = registered ? `名录中已有本年度工作室 ${registered} 个，` : '';
  const enRegistered = registered ? `the register already holds ${registered} studio${registered === 1 ? '' : 's'} of ${year}, ` : '';
  return err(
    'publication-cap-exceeded',
    `${year} 年度${zhRegistered}已决定采纳 ${adopted} 个${more ? `，再采纳 ${more} 个` : ''}将达到 ${total} 个，超过全年上限 ${cap} 个（第二条：每年发布不超过${cap}个）。请对部分工作室作“不采纳”决定并写明理由。`,
    `In ${year}, ${enRegistered}${adopted} ${adopted === 1 ? 'is' : 'are'} adopted${more ? `, and adopting ${more} more` : ''} makes ${total}, above the year's cap of ${cap} (Art. 2: at most ${cap} a year). Decide "not adopt", with a reason, for some studios.`,
  );
}
