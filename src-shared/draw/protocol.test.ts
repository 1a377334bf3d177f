import { describe, expect, test } from 'vitest';
import { appendCall, runDraw, verifyProtocol, type DrawProtocol } from './index';
import { VECTOR_CONFIG, VECTOR_POOL, VECTOR_WITNESSES } from '../../src-main/testing/draw-fixtures';

const drawn = runDraw({
  pool: VECTOR_POOL,
  config: VECTOR_CONFIG,
  witnesses: VECTOR_WITNESSES,
  metadata: { place: '郑州', time: '2025-03-01T09:30:00+08:00', operator: '办公室', appVersion: '0.1.0' },
});
if (!drawn.ok) throw new Error(drawn.error.message.en);
const protocol = drawn.value;
/** A deep copy through JSON, as the record travels. */
const copy = (): DrawProtocol => JSON.parse(JSON.stringify(protocol));
const firstSelected = protocol.result.findIndex((r) => r.status === 'selected');

describe('verifyProtocol', () => {
  test('a fresh record verifies, also after a JSON round trip', () => {
    const r = verifyProtocol(copy());
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.status).toBe('VERIFIED');
    expect(r.value.selected.map((x) => x.id)).toEqual(['E004', 'E006', 'E007', 'E011']);
  });

  test.each<[string, (p: DrawProtocol) => void, string]>([
    ['a witness digit', (p) => (p.witnesses[1].digits = '9876543210013'), 'key'],
    ['a witness name', (p) => (p.witnesses[0].name = '张玮'), 'key'],
    ['a pool line (unit code)', (p) => (p.pool[2] = 'E003|U-ZZU|高校'), 'poolHash'],
    ['pool line order', (p) => ([p.pool[0], p.pool[1]] = [p.pool[1], p.pool[0]]), 'pool[0]'],
    ['a quota', (p) => (p.config.quotas['高校'] = 1), 'configHash'],
    ['the unit cap', (p) => (p.config.unitCap = 2), 'configHash'],
    ['the poolHash', (p) => (p.poolHash = p.poolHash.replace(/^./, (c) => (c === '0' ? '1' : '0'))), 'poolHash'],
    ['the key', (p) => (p.key = p.key + '0'), 'key'],
    ['the seed', (p) => (p.seed = '0'.repeat(64)), 'seed'],
    ['a selected id', (p) => (p.result[firstSelected].id = 'E003'), `result[${firstSelected}].id`],
    ['a status', (p) => (p.result[0].status = 'selected'), 'result[0].status'],
    ['a ticket', (p) => (p.result[4].ticket = '0.5'), 'result[4].ticket'],
    ['a dropped row', (p) => p.result.pop(), 'result.length'],
  ])('editing %s fails at the first mismatch', (_, edit, field) => {
    const p = copy();
    edit(p);
    const r = verifyProtocol(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('verify-mismatch');
    expect(r.error.details?.[0].path).toBe(field);
    expect(r.error.message.zh).toContain(field);
    expect(r.error.message.en).toContain(field);
  });

  test.each<[string, unknown, string]>([
    ['null', null, 'protocol-bad-shape'],
    ['a string', 'draw', 'protocol-bad-shape'],
    ['a missing seed', (() => { const p: Partial<DrawProtocol> = copy(); delete p.seed; return p; })(), 'protocol-bad-shape'],
    ['an unknown algorithm', { ...copy(), algorithm: 'HN-DRAW-2' }, 'protocol-unknown-algorithm'],
    ['a bad pool line', { ...copy(), pool: ['E001|U-ZZU'] }, 'verify-invalid'],
    ['too few witnesses', { ...copy(), witnesses: copy().witnesses.slice(0, 2) }, 'verify-invalid'],
    ['an invalid config', { ...copy(), config: { drawId: 'x' } }, 'verify-invalid'],
  ])('%s → %s, never a throw', (_, input, code) => {
    expect(verifyProtocol(input)).toMatchObject({ ok: false, error: { code } });
  });

  test('the call log is replayed; an impossible one is reported', () => {
    const one = appendCall(protocol, { at: '2025-03-01T10:00:00+08:00', caller: '办公室', expertId: 'E007', outcome: 'declined' });
    expect(one.ok).toBe(true);
    if (!one.ok) return;
    const v = verifyProtocol(JSON.parse(JSON.stringify(one.value.protocol)));
    expect(v.ok && v.value.panel.replacements.map((x) => x.replacementId)).toEqual(['E010']);

    const two = appendCall(one.value.protocol, { at: '2025-03-01T10:05:00+08:00', caller: '办公室', expertId: 'E011', outcome: 'declined' });
    expect(two).toMatchObject({ ok: false, error: { code: 'no-alternate-left' } });
    expect(appendCall(protocol, { at: 'yesterday', caller: '办公室', expertId: 'E007', outcome: 'declined' })).toMatchObject({
      ok: false,
      error: { code: 'call-invalid' },
    });

    const forged = { ...copy(), callLog: [...one.value.protocol.callLog, { at: '2025-03-01T10:05:00+08:00', caller: 'x', expertId: 'E011', outcome: 'declined' }] };
    expect(verifyProtocol(forged)).toMatchObject({ ok: false, error: { code: 'verify-invalid' } });
  });
});
