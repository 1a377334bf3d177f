import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResultsView, SessionView } from '../../../src-shared/api/views';
import { expectOk, openTestContext } from '../../../tests/helpers/context';
import { pdfText } from '../../../tests/helpers/pdf-text';
import { call } from '../../api/dispatch';
import { verifyAuditChain } from '../../store/audit-log';
import type { ServiceContext } from '../context';
import { simulateSession } from '../../testing/simulate';

let ctx: ServiceContext;
let session: SessionView;
let results: ResultsView;
beforeAll(async () => {
  ctx = openTestContext(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-printouts-')));
  ({ session, results } = await simulateSession(ctx, 11));
});
afterAll(() => {
  ctx.store.close();
  fs.rmSync(ctx.store.dataDir, { recursive: true, force: true });
});

const text = async (kind: 'expert-sheet' | 'summary' | 'proposed-list', expertId?: string) => {
  const file = expectOk(await call(ctx, 'session.printout', { sessionId: session.sessionId, kind, expertId }));
  return pdfText(Buffer.from(file.content));
};

describe('scoring printouts', () => {
  it("prints an expert's sheet with their scores, the R of their conflict and their key fingerprint", async () => {
    const recused = session.cells.find((c) => c.state === 'recused')!;
    const t = await text('expert-sheet', recused.expertId);
    expect(t).toContain('专家评分表');
    expect(t).toMatch(/第 1 页，共 \d+ 页/);
    expect(t.replace(/\s+/g, '')).toContain(session.experts.find((e) => e.expertId === recused.expertId)!.fingerprint.replace(/\s+/g, ''));
    expect(t).toContain('回避');
    // The rubric is the office's own; the panel does not select.
    expect(t.replace(/\s+/g, '')).toContain('本评分细则由省教科文卫体工会评审办公室制定');
    expect(t.replace(/\s+/g, '')).toContain('内容依据：第四条第1项');
    expect(t).not.toContain('入选');
  });

  it('prints the summary with every expert, the panel vote and the audit head, and the proposed list of 30', async () => {
    const summary = (await text('summary')).replace(/\s+/g, '');
    for (const p of session.panel) expect(summary).toContain(p.name);
    expect(summary).toContain(results.votes[0].record.replace(/\s+/g, ''));
    expect(summary).toContain(verifyAuditChain(ctx.store.db).headHash);
    expect(summary).toContain('本评分细则由省教科文卫体工会评审办公室制定');
    expect(summary).toContain('拟建议');
    expect(summary).not.toContain('入选');
    const list = (await text('proposed-list')).replace(/\s+/g, '');
    expect(list).toContain('建议名单');
    expect(list).not.toContain('入选');
    const inCut = results.ranking.rows.filter((r) => r.inCut);
    expect(inCut).toHaveLength(30);
    for (const row of inCut.slice(0, 5)) expect(list).toContain(session.nominations.find((n) => n.id === row.nominationId)!.studioName);
  });

  it('writes the raw matrix to xlsx with formula totals', async () => {
    const file = expectOk(await call(ctx, 'session.matrixXlsx', { sessionId: session.sessionId }));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(file.content) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    expect(ws.rowCount).toBe(session.cells.length + 1);
    const totals: unknown[] = [];
    ws.eachRow((row, n) => {
      if (n > 1) totals.push(row.getCell(6 + session.rules.rubric.criteria.length).value);
    });
    expect(totals.filter((v) => typeof v === 'object' && v !== null && 'formula' in v).length).toBe(session.cells.filter((c) => c.state === 'scored').length);
  });

  it('refuses printing results while scoring is still blind', async () => {
    const other = openTestContext();
    const { prepareSession } = await import('../../testing/simulate');
    const s = await prepareSession(other, 2);
    expect(await call(other, 'session.printout', { sessionId: s.sessionId, kind: 'summary' })).toMatchObject({ ok: false, error: { code: 'session-wrong-phase' } });
    other.store.close();
  });
});
