import { canonicalJson } from '../canonical-json';
import type { Message, MismatchCause } from '../result';
import { firstDifference } from '../text/align';
import { countFor, type DrawConfig } from './config';

/**
 * Words for the fields of a draw record, and the search for the field that explains a difference, for the
 * verifier's `verify-mismatch` (§9 of docs/draw-spec.md): "the seed key does not recompute" is true but useless;
 * "the second witness's digits are 0876543210 in the witness list and 9876543210 in the key" is what a clerk
 * can act on.
 */

/** What the labels may look into: the record as read, before any value is trusted. */
export interface RecordForLabels {
  pool: readonly string[];
  witnesses: readonly { name: string; digits: string }[];
  result: readonly { rank: number; id: string; unitCode: string; stratum: string; status: string; order?: number; reason?: string }[];
}

const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
const ordinal = (i: number) => ORDINALS[i] ?? `#${i + 1}`;

const ROW_FIELD_WORDS: Record<string, Message> = {
  rank: { zh: '名次', en: 'rank' },
  ticket: { zh: '签号', en: 'ticket' },
  id: { zh: '专家编号', en: 'expert id' },
  unitCode: { zh: '单位代码', en: 'unit code' },
  stratum: { zh: '类别', en: 'stratum' },
  status: { zh: '结果', en: 'outcome' },
  order: { zh: '席位或候补序号', en: 'seat or standby number' },
  reason: { zh: '跳过原因', en: 'skip reason' },
};

const CONFIG_WORDS: Record<string, Message> = {
  drawId: { zh: '抽取编号', en: 'draw id' },
  title: { zh: '抽取标题', en: 'title' },
  quotas: { zh: '名额', en: 'seats' },
  alternates: { zh: '候补人数', en: 'standby places' },
  unitCap: { zh: '单位上限', en: 'unit cap' },
  excludedUnitCodes: { zh: '回避单位名单', en: 'list of excluded units' },
  excludedIds: { zh: '回避专家名单', en: 'list of excluded experts' },
  exclusionReasons: { zh: '回避原因', en: 'exclusion reasons' },
};

/** The field in words, Chinese and English, e.g. `witnesses[1].digits` → 第 2 位见证人（李娜）的数字. */
export function fieldLabel(path: string, p?: RecordForLabels): Message {
  let m: RegExpMatchArray | null;
  if (path === 'pool') return { zh: '专家库快照', en: 'pool snapshot' };
  if (path === 'pool.length') return { zh: '专家库快照的行数', en: 'number of pool snapshot lines' };
  if ((m = path.match(/^pool\[(\d+)\]$/))) {
    const i = Number(m[1]);
    const id = p?.pool[i]?.split('|')[0];
    return { zh: `专家库快照第 ${i + 1} 行${id ? `（${id}）` : ''}`, en: `pool snapshot line ${i + 1}${id ? ` (${id})` : ''}` };
  }
  if (path === 'poolHash') return { zh: '专家库指纹', en: 'pool fingerprint' };
  if (path === 'configHash') return { zh: '抽取配置指纹', en: 'configuration fingerprint' };
  if (path === 'config') return { zh: '抽取配置', en: 'draw configuration' };
  if ((m = path.match(/^config\.(quotas|alternates)\.(.+)$/))) {
    return m[1] === 'quotas'
      ? { zh: `类别“${m[2]}”的名额`, en: `seats of stratum "${m[2]}"` }
      : { zh: `类别“${m[2]}”的候补人数`, en: `standby places of stratum "${m[2]}"` };
  }
  if ((m = path.match(/^config\.(\w+)(.*)$/))) {
    const word = CONFIG_WORDS[m[1]];
    if (word) return m[2] ? { zh: `抽取配置的${word.zh}（${m[2].replace(/^\./, '')}）`, en: `${word.en} (${m[2].replace(/^\./, '')}) of the configuration` } : { zh: `抽取配置的${word.zh}`, en: `${word.en} of the configuration` };
  }
  if (path === 'algorithm') return { zh: '算法名称', en: 'algorithm name' };
  if (path === 'witnesses' || path === 'witnesses.length') return { zh: '见证人人数', en: 'number of witnesses' };
  if ((m = path.match(/^witnesses\[(\d+)\]\.(name|digits)$/))) {
    const i = Number(m[1]);
    const name = p?.witnesses[i]?.name;
    return m[2] === 'name'
      ? { zh: `第 ${i + 1} 位见证人的姓名`, en: `the ${ordinal(i)} witness's name` }
      : { zh: `第 ${i + 1} 位见证人${name ? `（${name}）` : ''}的数字`, en: `the ${ordinal(i)} witness's${name ? ` (${name})` : ''} digits` };
  }
  if (path === 'key') return { zh: '种子原文', en: 'seed key' };
  if (path === 'seed') return { zh: '随机种子', en: 'seed' };
  if (path === 'result.length') return { zh: '抽取结果的行数', en: 'number of result rows' };
  if ((m = path.match(/^result\[(\d+)\]\.(\w+)$/))) {
    const i = Number(m[1]);
    const id = p?.result[i]?.id;
    const word = ROW_FIELD_WORDS[m[2]] ?? { zh: m[2], en: m[2] };
    return { zh: `抽取结果第 ${i + 1} 行${id ? `（${id}）` : ''}的${word.zh}`, en: `the ${word.en} of result row ${i + 1}${id ? ` (${id})` : ''}` };
  }
  if (path === 'callLog') return { zh: '通知记录', en: 'call log' };
  return { zh: path, en: path };
}

/** A value as shown in full: strings as they are, anything else as canonical JSON; null when absent. */
export function valueText(v: unknown): string | null {
  if (v === undefined) return null;
  if (typeof v === 'string') return v;
  try {
    return canonicalJson(v);
  } catch {
    return String(v);
  }
}

/** Both values cut to the same window around their first difference, for one-line messages (CLI, logs). */
export function excerptPair(a: string | null, b: string | null, none: string): [string, string] {
  if (a === null || b === null) return [a ?? none, b ?? none];
  const x = Array.from(a);
  const y = Array.from(b);
  if (x.length <= 72 && y.length <= 72) return [a, b];
  const k = Math.max(0, firstDifference(a, b));
  const start = Math.max(0, k - 16);
  const cut = (s: string[]) => `${start > 0 ? '…' : ''}${s.slice(start, start + 48).join('')}${start + 48 < s.length ? '…' : ''}`;
  return [cut(x), cut(y)];
}

const KEY_SEGMENTS = ['algorithm', 'config.drawId', 'poolHash', 'configHash'] as const;
const IN_KEY: Message = { zh: '种子原文中', en: 'in the seed key' };

/**
 * The seed key that does not recompute, explained by the first of its parts (drawId, the two fingerprints, each
 * witness's name and digits) that differs from the record's own fields.
 */
export function keyCause(recordedKey: string, recomputedKey: string, p: RecordForLabels & { config: { drawId: string }; poolHash: string; configHash: string }): MismatchCause | undefined {
  const got = recordedKey.split('|');
  const want = recomputedKey.split('|');
  for (let j = 0; j < Math.max(got.length, want.length); j++) {
    if (got[j] === want[j]) continue;
    if (j < KEY_SEGMENTS.length) {
      const path = KEY_SEGMENTS[j];
      return { path, label: fieldLabel(path, p), value: want[j], other: got[j] ?? '', against: IN_KEY };
    }
    const i = j - KEY_SEGMENTS.length;
    const w = p.witnesses[i];
    if (!w || got[j] === undefined) {
      return { path: 'witnesses.length', label: fieldLabel('witnesses'), value: String(p.witnesses.length), other: String(Math.max(0, got.length - KEY_SEGMENTS.length)), against: IN_KEY };
    }
    const eq = got[j].indexOf('=');
    const [name, digits] = eq < 0 ? [got[j], ''] : [got[j].slice(0, eq), got[j].slice(eq + 1)];
    const path = name !== w.name ? `witnesses[${i}].name` : `witnesses[${i}].digits`;
    return name !== w.name
      ? { path, label: fieldLabel(path, p), value: w.name, other: name, against: IN_KEY }
      : { path, label: fieldLabel(path, p), value: w.digits, other: digits, against: IN_KEY };
  }
  return undefined;
}

/** A pool fingerprint that does not recompute, explained by a snapshot line that the result rows contradict. */
export function poolHashCause(p: RecordForLabels): MismatchCause | undefined {
  const fromResult = new Map(p.result.map((r) => [r.id, `${r.id}|${r.unitCode}|${r.stratum}`]));
  const against = { zh: '抽取结果中该专家为', en: 'the result rows give' };
  for (let i = 0; i < p.pool.length; i++) {
    const line = fromResult.get(p.pool[i].split('|')[0]) ?? '';
    if (line !== p.pool[i]) return { path: `pool[${i}]`, label: fieldLabel(`pool[${i}]`, p), value: p.pool[i], other: line, against };
  }
  if (p.pool.length !== p.result.length) {
    return { path: 'pool.length', label: fieldLabel('pool.length'), value: String(p.pool.length), other: String(p.result.length), against: { zh: '抽取结果的行数', en: 'the number of result rows' } };
  }
  return undefined;
}

/**
 * A configuration fingerprint that does not recompute, explained where the result rows (made with the original
 * configuration) contradict it: the draw id in the key, seats and standby places per stratum, the excluded
 * experts and units, the unit cap.
 */
export function configHashCause(config: DrawConfig, p: RecordForLabels & { key: string }): MismatchCause | undefined {
  const drawIdInKey = p.key.split('|')[1];
  if (drawIdInKey !== undefined && drawIdInKey !== config.drawId) {
    return { path: 'config.drawId', label: fieldLabel('config.drawId'), value: config.drawId, other: drawIdInKey, against: IN_KEY };
  }
  const strata = [...new Set([...Object.keys(config.quotas), ...Object.keys(config.alternates), ...p.result.map((r) => r.stratum)])];
  for (const [field, status, zh, en] of [
    ['quotas', 'selected', '抽取结果中的入选人数', 'the number selected in the result'],
    ['alternates', 'alternate', '抽取结果中的候补人数', 'the number of alternates in the result'],
  ] as const) {
    for (const s of strata) {
      const n = p.result.filter((r) => r.stratum === s && r.status === status).length;
      const want = countFor(config[field], s);
      if (n !== want) return { path: `config.${field}.${s}`, label: fieldLabel(`config.${field}.${s}`), value: String(want), other: String(n), against: { zh, en } };
    }
  }
  const list = (xs: Iterable<string>) => [...new Set(xs)].sort().join(', ');
  const excludedIds = new Set(config.excludedIds);
  const ids = [list(p.result.filter((r) => excludedIds.has(r.id)).map((r) => r.id)), list(p.result.filter((r) => r.reason === 'excluded-id').map((r) => r.id))];
  if (ids[0] !== ids[1]) {
    return { path: 'config.excludedIds', label: fieldLabel('config.excludedIds'), value: ids[0], other: ids[1], against: { zh: '抽取结果中按回避专家跳过的', en: 'the experts the result skips as excluded' } };
  }
  const excludedUnits = new Set(config.excludedUnitCodes);
  const units = [
    list(p.result.filter((r) => !excludedIds.has(r.id) && excludedUnits.has(r.unitCode)).map((r) => r.unitCode)),
    list(p.result.filter((r) => r.reason === 'excluded-unit').map((r) => r.unitCode)),
  ];
  if (units[0] !== units[1]) {
    return { path: 'config.excludedUnitCodes', label: fieldLabel('config.excludedUnitCodes'), value: units[0], other: units[1], against: { zh: '抽取结果中按回避单位跳过的', en: 'the units the result skips as excluded' } };
  }
  const seated = new Map<string, number>();
  for (const r of p.result) {
    const n = seated.get(r.unitCode) ?? 0;
    const wrong = (r.status === 'selected' && n >= config.unitCap) || (r.reason === 'unit-cap' && n < config.unitCap);
    if (wrong) {
      const against =
        r.status === 'selected'
          ? { zh: `抽取结果第 ${r.rank} 行（${r.id}）入选时该单位已入选的人数`, en: `selected from the unit when result row ${r.rank} (${r.id}) was selected` }
          : { zh: `抽取结果第 ${r.rank} 行（${r.id}）因单位上限跳过时该单位已入选的人数`, en: `selected from the unit when result row ${r.rank} (${r.id}) was skipped for the unit cap` };
      return { path: 'config.unitCap', label: fieldLabel('config.unitCap'), value: String(config.unitCap), other: String(n), against };
    }
    if (r.status === 'selected') seated.set(r.unitCode, n + 1);
  }
  return undefined;
}

/** The first path where two JSON values differ, e.g. `config.excludedIds[3]`. */
export function firstDifferentPath(a: unknown, b: unknown, path: string): { path: string; a: unknown; b: unknown } | undefined {
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      const d = firstDifferentPath(a[i], b[i], `${path}[${i}]`);
      if (d) return d;
    }
    return undefined;
  }
  const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  if (isObj(a) && isObj(b)) {
    for (const k of [...new Set([...Object.keys(a), ...Object.keys(b)])]) {
      const d = firstDifferentPath(a[k], b[k], `${path}.${k}`);
      if (d) return d;
    }
    return undefined;
  }
  return valueText(a) === valueText(b) ? undefined : { path, a, b };
}
