import { describe, expect, it } from 'vitest';
import { yearLifecycle, type YearFacts } from './lifecycle';

const EMPTY: YearFacts = { nominations: 0, screened: 0, sessions: 0, proposals: 0, proposedStudios: 0, registered: 0, published: false, closed: false };
const at = (facts: Partial<YearFacts>) => {
  const l = yearLifecycle(2026, { ...EMPTY, ...facts });
  return [l.current, l.next, l.steps.filter((s) => s.done).map((s) => s.step).join(' ')];
};

describe("a selection year's lifecycle, from its data", () => {
  it('goes open → nominations → screening → review → proposed → published → closed', () => {
    expect(at({})).toEqual(['open', 'nominations', 'open']);
    expect(at({ nominations: 40 })).toEqual(['nominations', 'screening', 'open nominations']);
    expect(at({ nominations: 40, screened: 12 })).toEqual(['screening', 'review', 'open nominations screening']);
    expect(at({ nominations: 40, screened: 40, sessions: 1 })).toEqual(['review', 'proposed', 'open nominations screening review']);
    expect(at({ nominations: 40, screened: 40, sessions: 1, proposals: 1, proposedStudios: 12 })).toEqual(['proposed', 'published', 'open nominations screening review proposed']);
    expect(at({ nominations: 40, screened: 40, sessions: 1, proposals: 1, proposedStudios: 12, published: true, registered: 10 })[0]).toBe('published');
    expect(at({ nominations: 40, screened: 40, sessions: 1, proposals: 1, published: true, closed: true })).toEqual(['closed', null, 'open nominations screening review proposed published closed']);
  });

  it('is at the furthest step reached: an office that only took in a bundle is at "proposed", with what it lacks counted as 0', () => {
    const l = yearLifecycle(2026, { ...EMPTY, proposals: 1, proposedStudios: 24 });
    expect(l.current).toBe('proposed');
    expect(l.steps.map((s) => [s.step, s.done, s.current, s.count ?? null, s.of ?? null])).toEqual([
      ['open', true, false, null, null],
      ['nominations', true, false, 0, null],
      ['screening', true, false, 0, 0],
      ['review', true, false, 0, null],
      ['proposed', true, true, 24, null],
      ['published', false, false, 0, null],
      ['closed', false, false, null, null],
    ]);
  });
});
