import fs from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli, simulatedProposals } from '../../tests/helpers/cli';
import { pdfText } from '../../tests/helpers/pdf-text';
import { tempDir } from '../../tests/helpers/temp-dir';

const DOC = '豫教科文卫体工〔2026〕12号';

describe('studio-review publish', () => {
  it('session simulate, then publish: the proposed list adopted, numbered, written as xlsx, PDF and 公示 text; a second publish refused', async () => {
    const data = tempDir();
    const out = path.join(tempDir(), '名单');
    const sim = cli('session', 'simulate', '--data-dir', data, '--seed', '6');
    expect(sim.stderr).toBe('');
    expect(sim.code).toBe(0);
    const proposed = simulatedProposals(sim.stdout).length;
    expect(proposed).toBeGreaterThan(0);

    // Bad usage is exit 2, before anything is opened.
    expect(cli('publish', '--year', '2026', '--data-dir', data, '--doc-no', DOC, '--date', '2026/12/01').code).toBe(2);

    const pub = cli('publish', '--year', '2026', '--data-dir', data, '--doc-no', DOC, '--date', '2026-12-01', '--notice-start', '2026-11-20', '--notice-end', '2026-11-26', '--out', out);
    expect(pub.stderr).toBe('');
    expect(pub.code).toBe(0);
    expect(pub.stdout).toContain(`已发布 / published: 2026 年度 ${proposed} 个工作室 / studios, ${DOC}, 2026-12-01`);
    const numbers = Array.from({ length: proposed }, (_, i) => `2026-JKWWT-${String(i + 1).padStart(2, '0')}`);
    for (const n of numbers) expect(pub.stdout).toContain(n);
    expect(fs.readdirSync(out).sort()).toEqual(['2026年度劳模工匠创新工作室名单.pdf', '2026年度劳模工匠创新工作室名单.xlsx', '2026年度劳模工匠创新工作室名单公示.txt']);

    // The workbook, read back: title, document number, header, one row per studio in register-number order.
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(path.join(out, '2026年度劳模工匠创新工作室名单.xlsx'));
    const ws = wb.getWorksheet('名单')!;
    expect(ws.getCell(1, 1).value).toBe('2026年度劳模工匠创新工作室名单');
    expect(String(ws.getCell(2, 1).value)).toContain(DOC);
    expect((ws.getRow(3).values as unknown[]).slice(1)).toEqual(['序号', '登记编号', '行业', '工作室名称', '领衔人', '工作单位', '推荐单位']);
    expect(numbers.map((_, i) => ws.getCell(i + 4, 2).value)).toEqual(numbers);
    expect(ws.getCell(proposed + 4, 2).value ?? null).toBeNull();

    // The PDF as a notice's attachment: 附件, the title, the document number, tables by sector, page x of y.
    const pdf = pdfText(path.join(out, '2026年度劳模工匠创新工作室名单.pdf'));
    expect(pdf).toContain('附件');
    expect(pdf).toContain('2026年度劳模工匠创新工作室名单');
    expect(pdf).toContain(DOC);
    expect(pdf).toContain('2026年12月1日');
    for (const n of numbers) expect(pdf).toContain(n);
    expect(pdf).toMatch(/第 1 页，共 \d+ 页/);
    const studio = ws.getCell(4, 4).value as string;
    expect(pdf.replace(/\s+/g, '')).toContain(studio.replace(/\s+/g, ''));

    const notice = fs.readFileSync(path.join(out, '2026年度劳模工匠创新工作室名单公示.txt'), 'utf8');
    expect(notice).toContain('公示期：2026年11月20日至2026年11月26日');
    for (const n of numbers) expect(notice).toContain(n);

    // Locked: a second publish is refused with the reason, exit 1.
    const again = cli('publish', '--year', '2026', '--data-dir', data, '--doc-no', '另一文号', '--date', '2026-12-02');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('[year-published]');
    const audit = cli('audit', 'verify', '--data-dir', data);
    expect(audit.code).toBe(0);
  });

  it('refuses a year with nothing proposed, with the reason', () => {
    const data = tempDir();
    const r = cli('publish', '--year', '2026', '--data-dir', data, '--doc-no', DOC, '--date', '2026-12-01');
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2026 年度还没有建议名单');
    expect(r.stderr).toContain('2026 has no proposed list yet');
  });
});
