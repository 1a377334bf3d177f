import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestContext, databaseBytes } from '../../tests/helpers/context';
import { call } from '../api/dispatch';
import { bombSheet, rowsSheet, xlsxOf } from '../testing/hostile-xlsx';
import type { ServiceContext } from './context';

let ctx: ServiceContext;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.store.close());

const HEADER = '专家编号,姓名,性别,工作单位,单位代码,单位类型,职称,行业';
const csv = (rows: string[]) => Buffer.from([HEADER, ...rows].join('\n'));
const experts = (fileName: string, content: Buffer) => ({ kind: 'experts' as const, fileName, content });

describe('a refused file changes nothing', () => {
  it.each([
    ['a small file declaring a 400 MB sheet', () => xlsxOf(rowsSheet(3), 400 * 1024 * 1024), 'file-too-large'],
    ['a zip bomb declaring 1 KB', () => xlsxOf(bombSheet(100), 1024), 'file-damaged'],
    ['a sheet of 100,001 rows', () => xlsxOf(rowsSheet(100_001)), 'too-many-rows'],
  ])('%s: refused at preview and at commit, nothing written', async (_, file, code) => {
    const content = file();
    const before = databaseBytes(ctx);
    expect(await call(ctx, 'import.preview', experts('pool.xlsx', content))).toMatchObject({ ok: false, error: { code } });
    expect(await call(ctx, 'import.commit', experts('pool.xlsx', content))).toMatchObject({ ok: false, error: { code } });
    expect(databaseBytes(ctx).equals(before)).toBe(true);
  });

  it('a file with one hidden character among good rows: refused whole, the cell named', async () => {
    const content = csv(['E1,张三,男,郑州大学,U1,高校,教授,教育', 'E2,李四,女,河南大学\u202e,U2,高校,教授,教育']);
    const before = databaseBytes(ctx);
    const r = await call(ctx, 'import.commit', experts('pool.csv', content));
    expect(r).toMatchObject({ ok: false, error: { code: 'import-has-problems' } });
    if (r.ok) return;
    expect(r.error.details?.map((d) => d.path)).toEqual(['第3行 工作单位']);
    expect(r.error.details?.[0].message.zh).toContain('U+202E（RLO）');
    expect(databaseBytes(ctx).equals(before)).toBe(true);
  });
});

describe('problems beyond the first 200 are counted, not listed', () => {
  const content = csv(Array.from({ length: 300 }, (_, i) => `E${i + 1},张三${i},未知,郑州大学,U1,高校,教授,教育`));

  it('the preview lists 200 and counts 300', async () => {
    const preview = expectOk(await call(ctx, 'import.preview', experts('pool.csv', content)));
    expect(preview.problemCount).toBe(300);
    expect(preview.problems).toHaveLength(200);
    expect(preview.problems[199].row).toBe(201);
  });

  it('the refused commit says 300 and lists 200, then the count of the rest', async () => {
    const r = await call(ctx, 'import.commit', experts('pool.csv', content));
    if (r.ok) throw new Error('imported');
    expect(r.error.message.zh).toBe('文件有 300 处问题，未导入任何数据；请改正后重新导入。');
    expect(r.error.details).toHaveLength(201);
    expect(r.error.details?.[200]).toEqual({ message: { zh: '另有 100 处问题未列出', en: '100 more problems not listed' } });
  });
});
