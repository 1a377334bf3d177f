import { expect, it } from 'vitest';
import { bilingualHalf } from './bilingual-half';

it.each([
  ['同一单位 / same unit', 'zh-CN', '同一单位'],
  ['同一单位 / same unit', 'en', 'same unit'],
  // As draw-setup.ts commits a declared unit: the Chinese half ends in a full-width parenthesis, with no space.
  ['申报回避单位 HN-W-1（某某学校）/ declared to avoid HN-W-1', 'zh-CN', '申报回避单位 HN-W-1（某某学校）'],
  ['申报回避单位 HN-W-1（某某学校）/ declared to avoid HN-W-1', 'en', 'declared to avoid HN-W-1'],
  ['只有中文', 'en', '只有中文'],
  ['HN-W-1/2 a/b', 'en', 'HN-W-1/2 a/b'],
] as const)('%s in %s → %s', (text, language, half) => {
  expect(bilingualHalf(text, language)).toBe(half);
});
