import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { makeLargePool } from '../../scripts/make-fixtures';
import { importExpertsFile } from './parse-experts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-large-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

test('a 10,000-row pool imports completely, with every same-name-and-unit pair listed', async () => {
  const file = await makeLargePool(path.join(dir, 'large.xlsx'), 10_000);
  const r = await importExpertsFile(file);
  expect(r.ok).toBe(true);
  if (!r.ok) return;
  const { records, problems, duplicates, recordRows } = r.value;
  expect(problems).toEqual([]);
  expect(records).toHaveLength(10_000);
  expect(records[0].id).toBe('P00001');
  expect(records[9999].id).toBe('P10000');
  expect(recordRows[9999]).toBe(10_002);
  expect(duplicates.every((d) => d.kind === 'name-unit')).toBe(true);
  // Independent count of the rows that share a name and unit code.
  const seen = new Map<string, number>();
  for (const e of records) seen.set(`${e.name}｜${e.unitCode}`, (seen.get(`${e.name}｜${e.unitCode}`) ?? 0) + 1);
  expect(duplicates.length).toBe([...seen.values()].filter((n) => n > 1).length);
});
