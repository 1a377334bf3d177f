import { afterEach, beforeEach, describe, expect, it } from 'vitest';
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

describe('a year through its path, with a session signed off on this computer', () => {
  it('nothing → signed off (a local session checked against its signed summary, which a change after signing fails) → published → closed', async () => {
    const empty = await path(2026);
    expect([empty.current, empty.next]).toEqual([null, 'import']);

    const { session } = await simulateSession(ctx, 4);
    const year = session.year;
    const proposed = await path(year);
    expect([proposed.current, proposed.next]).toEqual(['sign-off', 'export']);
    expect(proposed.facts).toMatchObject({ sessions: 1, signed: 1, published: false, closed: false });
    expect(proposed.facts.nominations).toBeGreaterThan(0);
    expect(proposed.facts.screened).toBe(proposed.facts.nominations);

    // Signed here, so its list is the leader's signed summary, checked against this computer's data.
    const p = expectOk(await call(ctx, 'publication.proposals', { year }));
    expect(p.sessions).toHaveLength(1);
    const [local] = p.sessions;
    expect(local.source).toMatchObject({ kind: 'local', verified: true });
    expect(local.studios.length).toBeGreaterThan(0);
    expect(local.studios.every((s) => s.sector !== null)).toBe(true);

    // Changed behind the app's back after the leader signed (a panel vote's record rewritten): the check fails and
    // nothing can be adopted from the list; put back, it passes again.
    ctx.store.db.prepare("UPDATE panel_votes SET record = record || '（改）'").run();
    const changed = expectOk(await call(ctx, 'publication.proposals', { year })).sessions[0];
    expect(changed.source).toMatchObject({ kind: 'local', verified: false });
    const refused = await call(ctx, 'publication.decide', { year, sessionId: local.sessionId, nominationId: local.studios[0].nominationId, decision: 'adopt' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'proposal-not-verified' } });
    ctx.store.db.prepare("UPDATE panel_votes SET record = substr(record, 1, length(record) - 3)").run();
    expect(expectOk(await call(ctx, 'publication.proposals', { year })).sessions[0].source.verified).toBe(true);

    // Closing is refused before publication.
    expect(await call(ctx, 'year.close', { year })).toMatchObject({ ok: false, error: { code: 'year-not-published' } });
    for (const s of local.studios) expectOk(await call(ctx, 'publication.decide', { year, sessionId: local.sessionId, nominationId: s.nominationId, decision: 'adopt' }));
    expectOk(await call(ctx, 'publication.publish', { year, docNo: '豫教科文卫体工〔2026〕12号', publishedOn: '2026-12-01' }));
    const published = await path(year);
    expect([published.current, published.next]).toEqual(['publish', 'close']);

    const closed = expectOk(await call(ctx, 'year.close', { year, reason: '本年度评审工作结束' }));
    expect([closed.current, closed.next]).toEqual(['close', null]);
    expect(closed.steps.every((s) => s.done)).toBe(true);
    expect(await call(ctx, 'year.close', { year })).toMatchObject({ ok: false, error: { code: 'year-closed' } });
  });

  it("the year list: each year with the furthest step done, a year with data but nothing done as started, and the next year to start", async () => {
    expectOk(await call(ctx, 'demo.generate', { seed: 2026 }));
    ctx.store.db.prepare('DELETE FROM experts').run();
    const years = expectOk(await call(ctx, 'year.list', {}));
    const y2026 = years.find((y) => y.year === 2026)!;
    expect(y2026).toMatchObject({ current: null, nominations: 45, hasData: true });
    expect(years[0]).toMatchObject({ hasData: false, nominations: 0 });
    expect(years.map((y) => y.year)).toEqual([...years.map((y) => y.year)].sort((a, b) => b - a));
  });
});
