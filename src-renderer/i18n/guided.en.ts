import type { guidedZhCN } from './guided.zh-CN';

/** English strings of the guided forms (same keys as guided.zh-CN.ts). */
export const guidedEn: typeof guidedZhCN = {
  rubric: {
    name: 'Criterion',
    nameZh: 'Name (Chinese)',
    nameEn: 'Name (English)',
    points: 'Max',
    descriptors: 'Descriptors',
    descriptorsZh: 'Descriptors (Chinese)',
    descriptorsEn: 'Descriptors (English)',
    order: 'No.',
    moveUp: 'Move up',
    moveDown: 'Move down',
  },
  tieBreak: {
    heading: 'Tie-break order',
    hint: 'When totals are equal, these rules are applied in order until the nominations are separated. A panel vote can only come last.',
    add: 'Add rule',
    none: 'No tie-break: nominations with equal totals stay tied.',
    item: 'Tie-break {{n}}',
  },
};
