import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { tempDir } from '../../tests/helpers/temp-dir';
import { runCli } from './main';

let out: string[];
let errs: string[];
beforeEach(() => {
  out = [];
  errs = [];
  vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
  vi.spyOn(console, 'error').mockImplementation((...a) => void errs.push(a.join(' ')));
});
afterEach(() => vi.restoreAllMocks());

const POOL = [
  'id,unit_code,stratum,name',
  ...Array.from({ length: 30 }, (_, i) => `E${String(i + 1).padStart(3, '0')},U${i % 24},${['教育', '卫生', '文化'][i % 3]},专家${i}`),
].join('\n');
const CONFIG = { drawId: 'T-1', quotas: { 教育: 2, 卫生: 2, 文化: 1 }, alternates: { 教育: 1, 卫生: 1, 文化: 1 }, unitCap: 1 };
const WITNESSES = ['--witness', '甲=0123456789', '--witness', '乙=5555555555', '--witness', '丙=0000000001'];

function files(pool = POOL, config: unknown = CONFIG) {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'pool.csv'), pool);
  fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify(config));
  return { dir, pool: path.join(dir, 'pool.csv'), config: path.join(dir, 'config.json'), out: path.join(dir, 'protocol.json') };
}

async function run(f: ReturnType<typeof files>, witnesses = WITNESSES) {
  return runCli(['draw', 'run', '--pool', f.pool, '--config', f.config, ...witnesses, '--out', f.out]);
}

describe('studio-review draw', () => {
  it('runs a draw to a protocol file that verifies, and is the same for the same inputs in any row order', async () => {
    const f = files();
    expect(await run(f)).toBe(0);
    expect(await runCli(['draw', 'verify', f.out])).toBe(0);
    expect(out.join('\n')).toContain('VERIFIED T-1');
    const shuffled = files([POOL.split('\n')[0], ...POOL.split('\n').slice(1).reverse()].join('\n'));
    expect(await run(shuffled)).toBe(0);
    const a = JSON.parse(fs.readFileSync(f.out, 'utf8'));
    const b = JSON.parse(fs.readFileSync(shuffled.out, 'utf8'));
    expect(b.result).toEqual(a.result);
    expect(b.seed).toBe(a.seed);
  });

  it('runs the usual one-per-unit draw to completion: 90 experts in 22 units, 教育 3 + 2, 卫生 2 + 2, unit cap 1', async () => {
    // Universities with a medical school and teaching hospitals: most units hold experts of both sectors with seats.
    const units: [string, [string, number][]][] = [
      ...Array.from({ length: 10 }, (_, i): [string, [string, number][]] => [`UNIV-${i + 1}`, [['教育', 3], ['卫生', 1]]]),
      ...Array.from({ length: 8 }, (_, i): [string, [string, number][]] => [`HOSP-${i + 1}`, [['卫生', 3], ['教育', 1]]]),
      ['INST-1', [['科技', 4]]],
      ['INST-2', [['科技', 2], ['文化', 2]]],
      ['MUSEUM', [['文化', 5]]],
      ['SPORT', [['体育', 3], ['教育', 2]]],
    ];
    const lines = ['id,unit_code,stratum,name'];
    for (const [unit, parts] of units) for (const [sector, n] of parts) for (let i = 0; i < n; i++) lines.push(`E${String(lines.length).padStart(3, '0')},${unit},${sector},专家${lines.length}`);
    expect(lines).toHaveLength(91);
    const f = files(lines.join('\n'), { drawId: 'T-STD', quotas: { 教育: 3, 卫生: 2 }, alternates: { 教育: 2, 卫生: 2 }, unitCap: 1 });
    expect(await run(f)).toBe(0);
    expect(await runCli(['draw', 'verify', f.out])).toBe(0);
    const p = JSON.parse(fs.readFileSync(f.out, 'utf8')) as { result: { unitCode: string; stratum: string; status: string }[] };
    const selected = p.result.filter((r) => r.status === 'selected');
    expect(selected.filter((r) => r.stratum === '教育')).toHaveLength(3);
    expect(selected.filter((r) => r.stratum === '卫生')).toHaveLength(2);
    expect(new Set(selected.map((r) => r.unitCode)).size).toBe(5);
    expect(p.result.filter((r) => r.status === 'alternate' && r.stratum === '教育')).toHaveLength(2);
    expect(p.result.filter((r) => r.status === 'alternate' && r.stratum === '卫生')).toHaveLength(2);
  });

  type Protocol = { witnesses: { digits: string }[]; pool: string[]; config: { quotas: Record<string, number> }; result: { id: string; status: string }[]; seed: string };
  it.each<[string, (p: Protocol) => void, string]>([
    ['a witness digit', (p) => (p.witnesses[1].digits = p.witnesses[1].digits.replace(/^./, (d) => String((Number(d) + 1) % 10))), 'key'],
    ['a pool line', (p) => (p.pool[3] = p.pool[3].replace('|U3|', '|U9|')), 'poolHash'],
    ['a quota', (p) => (p.config.quotas['教育'] = 3), 'configHash'],
    ['a selected id', (p) => (p.result.find((r) => r.status === 'selected')!.id = 'E999'), 'result['],
    ['the seed', (p) => (p.seed = p.seed.replace(/^./, (c) => (c === 'a' ? 'b' : 'a'))), 'seed'],
  ])('verify fails after editing %s, naming the field', async (_name, edit, field) => {
    const f = files();
    await run(f);
    const p = JSON.parse(fs.readFileSync(f.out, 'utf8'));
    edit(p);
    fs.writeFileSync(f.out, JSON.stringify(p));
    expect(await runCli(['draw', 'verify', f.out])).toBe(1);
    expect(errs.join('\n')).toContain(field);
  });

  it.each([
    ['infeasible quotas', () => run(files(POOL, { ...CONFIG, quotas: { 教育: 20 } })), 'draw-infeasible|lacks'],
    ['non-digit entries', () => run(files(), ['--witness', '甲=01234x6789', ...WITNESSES.slice(2)]), 'digit'],
    ['fewer than 3 witnesses', () => run(files(), WITNESSES.slice(0, 4)), '3'],
    ['duplicate expert ids', () => run(files(`${POOL}\nE001,U1,教育,重复`)), 'E001'],
    ['a pool with no stratum column', () => run(files(POOL.replace('stratum', 'sector'))), 'stratum'],
  ])('refuses %s with a clear message and writes no protocol', async (_name, go, message) => {
    expect(await go()).toBe(1);
    expect(errs.join('\n')).toMatch(new RegExp(message));
  });

  it('prints the consistent_sampler ticket and the RFC 3797 example', async () => {
    expect(await runCli(['draw', 'ticket', '--seed', '01382438112797316654', '--id', 'AB-130'])).toBe(0);
    expect(out.at(-1)).toBe('0.26299714122838008416507544297546663599715395525154425586041245287750224561854');
    expect(await runCli(['draw', 'rfc3797', '--pool-size', '25', '--select', '11', '--source', '9319', '--source', '2 5 12 8 10', '--source', '9 18 26 34 41 45'])).toBe(0);
    expect(out.at(-1)).toBe('17 7 2 16 25 23 8 24 19 13 22');
  });
});
