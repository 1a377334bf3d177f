import { describe, expect, test } from 'vitest';
import { buildPoolSnapshot, parsePoolLines, poolSnapshotText } from './pool-snapshot';
import { sha256Hex } from './hash';

const e = (id: string, unitCode = 'U1', stratum = 'S') => ({ id, unitCode, stratum });

describe('pool snapshot', () => {
  test('lines sorted by UTF-8 bytes, not UTF-16 code units', () => {
    // U+FF21 (EF BC A1) sorts before U+1F600 (F0 9F 98 80) in UTF-8, after it in UTF-16 ("\uD83D" < "\uFF21").
    const r = buildPoolSnapshot([e('😀'), e('Ａ'), e('B'), e('a')]);
    expect(r.ok && r.value.lines.map((l) => l.split('|')[0])).toEqual(['B', 'a', 'Ａ', '😀']);
  });

  test('poolHash is SHA-256 of the lines each followed by \\n', () => {
    const r = buildPoolSnapshot([e('E2', 'U2', '医院'), e('E1', 'U1', '高校')]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lines).toEqual(['E1|U1|高校', 'E2|U2|医院']);
    expect(poolSnapshotText(r.value.lines)).toBe('E1|U1|高校\nE2|U2|医院\n');
    expect(r.value.poolHash).toBe(sha256Hex('E1|U1|高校\nE2|U2|医院\n'));
  });

  test('fields are NFC-normalized and trimmed', () => {
    const r = buildPoolSnapshot([e(' e\u0301 ', ' U1\u3000', '高校 ')]);
    expect(r.ok && r.value.lines).toEqual(['\u00e9|U1|高校']);
  });

  test('duplicate ids (also after normalization) are an error', () => {
    expect(buildPoolSnapshot([e('E1'), e('E1 ')])).toMatchObject({ ok: false, error: { code: 'pool-duplicate-id' } });
    expect(buildPoolSnapshot([e('\u00e9'), e('e\u0301')])).toMatchObject({ ok: false, error: { code: 'pool-duplicate-id' } });
  });

  test.each([
    ['pipe in id', e('E|1')],
    ['newline in unit', e('E1', 'U\n1')],
    ['tab in stratum', e('E1', 'U1', 'S\t1')],
    ['empty id', e('  ')],
  ])('%s is an error', (_, entry) => {
    expect(buildPoolSnapshot([entry])).toMatchObject({ ok: false, error: { code: 'pool-bad-field' } });
  });

  test('empty pool is an error', () => {
    expect(buildPoolSnapshot([])).toMatchObject({ ok: false, error: { code: 'pool-empty' } });
  });

  test('printed lines parse back', () => {
    expect(parsePoolLines(['E1|U1|S'])).toEqual({ ok: true, value: [e('E1', 'U1', 'S')] });
    expect(parsePoolLines(['E1|U1'])).toMatchObject({ ok: false, error: { code: 'pool-bad-line' } });
  });
});
