import fs from 'node:fs';
import { canonicalJsonPieces } from '../../src-shared/canonical-json';
import { runDraw } from '../../src-shared/draw';
import type { PoolEntry } from '../../src-shared/draw/pool-snapshot';
import { verifyProtocol } from '../../src-shared/draw/protocol';
import { rfc3797Key, rfc3797Select } from '../../src-shared/draw/rfc3797';
import { ticketFor } from '../../src-shared/draw/tickets';
import { decodeText, parseCsv } from '../../src-shared/import/csv';
import { err, ok, type Result } from '../../src-shared/result';
import { systemClock } from '../clock';
import type { ParsedArgs } from './commands';
import { writePiecesAtomically } from '../import/atomic-write';
import { CliExit, EXIT, unwrap } from './exit';

function required(args: ParsedArgs, name: string): string {
  const v = args.values[name];
  if (typeof v !== 'string' || v === '') throw new CliExit(EXIT.usage, `缺少 --${name} / --${name} is required`);
  return v;
}

function list(args: ParsedArgs, name: string): string[] {
  const v = args.values[name] as unknown;
  return Array.isArray(v) ? (v as string[]) : typeof v === 'string' ? [v] : [];
}

function readFile(file: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    throw new CliExit(EXIT.checkFailed, `无法读取 / cannot read ${file}: ${(e as Error).message}`);
  }
}

/** POOL.csv: a header naming at least id, unit_code and stratum (in any order); other columns are ignored. */
export function readPoolCsv(bytes: Buffer): Result<PoolEntry[]> {
  const rows = parseCsv(decodeText(bytes).text).filter((r) => r.some((c) => c.trim() !== ''));
  const header = (rows[0] ?? []).map((h) => h.trim().toLowerCase());
  const missing = ['id', 'unit_code', 'stratum'].filter((c) => !header.includes(c));
  if (missing.length) {
    return err('pool-columns', `专家库文件缺少列：${missing.join('、')}`, `The pool file has no column: ${missing.join(', ')}`);
  }
  const [id, unit, stratum] = ['id', 'unit_code', 'stratum'].map((c) => header.indexOf(c));
  return ok(rows.slice(1).map((r) => ({ id: r[id] ?? '', unitCode: r[unit] ?? '', stratum: r[stratum] ?? '' })));
}

export async function drawRun(args: ParsedArgs): Promise<number> {
  const pool = unwrap(readPoolCsv(readFile(required(args, 'pool'))));
  let config: unknown;
  try {
    config = JSON.parse(readFile(required(args, 'config')).toString('utf8'));
  } catch (e) {
    if (e instanceof CliExit) throw e;
    throw new CliExit(EXIT.checkFailed, `配置文件不是有效的 JSON / the configuration is not valid JSON`);
  }
  const out = required(args, 'out');
  const witnesses = list(args, 'witness').map((w) => {
    const at = w.indexOf('=');
    if (at < 1) throw new CliExit(EXIT.usage, `--witness 应为 NAME=DIGITS：${w} / --witness must be NAME=DIGITS: ${w}`);
    const digits = w.slice(at + 1);
    return { name: w.slice(0, at), first: digits, second: digits };
  });
  const protocol = unwrap(runDraw({ pool, config, witnesses, metadata: { time: systemClock().toISOString() } }));
  unwrap(writePiecesAtomically(out, (emit) => canonicalJsonPieces(protocol, emit)));
  const chosen = protocol.result.filter((r) => r.status === 'selected').map((r) => r.id);
  console.log(`seed ${protocol.seed}\nselected ${chosen.join(' ')}\n→ ${out}`);
  return EXIT.ok;
}

export async function drawVerify(args: ParsedArgs): Promise<number> {
  const file = args.positionals[2];
  if (!file) throw new CliExit(EXIT.usage, '用法 / usage: studio-review draw verify PROTOCOL.json');
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFile(file).toString('utf8'));
  } catch (e) {
    if (e instanceof CliExit) throw e;
    throw new CliExit(EXIT.checkFailed, '抽取记录文件不是有效的 JSON / the protocol file is not valid JSON');
  }
  const v = unwrap(verifyProtocol(parsed));
  console.log(`VERIFIED ${v.drawId}: ${v.selected.length} selected, ${v.alternates.length} alternates, seed ${v.seed}`);
  return EXIT.ok;
}

export async function drawTicket(args: ParsedArgs): Promise<number> {
  console.log(ticketFor(required(args, 'seed'), required(args, 'id')));
  return EXIT.ok;
}

export async function drawRfc3797(args: ParsedArgs): Promise<number> {
  const size = Number(required(args, 'pool-size'));
  const count = Number(required(args, 'select'));
  const sources = list(args, 'source').map((s) => s.trim().split(/[\s,]+/).filter(Boolean));
  if (sources.length === 0) throw new CliExit(EXIT.usage, '至少需要一个 --source / at least one --source is needed');
  const key = unwrap(rfc3797Key(sources));
  const steps = unwrap(rfc3797Select(key, size, count));
  console.log(steps.map((s) => s.selected).join(' '));
  return EXIT.ok;
}
