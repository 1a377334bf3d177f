import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyProtocol } from '../../src-shared/draw/protocol';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { demoDraw, WITNESSES } from '../../tests/helpers/demo-draw';
import { pdfText } from '../../tests/helpers/pdf-text';
import { call } from '../api/dispatch';
import type { ServiceContext } from './context';

let ctx: ServiceContext;
beforeEach(async () => {
  ctx = openTestContext();
  expectOk(await call(ctx, 'demo.generate', { seed: 2026 }));
});
afterEach(() => ctx.store.close());

describe('draw service', () => {
  it('plans from the data: units of nominations and declared avoidances are excluded with reasons', async () => {
    const plan = expectOk(await call(ctx, 'draw.plan', { year: 2026, stratumBy: 'sector' }));
    expect(plan.strata.map((s) => s.stratum).sort()).toEqual(['体育', '卫生', '教育', '文化', '科技'].sort());
    expect(plan.nominations).toBe(45);
    const nominations = expectOk(await call(ctx, 'nominations.list', { year: 2026 }));
    const units = new Set(plan.exclusions.filter((x) => x.kind === 'unit').map((x) => x.code));
    for (const n of nominations) {
      expect(units.has(n.workUnitCode)).toBe(true);
      expect(units.has(n.recommendingUnitCode)).toBe(true);
    }
    const avoiding = plan.exclusions.filter((x) => x.kind === 'expert' && x.reason.includes('申报回避'));
    expect(avoiding.length).toBeGreaterThan(0);
    expect(plan.suggestedDrawId).toBe('2026-DRAW-01');
  });

  it('commits, draws once, and the stored protocol verifies', async () => {
    const drawn = await demoDraw(ctx);
    expect(drawn.status).toBe('drawn');
    const selected = drawn.protocol!.result.filter((r) => r.status === 'selected');
    expect(selected).toHaveLength(10);
    const excluded = new Set([...drawn.config.excludedIds]);
    const excludedUnits = new Set(drawn.config.excludedUnitCodes);
    for (const r of selected) {
      expect(excluded.has(r.id)).toBe(false);
      expect(excludedUnits.has(r.unitCode)).toBe(false);
    }
    const perUnit = new Map<string, number>();
    for (const r of selected) perUnit.set(r.unitCode, (perUnit.get(r.unitCode) ?? 0) + 1);
    expect(Math.max(...perUnit.values())).toBeLessThanOrEqual(2);
    expect(verifyProtocol(drawn.protocol).ok).toBe(true);
    const file = expectOk(await call(ctx, 'draw.protocolFile', { drawId: '2026-DRAW-01' }));
    const verified = expectOk(await call(ctx, 'draw.verify', { content: file.content }));
    expect(verified.status).toBe('VERIFIED');

    expect(await call(ctx, 'draw.run', { drawId: '2026-DRAW-01', witnesses: WITNESSES })).toMatchObject({
      ok: false,
      error: { code: 'draw-wrong-state' },
    });
  });

  it('replaces a declining expert with the next alternate of the stratum and logs the call', async () => {
    const drawn = await demoDraw(ctx);
    const first = drawn.protocol!.result.find((r) => r.status === 'selected')!;
    const alternate = drawn.protocol!.result.find((r) => r.status === 'alternate' && r.stratum === first.stratum)!;
    const after = expectOk(await call(ctx, 'draw.call', { drawId: drawn.drawId, expertId: first.id, outcome: 'declined', caller: '周操作' }));
    expect(after.panel!.replacements).toMatchObject([{ replacedId: first.id, replacementId: alternate.id, outcome: 'declined' }]);
    expect(after.panel!.panel.some((s) => s.expertId === alternate.id)).toBe(true);
    expect(after.protocol!.callLog).toHaveLength(1);
    expect(verifyProtocol(after.protocol).ok).toBe(true);
  });

  it('commits and draws the usual one-per-unit panel (单位上限 1): 教育 3 + 2 standby, 卫生 2 + 2 standby', async () => {
    const quotas = { 教育: 3, 卫生: 2 };
    const alternates = { 教育: 2, 卫生: 2 };
    const committed = expectOk(await call(ctx, 'draw.commit', { year: 2026, drawId: 'CAP1-01', stratumBy: 'sector', quotas, alternates, unitCap: 1, place: '郑州', operator: '周操作' }));
    expect(committed.feasibility).toEqual([
      expect.objectContaining({ stratum: '卫生', needed: 4, guaranteed: 4 }),
      expect.objectContaining({ stratum: '教育', needed: 5, guaranteed: 5 }),
    ]);
    const drawn = expectOk(await call(ctx, 'draw.run', { drawId: 'CAP1-01', witnesses: WITNESSES }));
    const selected = drawn.protocol!.result.filter((r) => r.status === 'selected');
    expect(selected).toHaveLength(5);
    expect(new Set(selected.map((r) => r.unitCode)).size).toBe(5);
    expect(drawn.protocol!.result.filter((r) => r.status === 'alternate')).toHaveLength(4);
    expect(verifyProtocol(drawn.protocol).ok).toBe(true);
  });

  it('with unit cap 1, refuses 体育 2 + 2 in the demo pool, whose eligible 体育 experts sit in two units', async () => {
    const r = await call(ctx, 'draw.commit', { year: 2026, drawId: 'CAP1-02', stratumBy: 'sector', quotas: { 体育: 2 }, alternates: { 体育: 2 }, unitCap: 1, place: '郑州', operator: '周操作' });
    expect(r).toMatchObject({ ok: false, error: { code: 'draw-infeasible' } });
    if (!r.ok) expect(r.error.details?.[0].message.zh).toContain('最不利的签号顺序只能抽满 2 人');
  });

  it('refuses an infeasible configuration before the commitment, naming the stratum', async () => {
    const r = await call(ctx, 'draw.commit', {
      year: 2026,
      drawId: 'X-1',
      stratumBy: 'sector',
      quotas: { 体育: 40 },
      unitCap: 1,
      place: '郑州',
      operator: '周操作',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'draw-infeasible' } });
    if (!r.ok) expect(r.error.message.zh).toContain('体育');
    expect(expectOk(await call(ctx, 'draw.list', { year: 2026 }))).toEqual([]);
  });

  it('refuses a draw id used before, and a draw with bad witness entries leaves it committed', async () => {
    await demoDraw(ctx);
    const again = await call(ctx, 'draw.commit', {
      year: 2026,
      drawId: '2026-DRAW-01',
      stratumBy: 'sector',
      quotas: { 教育: 1 },
      unitCap: 1,
      place: '郑州',
      operator: '周操作',
    });
    expect(again).toMatchObject({ ok: false, error: { code: 'draw-id-used' } });
    expect(expectOk(await call(ctx, 'draw.commit', { year: 2026, drawId: '2026-DRAW-02', stratumBy: 'sector', quotas: { 教育: 1 }, unitCap: 1, place: '郑州', operator: '周' })).status).toBe('committed');
    const mismatch = await call(ctx, 'draw.run', { drawId: '2026-DRAW-02', witnesses: [{ ...WITNESSES[0], second: '0123456780' }, WITNESSES[1], WITNESSES[2]] });
    expect(mismatch).toMatchObject({ ok: false, error: { code: 'witness-mismatch' } });
    expect(expectOk(await call(ctx, 'draw.get', { drawId: '2026-DRAW-02' })).status).toBe('committed');
  });

  it('aborts only with a reason', async () => {
    const drawn = await demoDraw(ctx);
    expect((await call(ctx, 'draw.abort', { drawId: drawn.drawId, reason: '  ' })).ok).toBe(false);
    expect(expectOk(await call(ctx, 'draw.abort', { drawId: drawn.drawId, reason: '见证人未到齐' })).status).toBe('aborted');
    expect((await call(ctx, 'draw.call', { drawId: drawn.drawId, expertId: 'E0001', outcome: 'accepted', caller: '周' })).ok).toBe(false);
  });

  it('prints the commitment page and the draw record with the protocol file hash', async () => {
    const drawn = await demoDraw(ctx);
    const file = expectOk(await call(ctx, 'draw.protocolFile', { drawId: drawn.drawId }));
    const record = expectOk(await call(ctx, 'draw.recordPdf', { drawId: drawn.drawId }));
    const text = pdfText(Buffer.from(record.content)).replace(/\s+/g, '');
    expect(text).toContain('专家抽取记录');
    expect(text).toContain(file.sha256);
    expect(text).toContain(drawn.protocol!.seed);
    expect(text).toContain('王监督');
    const commitment = expectOk(await call(ctx, 'draw.commitmentPdf', { drawId: drawn.drawId }));
    expect(pdfText(Buffer.from(commitment.content)).replace(/\s+/g, '')).toContain(drawn.poolHash);
  });
});
