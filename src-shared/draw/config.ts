import { z } from 'zod';
import { canonicalJson } from '../canonical-json';
import { err, ok, type ErrorDetail, type Result } from '../result';
import { compareUtf8, CONTROL_CHARS, normalizeText, sha256Hex } from './hash';
import { zodProblems } from '../zod-problems';

const count = z.number().int().min(0).max(100_000);

/** What the operator types in; {@link parseDrawConfig} turns it into the normalized form that is hashed. */
export const drawConfigInputSchema = z.strictObject({
  drawId: z.string(),
  /** Optional human title, printed on the record and covered by configHash. */
  title: z.string().max(200).optional(),
  /** stratum → seats to fill. */
  quotas: z.record(z.string(), count),
  /** stratum → ordered standby experts after the seats are filled. */
  alternates: z.record(z.string(), count).default({}),
  /** At most this many *selected* experts per unit code, all strata together. */
  unitCap: z.number().int().min(1).max(100_000),
  excludedUnitCodes: z.array(z.string()).default([]),
  excludedIds: z.array(z.string()).default([]),
  /** Why a unit or an expert is excluded (回避原因); optional per entry, keys must be in the lists above. */
  exclusionReasons: z
    .strictObject({
      units: z.record(z.string(), z.string().max(200)).default({}),
      ids: z.record(z.string(), z.string().max(200)).default({}),
    })
    .default({ units: {}, ids: {} }),
});

export interface DrawConfig {
  drawId: string;
  title?: string;
  quotas: Record<string, number>;
  alternates: Record<string, number>;
  unitCap: number;
  excludedUnitCodes: string[];
  excludedIds: string[];
  exclusionReasons: { units: Record<string, string>; ids: Record<string, string> };
}

/** Own-property lookup: a stratum called `constructor` must not find Object.prototype.constructor. */
export function countFor(record: Record<string, number>, key: string): number {
  return Object.hasOwn(record, key) ? record[key] : 0;
}

function detail(path: string, zh: string, en: string): ErrorDetail {
  return { path, message: { zh, en } };
}

/** A name that ends up in a `|`-separated line or key: no `|`, no control characters, not empty. */
function cleanName(raw: string, path: string, problems: ErrorDetail[]): string {
  const v = normalizeText(raw);
  if (!v || v.includes('|') || CONTROL_CHARS.test(v)) {
    problems.push(detail(path, `为空或含有“|”、换行等字符`, `is empty or contains "|" or a control character`));
  }
  return v;
}

function cleanRecord<T>(
  rec: Record<string, T>,
  path: string,
  problems: ErrorDetail[],
  value: (v: T, p: string) => T,
): Record<string, T> {
  const out = new Map<string, T>();
  for (const [k, v] of Object.entries(rec)) {
    const key = cleanName(k, `${path}.${k}`, problems);
    if (out.has(key)) {
      problems.push(detail(`${path}.${k}`, `规范化后与另一项重名：${key}`, `duplicates another key after normalization: ${key}`));
    }
    out.set(key, value(v, `${path}.${k}`));
  }
  return Object.fromEntries([...out].sort(([a], [b]) => compareUtf8(a, b)));
}

/** Sorted and de-duplicated, so the configuration hash does not depend on the order things were ticked. */
function cleanList(list: string[], path: string, problems: ErrorDetail[]): string[] {
  const out = list.map((s, i) => cleanName(s, `${path}[${i}]`, problems));
  return [...new Set(out)].sort(compareUtf8);
}

/** Validates and normalizes a draw configuration (NFC, trimmed, sorted lists): the form that configHash covers. */
export function parseDrawConfig(input: unknown): Result<DrawConfig> {
  const parsed = drawConfigInputSchema.safeParse(input);
  if (!parsed.success) {
    return err('config-invalid', '抽取配置无效', 'Invalid draw configuration', zodProblems(drawConfigInputSchema, input));
  }
  const c = parsed.data;
  const problems: ErrorDetail[] = [];
  const drawId = cleanName(c.drawId, 'drawId', problems);
  if (drawId.length > 100) problems.push(detail('drawId', '超过 100 个字符', 'is longer than 100 characters'));
  const reasonText = (v: string, p: string) => {
    const t = normalizeText(v);
    if (CONTROL_CHARS.test(t)) problems.push(detail(p, '含有换行等控制字符', 'contains a control character'));
    return t;
  };
  const config: DrawConfig = {
    drawId,
    ...(c.title !== undefined ? { title: reasonText(c.title, 'title') } : {}),
    quotas: cleanRecord(c.quotas, 'quotas', problems, (v) => v),
    alternates: cleanRecord(c.alternates, 'alternates', problems, (v) => v),
    unitCap: c.unitCap,
    excludedUnitCodes: cleanList(c.excludedUnitCodes, 'excludedUnitCodes', problems),
    excludedIds: cleanList(c.excludedIds, 'excludedIds', problems),
    exclusionReasons: {
      units: cleanRecord(c.exclusionReasons.units, 'exclusionReasons.units', problems, reasonText),
      ids: cleanRecord(c.exclusionReasons.ids, 'exclusionReasons.ids', problems, reasonText),
    },
  };
  for (const k of Object.keys(config.exclusionReasons.units)) {
    if (!config.excludedUnitCodes.includes(k)) {
      problems.push(detail(`exclusionReasons.units.${k}`, '该单位不在回避单位名单中', 'unit is not in excludedUnitCodes'));
    }
  }
  for (const k of Object.keys(config.exclusionReasons.ids)) {
    if (!config.excludedIds.includes(k)) {
      problems.push(detail(`exclusionReasons.ids.${k}`, '该专家不在回避专家名单中', 'expert is not in excludedIds'));
    }
  }
  if (problems.length) return err('config-invalid', '抽取配置无效', 'Invalid draw configuration', problems);
  if (Object.values(config.quotas).every((n) => n === 0)) {
    return err('config-no-seats', '抽取配置没有任何席位', 'The draw configuration has no seats to fill');
  }
  return ok(config);
}

/** SHA-256 hex of the RFC 8785 canonical JSON of the normalized configuration. */
export function configHash(config: DrawConfig): string {
  return sha256Hex(canonicalJson(config));
}
