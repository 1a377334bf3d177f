import { describe, expect, test } from 'vitest';
import { canonicalJson } from '../canonical-json';
import { configHash, parseDrawConfig } from './config';
import { sha256Hex } from './hash';
import { VECTOR_CONFIG } from '../../src-main/testing/draw-fixtures';

describe('draw configuration', () => {
  test('defaults are filled in and the hash covers the canonical JSON', () => {
    const r = parseDrawConfig({ drawId: 'D1', quotas: { 高校: 2 }, unitCap: 1 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toEqual({
      drawId: 'D1',
      quotas: { 高校: 2 },
      alternates: {},
      unitCap: 1,
      excludedUnitCodes: [],
      excludedIds: [],
      exclusionReasons: { units: {}, ids: {} },
    });
    expect(configHash(r.value)).toBe(sha256Hex(canonicalJson(r.value)));
  });

  test('list order and whitespace do not change the hash', () => {
    const a = parseDrawConfig({ ...VECTOR_CONFIG, excludedIds: ['E005', 'E001'] });
    const b = parseDrawConfig({ ...VECTOR_CONFIG, drawId: ` ${VECTOR_CONFIG.drawId} `, excludedIds: ['E001 ', 'E005', 'E001'] });
    expect(a.ok && b.ok && configHash(a.value) === configHash(b.value)).toBe(true);
  });

  test('a changed quota changes the hash', () => {
    const a = parseDrawConfig(VECTOR_CONFIG);
    const b = parseDrawConfig({ ...VECTOR_CONFIG, quotas: { 高校: 3, 医院: 2 } });
    expect(a.ok && b.ok && configHash(a.value) !== configHash(b.value)).toBe(true);
  });

  test.each([
    ['missing unitCap', { drawId: 'D', quotas: { A: 1 } }],
    ['unitCap 0', { drawId: 'D', quotas: { A: 1 }, unitCap: 0 }],
    ['negative quota', { drawId: 'D', quotas: { A: -1 }, unitCap: 1 }],
    ['fractional quota', { drawId: 'D', quotas: { A: 1.5 }, unitCap: 1 }],
    ['unknown key (typo)', { drawId: 'D', quotas: { A: 1 }, unitcap: 1, unitCap: 1 }],
    ['pipe in drawId', { drawId: 'D|1', quotas: { A: 1 }, unitCap: 1 }],
    ['strata equal after normalization', { drawId: 'D', quotas: { A: 1, ' A': 2 }, unitCap: 1 }],
    ['reason for a unit that is not excluded', { drawId: 'D', quotas: { A: 1 }, unitCap: 1, exclusionReasons: { units: { U9: 'x' } } }],
  ])('%s → config-invalid', (_, input) => {
    expect(parseDrawConfig(input)).toMatchObject({ ok: false, error: { code: 'config-invalid' } });
  });

  test('no seats at all is an error', () => {
    expect(parseDrawConfig({ drawId: 'D', quotas: { A: 0 }, alternates: { A: 2 }, unitCap: 1 })).toMatchObject({
      ok: false,
      error: { code: 'config-no-seats' },
    });
  });

  test('not an object → error, never a throw', () => {
    expect(parseDrawConfig(null).ok).toBe(false);
    expect(parseDrawConfig('x').ok).toBe(false);
  });
});
