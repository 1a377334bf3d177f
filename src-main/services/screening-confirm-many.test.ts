import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_DEFECTS, demoNominationId } from '../../src-shared/demo/generate-demo';
import { MANUAL_ITEMS, type ManualAnswer } from '../../src-shared/screening/manual-checklist';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { call } from '../api/dispatch';
import { verifyAuditChain } from '../store/audit-log';
import type { ServiceContext } from './context';

const allMet: ManualAnswer[] = MANUAL_ITEMS.map((i) => ({ itemId: i.id, met: true, note: '材料齐全' }));
let ctx: ServiceContext;

beforeEach(async () => {
  ctx = openTestContext();
  expectOk(await call(ctx, 'demo.generate', { seed: 2026 }));
});
afterEach(() => ctx.store.close());

const confirmations = () =>
  ctx.store.db.prepare("SELECT subject, details FROM audit_log WHERE action = 'screening.confirm' ORDER BY seq").all() as { subject: string; details: string }[];
const confirmedBy = (id: string) => ctx.store.db.prepare('SELECT confirmed_by FROM screenings WHERE nomination_id = ?').pluck().get(id);

describe("the second reviewer's batch confirmation", () => {
  it('confirms every chosen decision in one call, each audited as if confirmed alone', async () => {
    const ids = [1, 2, 3].map((seq) => demoNominationId(2026, seq));
    for (const id of ids) expectOk(await call(ctx, 'screening.record', { nominationId: id, manual: allMet, screener: '张三' }));
    const view = expectOk(await call(ctx, 'screening.confirmMany', { year: 2026, nominationIds: ids, confirmer: '李四' }));
    expect(view.confirmed).toBe(3);
    for (const id of ids) expect(view.rows.find((r) => r.nomination.id === id)?.record).toMatchObject({ confirmedBy: '李四', screenedBy: '张三' });
    expect(confirmations().map((c) => c.subject)).toEqual(ids.map((id) => `nomination:${id}`));
    expect(JSON.parse(confirmations()[0].details)).toMatchObject({ confirmer: '李四', screener: '张三', outcome: 'qualified' });
    expect(verifyAuditChain(ctx.store.db).valid).toBe(true);
  });

  it('confirms none when one of them cannot be confirmed, and names it', async () => {
    const clean = demoNominationId(2026, 1);
    const open = demoNominationId(2026, DEMO_DEFECTS.find((d) => d.outcome === 'review')!.seq);
    expectOk(await call(ctx, 'screening.record', { nominationId: clean, manual: allMet, screener: '张三' }));
    expect(expectOk(await call(ctx, 'screening.record', { nominationId: open, manual: allMet, screener: '张三' })).outcome).toBe('needs-judgement');
    const refused = await call(ctx, 'screening.confirmMany', { year: 2026, nominationIds: [clean, open], confirmer: '李四' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'screening-open' } });
    if (!refused.ok) expect(refused.error.message.zh).toContain(open);
    expect(confirmedBy(clean)).toBeNull();
    expect(confirmations()).toHaveLength(0);
  });

  it('refuses the screener as the confirmer, and a nomination of another year', async () => {
    const id = demoNominationId(2026, 1);
    expectOk(await call(ctx, 'screening.record', { nominationId: id, manual: allMet, screener: '张三' }));
    expect(await call(ctx, 'screening.confirmMany', { year: 2026, nominationIds: [id], confirmer: ' 张三 ' })).toMatchObject({ ok: false, error: { code: 'same-person' } });
    expect(await call(ctx, 'screening.confirmMany', { year: 2025, nominationIds: [id], confirmer: '李四' })).toMatchObject({
      ok: false,
      error: { code: 'nomination-not-found' },
    });
    expect(confirmedBy(id)).toBeNull();
  });

  it('asks for at least one nomination and a confirmer', async () => {
    expect((await call(ctx, 'screening.confirmMany', { year: 2026, nominationIds: [], confirmer: '李四' })).ok).toBe(false);
    expect((await call(ctx, 'screening.confirmMany', { year: 2026, nominationIds: [demoNominationId(2026, 1)], confirmer: ' ' })).ok).toBe(false);
  });
});
