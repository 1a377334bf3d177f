import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestContext, databaseBytes } from '../../../tests/helpers/context';
import { call } from '../../api/dispatch';
import type { ServiceContext } from '../context';

let ctx: ServiceContext;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.store.close());

async function exported(): Promise<ExcelJS.Workbook> {
  const file = expectOk(await call(ctx, 'titles.exportXlsx', {}));
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(file.content) as unknown as ArrayBuffer);
  return wb;
}

async function upload(wb: ExcelJS.Workbook) {
  const content = Buffer.from(await wb.xlsx.writeBuffer());
  return call(ctx, 'titles.importXlsx', { fileName: '职称字典.xlsx', content });
}

describe('the title dictionary as the office edits it in Excel', () => {
  it('exports, reads back and takes an added title and alias, with an audit row', async () => {
    const before = expectOk(await call(ctx, 'titles.view', {})).entries;
    const wb = await exported();
    const ws = wb.getWorksheet('职称字典')!;
    expect(ws.getRow(1).values).toEqual([undefined, '职称', '级别', '别名', '系列']);
    ws.addRow(['正高级政工师', '正高级', '正高政工师、正高级思想政治工作师', '思想政治工作']);
    const view = expectOk(await upload(wb));
    expect(view.entries).toHaveLength(before.length + 1);
    expect(view.entries.at(-1)).toEqual({ title: '正高级政工师', rank: 'full-senior', aliases: ['正高政工师', '正高级思想政治工作师'], series: '思想政治工作' });
    const audit = ctx.store.db.prepare("SELECT details FROM audit_log WHERE action = 'titles.replace'").get() as { details: string };
    expect(JSON.parse(audit.details)).toMatchObject({ before: before.length, after: before.length + 1 });
  });

  it.each([
    ['a duplicate alias', (ws: ExcelJS.Worksheet) => ws.addRow(['某新职称', '副高级', '高工', '']), '别名', /高工/],
    ['an unknown rank', (ws: ExcelJS.Worksheet) => ws.addRow(['某新职称', '特级', '', '']), '级别', /特级.*无法识别/],
    ['a bidi override in a title', (ws: ExcelJS.Worksheet) => ws.addRow(['某新\u202e职称', '副高级', '', '']), '职称', /U\+202E（RLO）.*某新‹U\+202E›职称/],
    // Excel writes a control character as _x001B_; exceljs reads it back as ESC.
    ['a control character in an alias', (ws: ExcelJS.Worksheet) => ws.addRow(['某新职称', '副高级', '新职称_x001B_', '']), '别名', /U\+001B（ESC）/],
  ])('refuses %s with the row named, and changes nothing', async (_label, edit, column, why) => {
    const wb = await exported();
    const ws = wb.getWorksheet('职称字典')!;
    edit(ws);
    const row = ws.rowCount;
    const before = databaseBytes(ctx);
    const r = await upload(wb);
    expect(r).toMatchObject({ ok: false, error: { code: 'title-dictionary-invalid' } });
    if (r.ok) return;
    expect(r.error.details?.map((d) => d.path)).toEqual([`第${row}行 ${column}`]);
    expect(r.error.details?.[0].message.zh).toMatch(why);
    expect(databaseBytes(ctx).equals(before)).toBe(true);
  });

  it('a blank row inside the sheet is skipped and later rows keep their numbers', async () => {
    const wb = await exported();
    const ws = wb.getWorksheet('职称字典')!;
    ws.addRow([]);
    ws.addRow(['某新职称', '特级', '', '']);
    const r = await upload(wb);
    expect(!r.ok && r.error.details?.map((d) => d.path)).toEqual([`第${ws.rowCount}行 级别`]);
  });

  it('refuses a file that is not a workbook, or has no 职称/级别 header', async () => {
    const junk = await call(ctx, 'titles.importXlsx', { fileName: 'x.xlsx', content: Buffer.from('not a zip') });
    expect(junk).toMatchObject({ ok: false, error: { code: 'not-a-spreadsheet' } });
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Sheet1').addRow(['名称', '等级']);
    expect(await upload(wb)).toMatchObject({ ok: false, error: { code: 'no-header' } });
  });
});
