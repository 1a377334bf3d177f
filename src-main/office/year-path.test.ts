import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { yearPath, type YearPathFacts } from '../../src-shared/office/year-path';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { call } from '../api/dispatch';
import type { ServiceContext } from '../services/context';
import { stubPrinter } from '../testing/bundle-fixtures';
import { simulateSession } from '../testing/simulate';

let ctx: ServiceContext;
beforeEach(() => {
  ctx = { ...openTestContext(), printPdf: stubPrinter };
});
afterEach(() => ctx.store.close());

const path = async (year: number) => expectOk(await call(ctx, 'year.path', { year }));
const step = (p: Awaited<ReturnType<typeof path>>, name: string) => p.steps.find((s) => s.step === name)!;

describe("the dashboard's path through the year", () => {
  it('first run, then the demo year: import done, screening counted, and the batch actions move it on', async () => {
    const empty = await path(2026);
    expect(empty).toMatchObject({ firstRun: true, next: 'import' });
    expect(step(empty, 'import').route).toBe('pool');

    expectOk(await call(ctx, 'demo.generate', { seed: 2026 }));
    const imported = await path(2026);
    expect(imported).toMatchObject({ firstRun: false, next: 'screening' });
    expect(step(imported, 'screening')).toMatchObject({ done: false, count: 0, of: 45, route: 'screening' });

    const screened = expectOk(await call(ctx, 'screening.screenYear', { year: 2026, screener: '张审查' }));
    const afterScreening = await path(2026);
    expect(afterScreening.next).toBe('draw');
    expect(step(afterScreening, 'screening')).toMatchObject({ done: true, count: 45, of: 45 });
    expect(afterScreening.facts).toMatchObject({ needsJudgement: screened.counts['needs-judgement'], awaitingConfirmation: screened.counts['not-qualified'] });

    const decided = screened.rows.filter((r) => r.record?.outcome !== 'needs-judgement').map((r) => r.nomination.id);
    expectOk(await call(ctx, 'screening.confirmMany', { year: 2026, nominationIds: decided, confirmer: '李复核' }));
    expect((await path(2026)).facts.awaitingConfirmation).toBe(0);
  });

  it('a session signed off here: every step to sign-off done, the bundle export next', async () => {
    const { session } = await simulateSession(ctx, 4);
    const p = await path(session.year);
    expect(p.steps.filter((s) => s.done).map((s) => s.step)).toEqual(['import', 'screening', 'draw', 'session', 'sign-off']);
    expect(p.next).toBe('export');
    expect(step(p, 'export').route).toBe('office');
  });
});

describe('the path from its facts', () => {
  const none: YearPathFacts = {
    experts: 300,
    nominations: 45,
    screened: 45,
    needsJudgement: 0,
    awaitingConfirmation: 0,
    drawsFinished: 0,
    sessions: 0,
    signed: 0,
    exported: 0,
    verified: 0,
    published: false,
    closed: false,
  };

  it('the office, which never exported a bundle itself, is past export once it verified one', () => {
    const p = yearPath(2026, { ...none, verified: 1 });
    expect(p.steps.filter((s) => !s.done).map((s) => s.step)).toEqual(['publish', 'close']);
    expect([p.current, p.next]).toEqual(['verify', 'publish']);
  });

  it('a partly screened year waits at screening', () => {
    const partly = yearPath(2026, { ...none, screened: 40 });
    expect([partly.current, partly.next]).toEqual(['import', 'screening']);
    expect(yearPath(2026, { ...none, experts: 0, screened: 0 }).current).toBeNull();
    expect(yearPath(2026, { ...none, experts: 0, screened: 0 }).steps[0]).toMatchObject({ done: false, route: 'pool' });
  });

  it('a closed year has no next step', () => {
    expect(yearPath(2026, { ...none, published: true, closed: true }).next).toBeNull();
  });
});
