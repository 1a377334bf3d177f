import { TITLE_RANK_LABELS, type TitleRank } from '../../src-shared/domain/vocabulary';
import { PENDING_RANK } from '../../src-shared/pool/expert-window';
import type { Message } from '../../src-shared/result';
import { optionsOf } from '../app/labels';
import { localized } from '../i18n';

/** Tables filter on this in place of a rank a reviewer has yet to rule on. */
export { PENDING_RANK };
export const PENDING_LABEL: Message = { zh: '待认定', en: 'Awaiting ruling' };

export const RANK_FILTER_OPTIONS = [
  ...optionsOf(TITLE_RANK_LABELS),
  { value: PENDING_RANK, label: localized(PENDING_LABEL) },
];

const COLOURS: Record<TitleRank, string> = {
  'full-senior': 'blue',
  'associate-senior': 'cyan',
  intermediate: 'default',
  junior: 'default',
  none: 'default',
};

/**
 * A title's rank, or a warning tag while a reviewer has yet to rule on the title. A plain span styled as antd's
 * tag (data-table.css), not the Tag component: a fast-scrolled table draws dozens a frame, and each Tag component
 * registers its styles again.
 */
export function TitleRankTag({ rank }: { rank: TitleRank | null }) {
  if (rank === null) return <span className="data-table-tag orange">{localized(PENDING_LABEL)}</span>;
  return <span className={`data-table-tag ${COLOURS[rank]}`}>{localized(TITLE_RANK_LABELS[rank])}</span>;
}
