import { createHash } from 'node:crypto';
import { err, ok, type Result } from '../result';

/** One public random source (e.g. a lottery draw): a single value or several, as decimal strings or numbers. */
export type Rfc3797Source = string | number | readonly (string | number)[];

interface Dec {
  int: string;
  frac: string;
}

/** Non-negative decimals only: lottery numbers and index values; a sign or exponent would be ambiguous on paper. */
function parseDecimal(v: string | number): Dec | undefined {
  const s = typeof v === 'number' ? (Number.isFinite(v) ? String(v) : '') : v.trim();
  const m = /^([0-9]+)(?:\.([0-9]+))?$/.exec(s);
  if (!m) return undefined;
  return { int: m[1].replace(/^0+(?=.)/, ''), frac: (m[2] ?? '').replace(/0+$/, '') };
}

function compareDec(a: Dec, b: Dec): number {
  if (a.int.length !== b.int.length) return a.int.length - b.int.length;
  if (a.int !== b.int) return a.int < b.int ? -1 : 1;
  const len = Math.max(a.frac.length, b.frac.length);
  const fa = a.frac.padEnd(len, '0');
  const fb = b.frac.padEnd(len, '0');
  return fa < fb ? -1 : fa > fb ? 1 : 0;
}

/**
 * RFC 3797 §4 key: within a source the values are sorted ascending; each value is written in decimal with its
 * period — an integer as "9319." and a fraction as "1.25" (the period is the decimal point, trailing zeros and
 * leading zeros dropped); each source is followed by "/". The RFC example gives `9319./2.5.8.10.12./9.18.26.34.41.45./`.
 */
export function rfc3797Key(sources: readonly Rfc3797Source[]): Result<string> {
  if (sources.length === 0) return err('rfc3797-no-sources', '至少需要一个随机源', 'At least one random source is required');
  let key = '';
  for (let i = 0; i < sources.length; i++) {
    const raw = sources[i];
    const values = (Array.isArray(raw) ? raw : [raw]) as (string | number)[];
    const parsed = values.map(parseDecimal);
    if (values.length === 0 || parsed.some((p) => !p)) {
      return err(
        'rfc3797-bad-value',
        `第 ${i + 1} 个随机源应为非负十进制数`,
        `Random source ${i + 1} must consist of non-negative decimal numbers`,
      );
    }
    const sorted = (parsed as Dec[]).sort(compareDec);
    key += sorted.map((d) => (d.frac ? `${d.int}.${d.frac}` : `${d.int}.`)).join('') + '/';
  }
  return ok(key);
}

/** MD5(i as 2 bytes big-endian ‖ key ‖ i as 2 bytes big-endian), per RFC 3797 §4. */
export function rfc3797Digest(key: string, index: number): string {
  const i = Buffer.alloc(2);
  i.writeUInt16BE(index);
  return createHash('md5').update(Buffer.concat([i, Buffer.from(key, 'utf8'), i])).digest('hex');
}

export interface Rfc3797Step {
  index: number;
  digest: string;
  /** Candidates left before this pick (the divisor). */
  remaining: number;
  /** The pick: a 1-based number from the original pool numbering. */
  selected: number;
}

/**
 * Selects `count` of the pool numbered 1..poolSize: the digest, read as an unsigned big-endian 128-bit integer,
 * modulo the number still in the list picks a (1-based) position in the remaining list, which is removed.
 */
export function rfc3797Select(key: string, poolSize: number, count: number): Result<Rfc3797Step[]> {
  if (!Number.isInteger(poolSize) || !Number.isInteger(count) || poolSize < 1 || count < 1 || count > poolSize || count > 65_536) {
    return err(
      'rfc3797-bad-size',
      `抽取人数须在 1 到候选总数 ${poolSize} 之间`,
      `The number to select must be between 1 and the pool size ${poolSize}`,
    );
  }
  const remaining = Array.from({ length: poolSize }, (_, i) => i + 1);
  const steps: Rfc3797Step[] = [];
  for (let i = 0; i < count; i++) {
    const digest = rfc3797Digest(key, i);
    const pos = Number(BigInt(`0x${digest}`) % BigInt(remaining.length));
    steps.push({ index: i, digest, remaining: remaining.length, selected: remaining[pos] });
    remaining.splice(pos, 1);
  }
  return ok(steps);
}
