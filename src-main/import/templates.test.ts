import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EXPERT_TABLE, NOMINATION_TABLE } from '../../src-shared/import/columns';
import { importExpertsFile } from './parse-experts';
import { importNominationsFile } from './parse-nominations';
import { EXAMPLE_EXPERT, EXAMPLE_MARK, EXAMPLE_NOMINATION, writeTemplate } from './templates';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-template-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Opens a file, lets `edit` change its first sheet, saves it under a new name. */
async function edited(file: string, name: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  edit(wb.worksheets[0]);
  const out = path.join(dir, name);
  await wb.xlsx.writeFile(out);
  return out;
}

describe('expert template', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, '专家库导入模板.xlsx');
    const r = await writeTemplate('experts', file);
    expect(r.ok).toBe(true);
  });

  test('layout: merged title, starred headers, example row, instructions and title list', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['专家库', '填写说明', '职称表']);
    const ws = wb.worksheets[0];
    expect(String(ws.getCell('A1').value)).toContain('导入模板');
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getRow(2).values).toEqual([undefined, ...EXPERT_TABLE.columns.map((c) => (c.required ? `*${c.zh}` : c.zh))]);
    expect(String(ws.getCell('A3').value)).toBe(`${EXAMPLE_MARK}${EXAMPLE_EXPERT.id}`);
    const gender = ws.getCell('C10').dataValidation;
    expect(gender?.type).toBe('list');
    expect(gender?.formulae).toEqual(['"男,女"']);
    expect(ws.getCell('G10').dataValidation?.formulae?.[0]).toMatch(/职称表/);
    const help = wb.getWorksheet('填写说明')!;
    expect(help.getCell('A3').value).toBe('专家编号');
    expect(help.getCell('C3').value).toBe('选填'); // generated from name and unit when absent
    expect(help.getCell('A4').value).toBe('姓名');
    expect(help.getCell('C4').value).toBe('必填');
  });

  test('imports cleanly as it is: the example row is skipped', async () => {
    const r = await importExpertsFile(file);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ records: [], problems: [], duplicates: [], exampleRows: [3], headerRow: 2 });
  });

  test('with the 示例 mark removed, the example row is a valid expert', async () => {
    const out = await edited(file, 'filled-experts.xlsx', (ws) => {
      ws.getCell('A3').value = EXAMPLE_EXPERT.id;
    });
    const r = await importExpertsFile(out);
    expect(r.ok && r.value.problems).toEqual([]);
    expect(r.ok && r.value.records).toEqual([EXAMPLE_EXPERT]);
  });
});

describe('nomination template', () => {
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, '推荐对象导入模板.xlsx');
    expect((await writeTemplate('nominations', file)).ok).toBe(true);
  });

  test('imports cleanly as it is, and the example is valid once unmarked', async () => {
    const asIs = await importNominationsFile(file, { defaultYear: 2026 });
    expect(asIs.ok && asIs.value).toMatchObject({ records: [], problems: [], exampleRows: [3] });
    const out = await edited(file, 'filled-nominations.xlsx', (ws) => {
      ws.getCell('A3').value = EXAMPLE_NOMINATION.id;
    });
    const r = await importNominationsFile(out, { defaultYear: 2026 });
    expect(r.ok && r.value.problems).toEqual([]);
    expect(r.ok && r.value.records).toEqual([EXAMPLE_NOMINATION]);
  });

  test('drop-down lists for coded columns', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const ws = wb.worksheets[0];
    const at = (field: string) => NOMINATION_TABLE.columns.findIndex((c) => c.field === field) + 1;
    expect(ws.getCell(20, at('recommendingUnitKind')).dataValidation?.formulae?.[0]).toBe(
      '"各省辖市、济源示范区相关产业工会,直属基层工会,委员单位,其他"',
    );
    expect(ws.getCell(20, at('isExistingRndOrTeam')).dataValidation?.formulae?.[0]).toBe('"否,是"');
    expect(ws.getCell(20, at('honours')).dataValidation).toBeUndefined();
  });
});
