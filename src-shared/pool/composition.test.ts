import { describe, expect, it } from 'vitest';
import { poolComposition } from './composition';

const e = (unitType: 'university' | 'hospital' | 'research-institute' | 'other', titleRank: 'full-senior' | 'associate-senior' | null, status: 'available' | 'retired' = 'available') => ({ unitType, titleRank, status });

describe('pool composition (Art. 6: full-senior experts of universities and hospitals as the main body)', () => {
  it.each([
    ['all full-senior of universities and hospitals', [e('university', 'full-senior'), e('hospital', 'full-senior')], 2, false],
    // A full-senior expert of a research institute does not count: both halves of the rule matter.
    ['half from a research institute', [e('university', 'full-senior'), e('research-institute', 'full-senior')], 1, true],
    ['associate-senior experts do not count', [e('hospital', 'full-senior'), e('hospital', 'associate-senior'), e('hospital', 'associate-senior')], 1, true],
    ['a bare majority is enough', [e('hospital', 'full-senior'), e('university', 'full-senior'), e('other', 'associate-senior')], 2, false],
    ['retired experts are not in a draw', [e('hospital', 'full-senior'), e('other', 'associate-senior', 'retired')], 1, false],
    ['titles awaiting a ruling are not counted as full-senior', [e('hospital', 'full-senior'), e('hospital', null)], 1, true],
  ] as const)('%s', (_label, experts, mainBody, warns) => {
    const c = poolComposition(experts);
    expect(c.mainBody).toBe(mainBody);
    expect(!!c.warning).toBe(warns);
  });

  it('says the share and names the article', () => {
    const c = poolComposition([e('university', 'full-senior'), e('other', 'full-senior'), e('hospital', null)]);
    expect(c.share).toBeCloseTo(1 / 3);
    expect(c.pendingTitles).toBe(1);
    expect(c.warning?.zh).toContain('33.3%');
    expect(c.warning?.zh).toContain('第六条');
    expect(c.warning?.zh).toContain('1 人的职称待认定');
  });

  it('an empty pool has no share and no warning', () => {
    expect(poolComposition([])).toEqual({ available: 0, mainBody: 0, share: 0, pendingTitles: 0 });
  });
});
