import { describe, expect, it } from 'vitest';
import { DEMO_DEFECTS, demoNominationId, demoRecommenders, generateDemoYear } from '../demo/generate-demo';
import { DEFAULT_RECOMMENDING_UNITS } from '../registers/default-recommending-units';
import { NameRegister } from '../registers/name-register';
import { nominationSchema } from '../domain/nomination';
import { isErr } from '../result';
import { automaticChecks } from './checks';
import { screeningOutcome, type ScreeningOutcome } from './outcome';
import { summarizeByYear } from './summary';
import { allMet, TEST_TITLES } from '../../src-main/testing/screening-fixtures';

/** The demo plants defects and documents what screening must make of them; this holds screening to it. */
const YEAR = 2026;
const REFERENCE_DATE = '2026-06-30';
const demo = generateDemoYear(2026, YEAR);
const nominations = demo.nominations.map((n) => nominationSchema.parse(n));
const registered = demoRecommenders(demo.nominations).filter((r) => !DEFAULT_RECOMMENDING_UNITS.some((d) => d.name === r.name));
const register = NameRegister.build([...DEFAULT_RECOMMENDING_UNITS, ...registered]);

const EXPECTED: Record<'fail' | 'review' | 'pass', ScreeningOutcome> = {
  fail: 'not-qualified',
  review: 'needs-judgement',
  pass: 'qualified',
};
const expectedFor = (id: string): ScreeningOutcome => {
  const defect = DEMO_DEFECTS.find((d) => demoNominationId(YEAR, d.seq) === id);
  return EXPECTED[defect?.outcome ?? 'pass'];
};

function screen(id: string) {
  const n = nominations.find((x) => x.id === id);
  if (!n) throw new Error(`no demo nomination ${id}`);
  if (!register.ok) throw new Error('demo register is ambiguous');
  const r = register.value.find(n.recommendingUnit);
  const checks = automaticChecks(n, REFERENCE_DATE, {
    title: TEST_TITLES.resolve(n.leaderTitle),
    ...(r ? { recommender: { name: r.name, kind: r.kind } } : {}),
  });
  const verdict = screeningOutcome(checks, allMet());
  if (isErr(verdict)) throw new Error(verdict.error.code);
  return { checks, verdict: verdict.value };
}

describe('the demo year under screening (reference date 2026-06-30, every checklist item met)', () => {
  it.each(DEMO_DEFECTS.map((d) => [d.seq, d.defect, d.outcome] as const))(
    'N%i (%s) → %s',
    (seq, _defect, outcome) => {
      const { checks, verdict } = screen(demoNominationId(YEAR, seq));
      expect(verdict.outcome).toBe(EXPECTED[outcome]);
      // "exactly this one defect": a planted fail or review shows up as exactly one non-pass check.
      const notPassed = checks.filter((c) => c.outcome !== 'pass');
      expect(notPassed.map((c) => c.outcome)).toEqual(outcome === 'pass' ? [] : [outcome]);
    },
  );

  it('gives every other nomination a clean pass', () => {
    for (const n of nominations) expect(screen(n.id).verdict.outcome, n.id).toBe(expectedFor(n.id));
  });

  it('summarises the year as DEMO_DEFECTS predicts', () => {
    const fails = DEMO_DEFECTS.filter((d) => d.outcome === 'fail').length;
    const reviews = DEMO_DEFECTS.filter((d) => d.outcome === 'review').length;
    const [summary] = summarizeByYear(nominations.map((n) => ({ year: n.year, outcome: screen(n.id).verdict.outcome })));
    expect(summary.counts).toEqual({
      'not-qualified': fails,
      'needs-judgement': reviews,
      qualified: nominations.length - fails - reviews,
    });
    // 45 nominations, 9 rejected, 1 open: 35 qualified is more than Art. 2 lets the office publish.
    expect(summary.capWarning?.zh).toContain('第二条');
  });
});
