import { describe, expect, test } from 'vitest';
import type { DrawView } from '../../../src-shared/api/views';
import { runDraw, type DrawProtocol } from '../../../src-shared/draw';
import { parsePoolLines } from '../../../src-shared/draw/pool-snapshot';
import { orderByTicket } from '../../../src-shared/draw/tickets';
import { walkInOrder } from '../../../src-shared/draw/walk';
import { witness } from '../../testing/draw-fixtures';
import { commitmentHash } from '../../../src-shared/draw/seed';
import { groupsOfFour } from '../../../src-shared/text/groups';
import { commitmentHtml, drawRecordHtml, printedData, printedRows, RECORD_FULL_ROWS } from './draw-record';

/** A pool too large to print whole: 1,500 experts in 300 units over three strata, unit cap 1. */
function largeDraw(): DrawProtocol {
  const strata = ['教育', '卫生', '文化'];
  const pool = Array.from({ length: 1500 }, (_, i) => ({ id: `E${String(i + 1).padStart(5, '0')}`, unitCode: `U${i % 300}`, stratum: strata[i % 3] }));
  const r = runDraw({
    pool,
    config: { drawId: 'BIG-1', quotas: { 教育: 3, 卫生: 2, 文化: 2 }, alternates: { 教育: 2, 卫生: 2, 文化: 2 }, unitCap: 1, excludedUnitCodes: ['U7'], excludedIds: ['E00002'] },
    witnesses: [witness('甲', '0123456789'), witness('乙', '5555555555'), witness('丙', '0000000001')],
  });
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
}

describe('the draw record of a large pool', () => {
  const p = largeDraw();
  const rows = printedRows(p.result);
  const data = printedData(p);

  test('prints every row up to the last seat or standby place; every row after it is a skip that changes nothing', () => {
    expect(p.result.length).toBeGreaterThan(RECORD_FULL_ROWS);
    const last = Math.max(...p.result.filter((r) => r.status !== 'skipped').map((r) => r.rank));
    expect(rows.map((r) => r.rank)).toEqual(Array.from({ length: last }, (_, i) => i + 1));
    for (const r of p.result.slice(rows.length)) {
      expect(r.status).toBe('skipped');
      expect(['stratum-full', 'excluded-id', 'excluded-unit', 'no-quota']).toContain(r.reason);
    }
    expect(data.pool).toBeUndefined();
    expect(data.poolSize).toBe(1500);
    expect(data.poolPrinted).toHaveLength(rows.length);
  });

  test('the printed rows recompute from the printed data alone: tickets, their order and every outcome', () => {
    const entries = parsePoolLines(data.poolPrinted!);
    if (!entries.ok) throw new Error('bad lines');
    const order = orderByTicket(p.seed, entries.value.map((e) => e.id));
    expect(walkInOrder(order, entries.value, data.config)).toEqual(rows);
  });

  const view = () =>
    ({
      drawId: 'BIG-1',
      year: 2026,
      status: 'drawn',
      setup: { year: 2026, stratumBy: 'sector', excludeLastYearPanel: false, place: '郑州', operator: '周操作', exclusions: [] },
      config: p.config,
      poolHash: p.poolHash,
      configHash: p.configHash,
      poolSize: p.pool.length,
      feasibility: [],
      committedAt: '2026-12-01T06:00:00Z',
      drawnAt: '2026-12-01T06:30:00Z',
      finishedAt: null,
      abortReason: null,
      protocol: p,
      panel: null,
      experts: {},
    }) as DrawView;

  test('says how many rows follow and why they were skipped', () => {
    const html = drawRecordHtml(view(), 'ab'.repeat(32), { language: 'zh-CN' });
    expect(html).toContain(`第 ${rows.length + 1}–1500 位共 ${1500 - rows.length} 人均为跳过`);
    expect(html).toContain('2026年12月1日 14:00');
    expect(html).not.toContain('2026-12-01T06');
    expect((html.match(/<tr class="ticket">/g) ?? []).length).toBe(rows.length);
  });

  test.each(['zh-CN', 'en'] as const)('the commitment page and the record print the commitment hash, its first 8 characters boxed (%s)', (language) => {
    const hash = commitmentHash(p.config.drawId, p.poolHash, p.configHash).toUpperCase();
    const printed = `<span class="head">${groupsOfFour(hash.slice(0, 8))}</span><br><span class="full">${groupsOfFour(hash.slice(0, 32))}<br>${groupsOfFour(hash.slice(32))}</span>`;
    const label = language === 'zh-CN' ? '承诺哈希' : 'Commitment hash';
    for (const html of [commitmentHtml(view(), { language }), drawRecordHtml(view(), 'ab'.repeat(32), { language })]) {
      expect(html).toContain(`<th>${label}</th><td colspan="3"><div class="check-code">${printed}</div>`);
    }
    expect(commitmentHtml(view(), { language })).toContain(language === 'zh-CN' ? '见证人在本页签字确认' : 'the witnesses sign this page to confirm them');
  });
});
