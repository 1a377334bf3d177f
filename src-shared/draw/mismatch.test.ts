import { describe, expect, test } from 'vitest';
import type { ValueMismatch } from '../result';
import { runDraw, verifyProtocol, type DrawProtocol } from './index';
import { VECTOR_CONFIG, VECTOR_POOL, VECTOR_WITNESSES } from '../../src-main/testing/draw-fixtures';

const drawn = runDraw({ pool: VECTOR_POOL, config: VECTOR_CONFIG, witnesses: VECTOR_WITNESSES });
if (!drawn.ok) throw new Error(drawn.error.message.en);
const copy = (): DrawProtocol => JSON.parse(JSON.stringify(drawn.value));

function mismatchOf(edit: (p: DrawProtocol) => void): { path: string; m: ValueMismatch; zh: string; en: string } {
  const p = copy();
  edit(p);
  const r = verifyProtocol(p);
  if (r.ok) throw new Error('expected a mismatch');
  expect(r.error.code).toBe('verify-mismatch');
  const d = r.error.details![0];
  return { path: d.path!, m: d.mismatch!, zh: r.error.message.zh, en: r.error.message.en };
}

describe('a verify mismatch names the field and carries both values in full', () => {
  test("an edited witness digit: the key differs, explained by the second witness's digits", () => {
    const { path, m, zh, en } = mismatchOf((p) => (p.witnesses[1].digits = '9876543210013'));
    expect(path).toBe('key');
    expect(m.label).toEqual({ zh: '种子原文', en: 'seed key' });
    // In full, not cut at 80 characters: the key is longer and both values are the whole keys.
    expect(m.recorded).toBe(drawn.value.key);
    expect(m.recomputed).toBe(drawn.value.key.replace('李娜=9876543210012', '李娜=9876543210013'));
    expect(m.recorded!.length).toBeGreaterThan(150);
    expect(m.cause).toEqual({
      path: 'witnesses[1].digits',
      label: { zh: '第 2 位见证人（李娜）的数字', en: "the second witness's (李娜) digits" },
      value: '9876543210013',
      other: '9876543210012',
      against: { zh: '种子原文中', en: 'in the seed key' },
    });
    expect(zh).toContain('第 2 位见证人（李娜）的数字');
    expect(en).toContain("the second witness's (李娜) digits");
    // The one-line message shows both values around the difference, not two identical beginnings.
    expect(zh).toContain('李娜=9876543210012');
    expect(zh).toContain('李娜=9876543210013');
  });

  test("an edited witness name is explained by that witness's name", () => {
    expect(mismatchOf((p) => (p.witnesses[0].name = '张玮')).m.cause).toMatchObject({ path: 'witnesses[0].name', value: '张玮', other: '张伟' });
  });

  test('an edited pool line: the pool fingerprint differs, explained by the line the result rows contradict', () => {
    const { path, m } = mismatchOf((p) => (p.pool[2] = 'E003|U-ZZU|高校'));
    expect(path).toBe('poolHash');
    expect(m.recorded).toBe(drawn.value.poolHash);
    expect(m.recomputed).toHaveLength(64);
    expect(m.cause).toMatchObject({ path: 'pool[2]', label: { zh: '专家库快照第 3 行（E003）' }, value: 'E003|U-ZZU|高校', other: 'E003|U-HNU|高校' });
  });

  test('an edited fingerprint with an intact snapshot has no other field to blame', () => {
    const { path, m } = mismatchOf((p) => (p.poolHash = p.poolHash.replace(/^./, (c) => (c === '0' ? '1' : '0'))));
    expect(path).toBe('poolHash');
    expect(m.cause).toBeUndefined();
  });

  test.each<[string, (p: DrawProtocol) => void, { path: string; value: string; other: string }]>([
    ['a quota', (p) => (p.config.quotas['高校'] = 1), { path: 'config.quotas.高校', value: '1', other: '2' }],
    ['a standby count', (p) => (p.config.alternates['医院'] = 2), { path: 'config.alternates.医院', value: '2', other: '1' }],
    ['the unit cap', (p) => (p.config.unitCap = 2), { path: 'config.unitCap', value: '2', other: '1' }],
    ['the excluded experts', (p) => (p.config.excludedIds = ['E003', 'E005']), { path: 'config.excludedIds', value: 'E003, E005', other: 'E005' }],
    ['the draw id', (p) => (p.config.drawId = '2025-HN-STUDIO-02'), { path: 'config.drawId', value: '2025-HN-STUDIO-02', other: '2025-HN-STUDIO-01' }],
  ])('an edited configuration (%s) is explained by the field the result contradicts', (_, edit, cause) => {
    const { path, m } = mismatchOf(edit);
    expect(path).toBe('configHash');
    expect(m.cause).toMatchObject(cause);
  });

  test('a configuration not in normal form names the first differing entry', () => {
    const { path, m } = mismatchOf((p) => (p.config.excludedIds = ['E005', 'E001']));
    expect(path).toBe('config');
    expect(m.cause).toMatchObject({ path: 'config.excludedIds[0]', value: 'E005', other: 'E001' });
  });

  test('an edited seed and an edited result row are named with both full values', () => {
    const seed = mismatchOf((p) => (p.seed = '0'.repeat(64)));
    expect(seed).toMatchObject({ path: 'seed', m: { label: { zh: '随机种子', en: 'seed' }, recorded: '0'.repeat(64), recomputed: drawn.value.seed } });
    expect(seed.m.cause).toBeUndefined();
    const i = drawn.value.result.findIndex((r) => r.status === 'selected');
    const row = mismatchOf((p) => (p.result[i].id = 'E003'));
    expect(row).toMatchObject({ path: `result[${i}].id`, m: { recorded: 'E003', recomputed: drawn.value.result[i].id } });
    expect(row.m.label.zh).toBe(`抽取结果第 ${i + 1} 行（E003）的专家编号`);
    const ticket = mismatchOf((p) => (p.result[4].ticket = '0.5'));
    expect(ticket.m).toMatchObject({ recorded: '0.5', recomputed: drawn.value.result[4].ticket });
  });
});
