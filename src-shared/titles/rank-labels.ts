import { TITLE_RANK_LABELS } from '../domain/vocabulary';
import type { Message } from '../result';
import type { DictionaryRank } from './title-dictionary';

/** What the dictionary sheet writes in its 级别 column (and reads back, see parseDictionaryRank). */
export const DICTIONARY_RANK_LABELS: Record<DictionaryRank, Message> = {
  'full-senior': TITLE_RANK_LABELS['full-senior'],
  'associate-senior': TITLE_RANK_LABELS['associate-senior'],
  intermediate: TITLE_RANK_LABELS.intermediate,
  junior: TITLE_RANK_LABELS.junior,
  'skill-grade': { zh: '技能等级', en: 'Skill grade' },
};
