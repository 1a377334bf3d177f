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

const lifecycle = async (year: number) => expectOk(await call(ctx, 'year.lifecycle', { year }));

describe('a year through its lifecycle, with a session signed off on this computer', () => {
  it('open → proposed (a local session checked against its signed summary, which a change after signing fails) → published → closed', async () => {
    const empty = await lifecycle(2026);
    expect([empty.current, empty.next]).toEqual(['open', 'nominations']);

    const { session } = await simulateSession(ctx, 4);
    const year = session.year;
    const proposed = await lifecycle(year);
    expect([proposed.current, proposed.next]).toEqual(['proposed', 'published']);
    expect(proposed.facts).toMatchObject({ sessions: 1, proposals: 1, published: false, closed: false });
    expect(proposed.facts.nominations).toBeGreaterThan(0);
    expect(proposed.facts.screened).toBe(proposed.facts.nominations);

    // Signed here, so its list is the leader's signed summary, checked against this computer's data.
    const p = expectOk(await call(ctx, 'publication.proposals', { year }));
    expect(p.sessions).toHaveLength(1);
    const [local] = p.sessions;
    expect(local.source).toMatchObject({ kind: 'local', verified: true });
    expect(local.studios.length).toBe(proposed.facts.proposedStudios);
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
    const published = await lifecycle(year);
    expect([published.current, published.next]).toEqual(['published', 'closed']);
    expect(published.steps.find((s) => s.step === 'published')?.count).toBe(local.studios.length);

    const closed = expectOk(await call(ctx, 'year.close', { year, reason: '本年度评审工作结束' }));
    expect([closed.current, closed.next]).toEqual(['closed', null]);
    expect(closed.steps.every((s) => s.done)).toBe(true);
    expect(await call(ctx, 'year.close', { year })).toMatchObject({ ok: false, error: { code: 'year-closed' } });
  });
});
