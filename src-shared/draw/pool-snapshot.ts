import { err, ok, type ErrorDetail, type Result } from '../result';
import { compareUtf8, CONTROL_CHARS, normalizeText, sha256Hex } from './hash';

/** One expert as the draw sees it: nothing else about the person influences the outcome. */
export interface PoolEntry {
  id: string;
  unitCode: string;
  stratum: string;
}

export interface PoolSnapshot {
  /** Normalized entries in snapshot order (id, UTF-8 byte order). */
  entries: PoolEntry[];
  /** `id|unit_code|stratum`, without the trailing `\n` (the protocol stores these). */
  lines: string[];
  /** SHA-256 hex of the lines, each followed by `\n`. */
  poolHash: string;
}

const FIELDS = ['id', 'unitCode', 'stratum'] as const;
const FIELD_ZH: Record<(typeof FIELDS)[number], string> = { id: '编号', unitCode: '单位代码', stratum: '类别' };

/** The exact bytes that poolHash covers; also what a third party rebuilds from the printed lines. */
export function poolSnapshotText(lines: readonly string[]): string {
  return lines.map((l) => `${l}\n`).join('');
}

/**
 * Builds the canonical pool snapshot. Every field is NFC + trimmed; a field may not be empty nor contain `|` or a
 * control character, because either would make two different pools print (or hash) the same way.
 */
export function buildPoolSnapshot(pool: readonly PoolEntry[]): Result<PoolSnapshot> {
  const problems: ErrorDetail[] = [];
  const entries: PoolEntry[] = [];
  pool.forEach((raw, i) => {
    const e = {} as PoolEntry;
    for (const f of FIELDS) {
      const value = typeof raw?.[f] === 'string' ? normalizeText(raw[f]) : '';
      if (!value || value.includes('|') || CONTROL_CHARS.test(value)) {
        problems.push({
          path: `pool[${i}].${f}`,
          message: {
            zh: `第 ${i + 1} 位专家的${FIELD_ZH[f]}为空或含有“|”、换行等字符`,
            en: `expert #${i + 1}: ${f} is empty or contains "|" or a line break/control character`,
          },
        });
      }
      e[f] = value;
    }
    entries.push(e);
  });
  if (problems.length) {
    return err('pool-bad-field', '专家库快照中有无效字段', 'The pool snapshot has invalid fields', problems);
  }
  if (entries.length === 0) return err('pool-empty', '专家库为空', 'The expert pool is empty');

  entries.sort((a, b) => compareUtf8(a.id, b.id));
  const dupes = entries.filter((e, i) => i > 0 && entries[i - 1].id === e.id).map((e) => e.id);
  if (dupes.length) {
    const list = [...new Set(dupes)].join('、');
    return err('pool-duplicate-id', `专家编号重复：${list}`, `Duplicate expert ids: ${list}`);
  }
  const lines = entries.map((e) => `${e.id}|${e.unitCode}|${e.stratum}`);
  return ok({ entries, lines, poolHash: sha256Hex(poolSnapshotText(lines)) });
}

/** Reads printed snapshot lines back into entries (the verifier's way in); the lines are then rebuilt and compared. */
export function parsePoolLines(lines: readonly string[]): Result<PoolEntry[]> {
  const entries: PoolEntry[] = [];
  for (let i = 0; i < lines.length; i++) {
    const parts = lines[i].split('|');
    if (parts.length !== 3) {
      return err(
        'pool-bad-line',
        `专家库快照第 ${i + 1} 行应为“编号|单位代码|类别”`,
        `Pool snapshot line ${i + 1} must be "id|unit_code|stratum"`,
        [{ path: `pool[${i}]`, message: { zh: '字段数不是 3', en: 'not exactly 3 fields' } }],
      );
    }
    entries.push({ id: parts[0], unitCode: parts[1], stratum: parts[2] });
  }
  return ok(entries);
}
