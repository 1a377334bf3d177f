import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { generateDemoYear } from '../../src-shared/demo/generate-demo';
import { expertSchema, type Expert } from '../../src-shared/domain/expert';
import { nominationSchema } from '../../src-shared/domain/nomination';
import { exportExperts, exportNominations } from './export-xlsx';
import { importExpertsFile } from './parse-experts';
import { importNominationsFile } from './parse-nominations';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-export-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const onlyFinalFiles = () => fs.readdirSync(dir).filter((f) => f.endsWith('.tmp'));

test.each([2026, 7])('experts export → import round-trips exactly (seed %i)', async (seed) => {
  const experts = generateDemoYear(seed, 2026).experts.map((e) => expertSchema.parse(e));
  const file = path.join(dir, `专家库-${seed}.xlsx`);
  const w = await exportExperts(experts, file);
  expect(w).toEqual({ ok: true, value: { filePath: file, rows: 300 } });
  const r = await importExpertsFile(file);
  expect(r.ok && r.value.problems).toEqual([]);
  expect(r.ok && r.value.records).toEqual(experts);
  expect(onlyFinalFiles()).toEqual([]);
});

test.each([2026, 7])('nominations export → import round-trips exactly (seed %i)', async (seed) => {
  const nominations = generateDemoYear(seed, 2025).nominations.map((n) => nominationSchema.parse(n));
  const file = path.join(dir, `推荐对象-${seed}.xlsx`);
  expect((await exportNominations(nominations, file)).ok).toBe(true);
  const r = await importNominationsFile(file, { defaultYear: 1999 });
  expect(r.ok && r.value.problems).toEqual([]);
  expect(r.ok && r.value.records).toEqual(nominations);
});

test('an export that would not read back is not put in place, and the old file stays', async () => {
  const file = path.join(dir, 'keep.xlsx');
  fs.writeFileSync(file, 'old content');
  const good = expertSchema.parse(generateDemoYear(1, 2026).experts[0]);
  // Not a valid expert (the type allows it, the schema does not): the re-read finds the problem.
  const bad: Expert = { ...good, id: 'E9', email: 'not-an-address' };
  const r = await exportExperts([good, bad], file);
  expect(!r.ok && r.error.code).toBe('export-verify-failed');
  expect(!r.ok && r.error.message.zh).toMatch(/第 4 行/);
  expect(fs.readFileSync(file, 'utf8')).toBe('old content');
  expect(onlyFinalFiles()).toEqual([]);
});

test('an existing export is replaced', async () => {
  const file = path.join(dir, 'replace.xlsx');
  fs.writeFileSync(file, 'old content');
  const experts = generateDemoYear(3, 2026).experts.slice(0, 5).map((e) => expertSchema.parse(e));
  expect((await exportExperts(experts, file)).ok).toBe(true);
  const r = await importExpertsFile(file);
  expect(r.ok && r.value.records).toEqual(experts);
});

test('a folder that does not exist is an error', async () => {
  const r = await exportExperts([], path.join(dir, 'no', 'such', 'folder', 'x.xlsx'));
  expect(!r.ok && r.error.code).toBe('write-failed');
});
