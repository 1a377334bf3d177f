import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { FIXTURE_YEAR, fixtureExperts, fixtureNominations, makeFixtures } from '../../scripts/make-fixtures';
import type { ImportProblem } from '../../src-shared/import/types';
import { importExpertsFile } from './parse-experts';
import { importNominationsFile } from './parse-nominations';

let dir: string;
let files: Record<string, string>;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-fixtures-'));
  files = await makeFixtures(dir);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const where = (problems: ImportProblem[]) => problems.map((p) => [p.row, p.column]);

async function experts(name: string) {
  const r = await importExpertsFile(files[name]);
  if (!r.ok) throw new Error(`${name}: ${r.error.message.en}`);
  return r.value;
}

async function expertError(name: string) {
  const r = await importExpertsFile(files[name]);
  if (r.ok) throw new Error(`${name} imported`);
  return r.error;
}

describe('realistic files import exactly', () => {
  test.each(['pool', 'poolCsvUtf8Bom', 'poolCsvGbk'])('%s: 300 experts, no problems', async (name) => {
    const r = await experts(name);
    expect(r.problems).toEqual([]);
    expect(r.duplicates).toEqual([]);
    expect(r.records).toEqual(fixtureExperts());
    expect(r.recordRows).toHaveLength(300);
  });

  test('pool.xlsx: header in row 3 under a merged title and a note, blank row skipped, extra columns ignored', async () => {
    const r = await experts('pool');
    expect(r.headerRow).toBe(3);
    expect(r.sheetName).toBe('专家库');
    expect(r.ignoredHeaders).toEqual(['序号', '入库时间']);
    expect(r.recordRows[0]).toBe(4);
    expect(r.recordRows[150]).toBe(155); // after the blank row 154
    expect(r.rowCount).toBe(300);
  });

  test('nominations.xlsx: honours as text, mixed date spellings, no year column', async () => {
    const r = await importNominationsFile(files.nominations, { defaultYear: FIXTURE_YEAR });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.problems).toEqual([]);
    expect(r.value.records).toEqual(fixtureNominations());
    expect(r.value.headerRow).toBe(2);
  });
});

describe('broken files', () => {
  test('missing required columns: 性别 and 职称 are named', async () => {
    const e = await expertError('brokenMissingColumn');
    expect(e.code).toBe('missing-columns');
    expect(e.details?.map((d) => d.path)).toEqual(['性别', '职称']);
    expect(e.message.zh).toContain('性别、职称');
  });

  test.each([
    ['brokenTextAsXlsx', /改了扩展名/],
    ['brokenPdfAsXlsx', /PDF/],
    ['brokenDocxAsXlsx', /Word/],
  ])('%s is refused as not a spreadsheet', async (name, why) => {
    const e = await expertError(name);
    expect(e.code).toBe('not-a-spreadsheet');
    expect(e.message.zh).toMatch(why);
    expect(e.message.en).toContain(path.basename(files[name]));
  });

  test('an empty sheet names what was expected', async () => {
    const e = await expertError('brokenEmpty');
    expect(e.code).toBe('empty-file');
    expect(e.message.zh).toContain('姓名');
  });

  test('data without a header', async () => {
    expect((await expertError('brokenNoHeader')).code).toBe('no-header');
  });

  test('duplicate ids and same name + unit are listed, never merged', async () => {
    const r = await experts('brokenDuplicateIds');
    expect(r.problems).toEqual([]);
    expect(r.records).toHaveLength(12);
    const third = fixtureExperts()[2];
    expect(r.duplicates).toEqual([
      { key: 'E0001', rows: [3, 8, 14], kind: 'id' },
      { key: `${third.name}｜${third.unitCode}`, rows: [5, 12], kind: 'name-unit' },
    ]);
  });

  test('bad dates: every bad cell with its row and column', async () => {
    const r = await importNominationsFile(files.brokenBadDates, { defaultYear: FIXTURE_YEAR });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(where(r.value.problems)).toEqual([
      [3, '成立时间'], [4, '成立时间'], [5, '成立时间'], [6, '成立时间'], [7, '成立时间'], [8, '成立时间'], [9, '成立时间'],
      [11, '出生年份'], [11, '成立时间'],
    ]);
    const reasons = r.value.problems.map((p) => p.reason.zh);
    expect(reasons[0]).toMatch(/2019年2月没有30日/);
    expect(reasons[1]).toMatch(/缺少日/);
    expect(reasons[2]).toMatch(/无法识别的日期/);
    expect(reasons[3]).toMatch(/1900年2月29日不存在/);
    expect(reasons[4]).toMatch(/缺少月和日/);
    expect(reasons[5]).toMatch(/无法识别的日期/);
    expect(reasons[6]).toMatch(/月份无效/);
    expect(reasons[7]).toMatch(/无法识别的年份/);
    expect(reasons[8]).toMatch(/2021年4月没有31日/);
    expect(r.value.problems[0].value).toBe('2019-02-30');
    expect(r.value.recordRows).toEqual([10, 12]);
  });

  test('titles as people write them import (a reviewer rules on their rank); every other bad cell is reported', async () => {
    const r = await experts('brokenUnknownTitle');
    expect(where(r.problems)).toEqual([
      [5, '性别'],
      [6, '行业'],
      [7, '电子邮箱'],
      [8, '性别'], [8, '电子邮箱'],
      [9, '专家编号'],
      [10, '状态'], [10, '参评年份'],
    ]);
    expect(r.problems[1].reason.zh).toMatch(/无法识别“农业”/);
    expect(r.problems[2].reason.en).toMatch(/not a valid e-mail/);
    // 教授级高工 (an old name) and 副教授 without a reason are no longer refused.
    expect(r.recordRows).toEqual([3, 4, 11, 12]);
    expect(r.records.map((e) => e.title).slice(0, 2)).toEqual(['教授级高工', '副教授']);
  });
});
