import { TITLE_RANK_LABELS, type TitleRank } from '../domain/vocabulary';
import type { Message } from '../result';
import { titleKey, type TitleDictionary } from './title-dictionary';

/** A reviewer's ruling on a title the dictionary does not settle: once per distinct title, then remembered. */
export interface TitleRuling {
  titleKey: string;
  title: string;
  rank: TitleRank;
  reason: string;
  decidedBy: string;
  decidedAt: string;
}

export type TitleFinding =
  | { rank: TitleRank; source: 'dictionary' | 'ruling'; why: Message }
  | { rank: null; source: 'skill-grade' | 'unknown'; why: Message };

const ORDER: Record<TitleRank, number> = { 'full-senior': 4, 'associate-senior': 3, intermediate: 2, junior: 1, none: 0 };

export function rankAtLeast(rank: TitleRank, floor: TitleRank): boolean {
  return ORDER[rank] >= ORDER[floor];
}

/**
 * A title as written → its rank and why. The office's dictionary answers first; what it leaves open (a skill
 * grade such as 高级技师, or a title it does not know) is answered by a reviewer's ruling, else by nobody yet:
 * rank null, and the record waits for a reviewer instead of being refused or guessed.
 */
export class TitleResolver {
  private readonly rulings: ReadonlyMap<string, TitleRuling>;

  constructor(
    readonly dictionary: TitleDictionary,
    rulings: readonly TitleRuling[],
  ) {
    this.rulings = new Map(rulings.map((r) => [r.titleKey, r]));
  }

  resolve(title: string): TitleFinding {
    const found = this.dictionary.lookup(title);
    if (found.kind === 'ranked') {
      const label = TITLE_RANK_LABELS[found.rank];
      const via =
        found.matched === 'alias'
          ? { zh: `（即“${found.entry.title}”）`, en: ` (i.e. "${found.entry.title}")` }
          : { zh: '', en: '' };
      return {
        rank: found.rank,
        source: 'dictionary',
        why: {
          zh: `职称字典：“${title}”${via.zh}属${label.zh}`,
          en: `title dictionary: "${title}"${via.en} is ${label.en.toLowerCase()}`,
        },
      };
    }
    const ruling = this.rulings.get(titleKey(title));
    if (ruling) {
      const label = TITLE_RANK_LABELS[ruling.rank];
      return {
        rank: ruling.rank,
        source: 'ruling',
        why: {
          zh: `“${title}”经${ruling.decidedBy}认定为${label.zh}（${ruling.reason}）`,
          en: `"${title}" ruled ${label.en.toLowerCase()} by ${ruling.decidedBy} (${ruling.reason})`,
        },
      };
    }
    if (found.kind === 'skill-grade') {
      return {
        rank: null,
        source: 'skill-grade',
        why: {
          zh: `“${title}”是职业技能等级，不是职称；是否相当于某一级职称由审查人员认定`,
          en: `"${title}" is a vocational skill grade, not a professional title; a reviewer rules on its rank`,
        },
      };
    }
    return {
      rank: null,
      source: 'unknown',
      why: {
        zh: `“${title}”不在职称字典中，其级别由审查人员认定`,
        en: `"${title}" is not in the title dictionary; a reviewer rules on its rank`,
      },
    };
  }
}
