import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../../tests/helpers/context';
import { call } from '../../api/dispatch';
import { verifyAuditChain } from '../../store/audit-log';
import type { ServiceContext } from '../context';
import { simulateSession } from '../../testing/simulate';

let ctx: ServiceContext;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.store.close());

describe('a simulated meeting', () => {
  it('goes from its issued package and the draw to a signed proposed list of at most 30, with a conflict and a voted tie at the cut', async () => {
    const { session, results } = await simulateSession(ctx, 7);
    expect(session.phase).toBe('signed');
    expect(session.panel).toHaveLength(5);
    expect(session.experts.filter((e) => e.local)).toHaveLength(3);
    expect(session.imports.map((i) => i.expertId).sort()).toEqual(session.panel.slice(3).map((p) => p.expertId).sort());
    expect(session.cells.filter((c) => c.state === 'recused')).toHaveLength(1);
    expect(session.signoffs.filter((s) => s.kind === 'expert-sheet')).toHaveLength(5);
    expect(session.signoffs.some((s) => s.kind === 'summary')).toBe(true);
    expect(results.votes).toHaveLength(1);
    expect(results.ranking.needsPanelVote).toEqual([]);
    expect(results.ranking.rows.filter((r) => r.inCut)).toHaveLength(30);
    expect(results.ranking.rows.find((r) => r.tieBrokenBy === 'panel-vote')).toBeTruthy();
    expect(verifyAuditChain(ctx.store.db).valid).toBe(true);

    // Signed means locked.
    const late = await call(ctx, 'score.importFiles', { files: [{ fileName: 'x.json', content: Buffer.from('{}') }] });
    expect(expectOk(late).refused).toHaveLength(1);
    expect(await call(ctx, 'session.freeze', { sessionId: session.sessionId })).toMatchObject({ ok: false });

    // A single-laptop meeting: the folder issued the session's package to itself before the draw.
    const [pkg] = expectOk(await call(ctx, 'package.list', {}));
    expect(pkg).toMatchObject({ sessionId: session.sessionId, origin: 'issued', inSession: true, rulesHash: session.rulesHash, panelSize: 5, nominations: session.nominations.length });
    const draw = expectOk(await call(ctx, 'draw.get', { drawId: session.drawId! }));
    expect(draw.poolHash).toBe(pkg.poolHash);
    // The package came first: issued before the draw was committed, and audited.
    const actions = (ctx.store.db.prepare("SELECT action FROM audit_log WHERE action IN ('package.issue', 'draw.commit', 'session.create') ORDER BY seq").all() as { action: string }[]).map((r) => r.action);
    expect(actions).toEqual(['package.issue', 'draw.commit', 'session.create']);
  });

  it('is deterministic for a seed', async () => {
    const a = await simulateSession(ctx, 3);
    const other = openTestContext();
    const b = await simulateSession(other, 3);
    expect(b.results.ranking.rows.map((r) => [r.nominationId, r.rank])).toEqual(a.results.ranking.rows.map((r) => [r.nominationId, r.rank]));
    other.store.close();
  });
});
