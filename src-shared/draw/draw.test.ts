import { describe, expect, test } from 'vitest';
import { prepareDraw, runDraw } from './index';
import { VECTOR_CONFIG, VECTOR_POOL, VECTOR_WITNESSES, witness } from '../../src-main/testing/draw-fixtures';

/** The vector published in docs/draw-spec.md §9: change both together, or neither. */
const VECTOR = {
  poolHash: 'a2d416c189a83490ced04b48a142833bd259f0deb57e64aac20df5eb721efdf7',
  configHash: '2b94080939971eb413bccb3383ef25a0e33e619527d4c853bcd7a3292f20dbf5',
  key:
    'HN-DRAW-1|2025-HN-STUDIO-01|a2d416c189a83490ced04b48a142833bd259f0deb57e64aac20df5eb721efdf7|' +
    '2b94080939971eb413bccb3383ef25a0e33e619527d4c853bcd7a3292f20dbf5|张伟=0123456789|李娜=9876543210012|王芳=3141592653',
  seed: '398d137516a027553aadec4491ed6f6ad84e17242c6ffae87d125fd4afca0ee7',
  walk: [
    'E005 skipped excluded-id',
    'E013 skipped no-quota',
    'E004 selected 1',
    'E006 selected 2',
    'E007 selected 1',
    'E008 skipped unit-cap',
    'E011 selected 2',
    'E001 alternate 1',
    'E010 alternate 1',
    'E009 skipped stratum-full',
    'E012 skipped excluded-unit',
    'E002 skipped stratum-full',
    'E003 skipped stratum-full',
  ],
  firstTicket: '0.03780000978458647528695551479735269788688997997463745410556808195311098725064',
};

describe('runDraw: our published vector', () => {
  const r = runDraw({ pool: VECTOR_POOL, config: VECTOR_CONFIG, witnesses: VECTOR_WITNESSES });

  test('hashes, key and seed', () => {
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.poolHash).toBe(VECTOR.poolHash);
    expect(r.value.configHash).toBe(VECTOR.configHash);
    expect(r.value.key).toBe(VECTOR.key);
    expect(r.value.seed).toBe(VECTOR.seed);
  });

  test('walk: every expert, its outcome, in ticket order', () => {
    if (!r.ok) throw new Error(r.error.message.en);
    expect(r.value.result.map((x) => `${x.id} ${x.status} ${x.order ?? x.reason}`)).toEqual(VECTOR.walk);
    expect(r.value.result[0].ticket).toBe(VECTOR.firstTicket);
    expect(r.value.result.filter((x) => x.status === 'selected').map((x) => x.id)).toEqual(['E004', 'E006', 'E007', 'E011']);
  });

  test('prepareDraw shows the same commitment before the witnesses write', () => {
    const p = prepareDraw({ pool: VECTOR_POOL, config: VECTOR_CONFIG });
    expect(p.ok && [p.value.poolHash, p.value.configHash]).toEqual([VECTOR.poolHash, VECTOR.configHash]);
    expect(p.ok && p.value.feasibility).toEqual([
      { stratum: '医院', needed: 3, guaranteed: 3, eligible: 5 },
      { stratum: '高校', needed: 3, guaranteed: 3, eligible: 5 },
    ]);
  });

  test('witness order is part of the seed', () => {
    const swapped = runDraw({ pool: VECTOR_POOL, config: VECTOR_CONFIG, witnesses: [...VECTOR_WITNESSES].reverse() });
    expect(swapped.ok && swapped.value.seed).not.toBe(VECTOR.seed);
  });
});

describe('runDraw: bad input is an error Result', () => {
  const base = { pool: VECTOR_POOL, config: VECTOR_CONFIG, witnesses: VECTOR_WITNESSES };

  test.each<[string, object, string]>([
    ['infeasible quotas', { config: { ...VECTOR_CONFIG, quotas: { 高校: 3, 医院: 2 } } }, 'draw-infeasible'],
    ['a stratum that is not in the pool', { config: { ...VECTOR_CONFIG, quotas: { ...VECTOR_CONFIG.quotas, 体育: 1 } } }, 'draw-infeasible'],
    ['mismatched witness entries', { witnesses: [{ name: '张伟', first: '0123456789', second: '0123456798' }, ...VECTOR_WITNESSES.slice(1)] }, 'witness-mismatch'],
    ['non-digit witness entries', { witnesses: [witness('张伟', '0123456789x'), ...VECTOR_WITNESSES.slice(1)] }, 'witness-not-digits'],
    ['too short witness entries', { witnesses: [witness('张伟', '123'), ...VECTOR_WITNESSES.slice(1)] }, 'witness-too-short'],
    ['fewer than 3 witnesses', { witnesses: VECTOR_WITNESSES.slice(0, 2) }, 'too-few-witnesses'],
    ['duplicate expert ids', { pool: [...VECTOR_POOL, { id: 'E001', unitCode: 'U-X', stratum: '高校' }] }, 'pool-duplicate-id'],
    ['a malformed config', { config: { ...VECTOR_CONFIG, unitCap: '1' } }, 'config-invalid'],
  ])('%s → %s', (_, change, code) => {
    expect(runDraw({ ...base, ...change })).toMatchObject({ ok: false, error: { code } });
  });

  test('the infeasibility message names each short stratum and the shortfall', () => {
    const r = runDraw({ ...base, config: { ...VECTOR_CONFIG, quotas: { 高校: 4, 医院: 3 } } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.message.zh).toBe('专家人数不足，无法保证抽满：医院 缺 1 人；高校 缺 2 人');
    expect(r.error.message.en).toBe('Not enough eligible experts to guarantee a full draw: 医院 lacks 1; 高校 lacks 2');
  });
});
