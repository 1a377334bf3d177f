import { describe, expect, it } from 'vitest';
import { asideIn, labelledIn, partsIn } from '../text/locale-punctuation';
import { stratumLabel } from './stratum-label';

describe('a stratum shown in the language in use', () => {
  it('maps the stored Chinese sector and unit-type names to their labels, and keeps what it does not know', () => {
    expect(stratumLabel('教育')).toEqual({ zh: '教育', en: 'Education' });
    expect(stratumLabel('高校')).toEqual({ zh: '高校', en: 'University' });
    expect(stratumLabel('卫生·医院')).toEqual({ zh: '卫生·医院', en: 'Health · Hospital' });
    expect(stratumLabel('A组')).toEqual({ zh: 'A组', en: 'A组' });
    expect(stratumLabel('教育·A组')).toEqual({ zh: '教育·A组', en: '教育·A组' });
  });
});

describe('punctuation around data', () => {
  it('is full-width in Chinese and half-width with spaces in English', () => {
    expect(asideIn('zh-CN', '袁卫东', partsIn('zh-CN', ['E0085', '谢绝']))).toBe('袁卫东（E0085，谢绝）');
    expect(asideIn('en', 'Yuan', partsIn('en', ['E0085', 'declined']))).toBe('Yuan (E0085, declined)');
    expect(labelledIn('zh-CN', '记录', '举手表决')).toBe('记录：举手表决');
    expect(labelledIn('en', 'Record', 'show of hands')).toBe('Record: show of hands');
  });
});
