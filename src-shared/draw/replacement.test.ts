import { describe, expect, test } from 'vitest';
import { runDraw } from './index';
import { applyCallLog, type CallLogEntry, type CallOutcome } from './replacement';
import { VECTOR_CONFIG, VECTOR_POOL, VECTOR_WITNESSES } from '../../src-main/testing/draw-fixtures';
import type { ResultRow } from './walk';

const call = (expertId: string, outcome: CallOutcome, minute = 0): CallLogEntry => ({
  at: `2025-03-01T10:${String(minute).padStart(2, '0')}:00+08:00`,
  caller: '办公室',
  expertId,
  outcome,
});

const row = (rank: number, id: string, unitCode: string, status: ResultRow['status'], order?: number): ResultRow => ({
  rank,
  ticket: `0.${rank}`,
  id,
  unitCode,
  stratum: 'S',
  status,
  ...(order ? { order } : { reason: 'stratum-full' as const }),
});

// Seats a(U1), b(U2); alternates c(U2), d(U3); cap 1.
const SMALL = {
  config: { unitCap: 1 },
  result: [row(1, 'a', 'U1', 'selected', 1), row(2, 'b', 'U2', 'selected', 2), row(3, 'c', 'U2', 'alternate', 1), row(4, 'd', 'U3', 'alternate', 2), row(5, 'e', 'U4', 'skipped')],
};

describe('replacement from the call log', () => {
  const drawn = runDraw({ pool: VECTOR_POOL, config: VECTOR_CONFIG, witnesses: VECTOR_WITNESSES });
  if (!drawn.ok) throw new Error(drawn.error.message.en);

  test('no calls: the panel is the selected experts, unconfirmed', () => {
    const r = applyCallLog(drawn.value, []);
    expect(r.ok && r.value.panel.map((s) => `${s.stratum}${s.order}:${s.expertId}:${s.confirmed}`)).toEqual([
      '医院1:E007:false',
      '医院2:E011:false',
      '高校1:E004:false',
      '高校2:E006:false',
    ]);
  });

  test('a decline is replaced by the next alternate of the same stratum, in the same seat', () => {
    const r = applyCallLog(drawn.value, [call('E004', 'accepted'), call('E007', 'declined', 1), call('E010', 'accepted', 2)]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.replacements).toEqual([
      { stratum: '医院', order: 1, replacedId: 'E007', replacementId: 'E010', outcome: 'declined', at: '2025-03-01T10:01:00+08:00' },
    ]);
    expect(r.value.panel.find((s) => s.stratum === '医院' && s.order === 1)).toMatchObject({ expertId: 'E010', source: 'alternate', confirmed: true });
    expect(r.value.panel.find((s) => s.expertId === 'E004')?.confirmed).toBe(true);
  });

  test('no alternate left → error', () => {
    const r = applyCallLog(drawn.value, [call('E007', 'unreachable'), call('E011', 'conflict', 1)]);
    expect(r).toMatchObject({ ok: false, error: { code: 'no-alternate-left' } });
  });

  test('an alternate whose unit is at the cap is passed over, and reconsidered once its unit frees up', () => {
    const r = applyCallLog(SMALL, [call('a', 'declined'), call('b', 'declined', 1)]);
    expect(r.ok && r.value.replacements.map((x) => `${x.replacedId}→${x.replacementId}`)).toEqual(['a→d', 'b→c']);
  });

  test('an alternate who declines before being needed is skipped; one who accepted early is seated confirmed', () => {
    const r = applyCallLog(SMALL, [call('c', 'declined'), call('d', 'accepted', 1), call('b', 'declined', 2)]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.replacements.map((x) => x.replacementId)).toEqual(['d']);
    expect(r.value.panel.find((s) => s.order === 2)).toMatchObject({ expertId: 'd', confirmed: true });
    expect(r.value.released.map((x) => x.expertId)).toEqual(['c', 'b']);
  });

  test('calls for skipped experts or experts who already dropped out are errors', () => {
    expect(applyCallLog(SMALL, [call('e', 'accepted')])).toMatchObject({ ok: false, error: { code: 'call-unknown-expert' } });
    expect(applyCallLog(SMALL, [call('zz', 'accepted')])).toMatchObject({ ok: false, error: { code: 'call-unknown-expert' } });
    expect(applyCallLog(SMALL, [call('a', 'declined'), call('a', 'accepted', 1)])).toMatchObject({
      ok: false,
      error: { code: 'call-expert-released' },
    });
  });
});
