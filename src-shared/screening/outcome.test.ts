import { describe, expect, it } from 'vitest';
import { isErr } from '../result';
import type { CheckResult } from './check-result';
import { MANUAL_ITEMS, blankChecklist, manualAnswerSchema, type ManualAnswer } from './manual-checklist';
import { screeningOutcome, screenerDecisionSchema, type ScreenerDecision } from './outcome';
import { allMet, checksOf, honour } from '../../src-main/testing/screening-fixtures';

const clean = () => checksOf();
/** Art. 4.1 opens with 原则上: a miss is "not qualified by the rule", open to a recorded exception. */
const failing = () => checksOf({ leaderTitle: '主治医师' });
/** Art. 4.2 and the Art. 5 exclusion are stated without a qualifier: a miss is final. */
const failingAbsolute = () => checksOf({ foundedOn: '2025-01-01' });
const failingBoth = () => checksOf({ leaderTitle: '主治医师', isExistingRndOrTeam: true });
const reviewing = () => checksOf({ workUnitCategory: 'other' });
const failAndReview = () => checksOf({ leaderTitle: '主治医师', workUnitCategory: 'other' });
const twoReviews = () => checksOf({ workUnitCategory: 'other', honours: [honour('other', 'provincial')] });

const withItem = (met: boolean | null, note = ''): ManualAnswer[] =>
  allMet().map((a, i) => (i === 0 ? { ...a, met, note } : a));
const yes: ScreenerDecision = { outcome: 'qualified', reason: '经核实，该单位实为省管事业单位。' };
const no: ScreenerDecision = { outcome: 'not-qualified', reason: '申报材料与实际不符。' };
const exception: ScreenerDecision = { outcome: 'exception', reason: '领衔人为全国技术能手，成果突出，经办公室研究作为例外。' };

function outcomeOf(checks: CheckResult[], manual: ManualAnswer[], decision?: ScreenerDecision) {
  const r = screeningOutcome(checks, manual, decision);
  if (isErr(r)) throw new Error(`unexpected error: ${r.error.code}`);
  return r.value;
}

describe('screeningOutcome', () => {
  it.each([
    // label, checks, manual, decision, outcome
    ['all pass, all met', clean, allMet(), undefined, 'qualified'],
    ['automatic fail', failing, allMet(), undefined, 'not-qualified'],
    ['automatic fail, screener agrees', failing, allMet(), no, 'not-qualified'],
    ['fail + review: the fail wins', failAndReview, allMet(), undefined, 'not-qualified'],
    ['manual item not met', clean, withItem(false, '无固定场所'), undefined, 'not-qualified'],
    ['manual not met beats not judged', clean, [...withItem(false)].slice(0, 3), undefined, 'not-qualified'],
    ['review unresolved', reviewing, allMet(), undefined, 'needs-judgement'],
    ['review resolved to qualified', reviewing, allMet(), yes, 'qualified'],
    ['two reviews resolved by one decision', twoReviews, allMet(), yes, 'qualified'],
    ['review resolved to not-qualified', reviewing, allMet(), no, 'not-qualified'],
    ['review resolved, an item not judged', reviewing, withItem(null), yes, 'needs-judgement'],
    ['manual item not judged', clean, withItem(null), undefined, 'needs-judgement'],
    ['manual item missing', clean, allMet().slice(1), undefined, 'needs-judgement'],
    ['blank checklist', clean, blankChecklist(), undefined, 'needs-judgement'],
    ['not judged, screener rejects', clean, blankChecklist(), no, 'not-qualified'],
    ['all pass, screener rejects with reason', clean, allMet(), no, 'not-qualified'],
    ['all pass, redundant qualified decision', clean, allMet(), yes, 'qualified'],
    ['原则上 rule missed, admitted as an exception', failing, allMet(), exception, 'qualified'],
    ['原则上 rule missed + review, one exception resolves both', failAndReview, allMet(), exception, 'qualified'],
    ['exception recorded, a checklist item not judged', failing, withItem(null), exception, 'needs-judgement'],
    ['absolute rule missed', failingAbsolute, allMet(), undefined, 'not-qualified'],
  ] as const)('%s → %s', (_label, checks, manual, decision, outcome) => {
    expect(outcomeOf(checks(), [...manual], decision).outcome).toBe(outcome);
  });

  it('gives the failing checks and unmet items as reasons, bilingual', () => {
    const v = outcomeOf(failing(), withItem(false, '无固定场所'));
    expect(v.reasons.map((r) => r.code)).toEqual(['title-below-associate-senior', 'manual-not-met']);
    expect(v.reasons[1].zh).toContain(MANUAL_ITEMS[0].zh);
    expect(v.reasons[1].zh).toContain('无固定场所');
    expect(v.reasons[1].zh).toContain('第四条第2项');
    for (const r of v.reasons) expect(r.en.length).toBeGreaterThan(5);
  });

  it('lists open reviews and the unjudged items when judgement is needed', () => {
    const v = outcomeOf(reviewing(), withItem(null));
    expect(v.reasons.map((r) => r.code)).toEqual(['origin-other', 'manual-not-judged']);
    expect(v.reasons[1].zh).toContain('尚有1项');
  });

  it('records the decision and its reason when it resolves a review', () => {
    const v = outcomeOf(reviewing(), allMet(), yes);
    expect(v.reasons).toEqual([
      expect.objectContaining({ code: 'screener-decision', zh: expect.stringContaining(yes.reason) }),
    ]);
    expect(v.reasons[0].zh).toContain('产生来源');
  });

  it('refuses a decision without a reason', () => {
    for (const reason of ['', '   ']) {
      const r = screeningOutcome(reviewing(), allMet(), { outcome: 'qualified', reason });
      expect(isErr(r) && r.error.code).toBe('decision-reason-required');
    }
    expect(screenerDecisionSchema.safeParse({ outcome: 'qualified', reason: ' ' }).success).toBe(false);
  });

  it.each([
    ['an absolute fail (Art. 4.2), as qualified', failingAbsolute(), allMet(), yes],
    ['an absolute fail (Art. 4.2), as an exception', failingAbsolute(), allMet(), exception],
    ['an absolute fail beside a 原则上 one, as an exception', failingBoth(), allMet(), exception],
    ['an unmet checklist item, as qualified', clean(), withItem(false), yes],
    ['an unmet checklist item, as an exception', failing(), withItem(false), exception],
  ])('refuses to admit %s: the rule is absolute', (_label, checks, manual, decision) => {
    const r = screeningOutcome(checks, manual, decision);
    expect(isErr(r) && r.error.code).toBe('override-not-allowed');
  });

  it.each([
    ['a 原则上 fail', failing()],
    ['a 原则上 fail alongside a review', failAndReview()],
  ])('admits %s only as an explicit exception, never as plain qualified', (_label, checks) => {
    const r = screeningOutcome(checks, allMet(), yes);
    expect(isErr(r) && r.error.code).toBe('exception-required');
  });

  it('refuses an exception where no 原则上 rule was missed', () => {
    for (const checks of [clean(), reviewing(), failingAbsolute()]) {
      const r = screeningOutcome(checks, allMet(), exception);
      expect(isErr(r) && ['exception-not-needed', 'override-not-allowed'].includes(r.error.code)).toBe(true);
    }
    const r = screeningOutcome(reviewing(), allMet(), exception);
    expect(isErr(r) && r.error.code).toBe('exception-not-needed');
  });

  it('marks an exception as such: the missed rule, "not qualified by the rule", and the written reason', () => {
    const v = outcomeOf(failing(), allMet(), exception);
    expect(v.exception).toBe(true);
    expect(v.reasons.map((r) => r.code)).toEqual(['title-below-associate-senior', 'screener-exception']);
    expect(v.reasons[0].zh).toContain('按规则不符合');
    expect(v.reasons[0].zh).toContain('原则上');
    expect(v.reasons[1].zh).toContain('例外准予');
    expect(v.reasons[1].zh).toContain(exception.reason);
    expect(outcomeOf(reviewing(), allMet(), yes).exception).toBe(false);
  });

  it('without a decision, a 原则上 miss is "not qualified by the rule" and says an exception is possible', () => {
    const v = outcomeOf(failing(), allMet());
    expect(v.outcome).toBe('not-qualified');
    expect(v.reasons[0].zh).toContain('可作例外');
    const final = outcomeOf(failingAbsolute(), allMet());
    expect(final.reasons[0].zh).not.toContain('可作例外');
  });

  it('refuses an incomplete check list, so a lost check cannot turn into a pass', () => {
    const r = screeningOutcome(clean().slice(1), allMet());
    expect(isErr(r) && r.error.code).toBe('checks-incomplete');
    const doubled = screeningOutcome([...clean(), clean()[0]], allMet());
    expect(isErr(doubled) && doubled.error.code).toBe('checks-incomplete');
  });

  it('refuses unknown or repeated checklist items', () => {
    const unknown = [...allMet(), { itemId: 'nonsense', met: true, note: '' }] as ManualAnswer[];
    expect(isErr(screeningOutcome(clean(), unknown))).toBe(true);
    expect(isErr(screeningOutcome(clean(), [...allMet(), allMet()[0]]))).toBe(true);
  });
});

describe('manual checklist', () => {
  it('covers Art. 4.2 to 4.5 with unique ids and both languages', () => {
    const ids = MANUAL_ITEMS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...new Set(MANUAL_ITEMS.map((i) => i.article))]).toEqual(['4.2', '4.3', '4.4', '4.5']);
    expect(MANUAL_ITEMS.filter((i) => i.article === '4.3')).toHaveLength(6);
    for (const i of MANUAL_ITEMS) expect(i.zh && i.en).toBeTruthy();
  });

  it('parses stored answers, including "not yet judged"', () => {
    expect(manualAnswerSchema.parse({ itemId: 'fixed-workplace', met: null })).toEqual({
      itemId: 'fixed-workplace',
      met: null,
      note: '',
    });
    expect(manualAnswerSchema.safeParse({ itemId: 'nonsense', met: true, note: '' }).success).toBe(false);
  });
});
