import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEMO_DEFECTS, demoNominationId } from '../../src-shared/demo/generate-demo';
import { MANUAL_ITEMS, type ManualAnswer } from '../../src-shared/screening/manual-checklist';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { pdfPageCount, pdfPageSizes, pdfText } from '../../tests/helpers/pdf-text';
import { call } from '../api/dispatch';
import { verifyAuditChain } from '../store/audit-log';
import type { ServiceContext } from './context';

const allMet: ManualAnswer[] = MANUAL_ITEMS.map((i) => ({ itemId: i.id, met: true, note: '材料齐全' }));
let ctx: ServiceContext;

beforeEach(async () => {
  ctx = openTestContext();
  expectOk(await call(ctx, 'demo.generate', { seed: 2026 }));
});
afterEach(() => ctx.store.close());

const auditActions = () =>
  (ctx.store.db.prepare('SELECT action, subject FROM audit_log ORDER BY seq').all() as { action: string; subject: string }[]);

describe('screening service', () => {
  it('screens the whole year: automatic fails are not qualified, the rest wait for the checklist', async () => {
    const view = expectOk(await call(ctx, 'screening.screenYear', { year: 2026, screener: '张三' }));
    const fails = DEMO_DEFECTS.filter((d) => d.outcome === 'fail').length;
    expect(view.counts).toEqual({ qualified: 0, 'not-qualified': fails, 'needs-judgement': 45 - fails, unscreened: 0 });
    expect(auditActions().filter((a) => a.action === 'screening.record')).toHaveLength(45);
  });

  it('qualifies a clean nomination once every checklist item is met, and a second person confirms it', async () => {
    const id = demoNominationId(2026, 1);
    const rec = expectOk(await call(ctx, 'screening.record', { nominationId: id, manual: allMet, screener: '张三' }));
    expect(rec.outcome).toBe('qualified');
    const same = await call(ctx, 'screening.confirm', { nominationId: id, confirmer: '张三' });
    expect(same).toMatchObject({ ok: false, error: { code: 'same-person' } });
    const confirmed = expectOk(await call(ctx, 'screening.confirm', { nominationId: id, confirmer: '李四' }));
    expect(confirmed).toMatchObject({ confirmedBy: '李四', screenedBy: '张三' });
    expect(auditActions().slice(-2)).toEqual([
      { action: 'screening.record', subject: `nomination:${id}` },
      { action: 'screening.confirm', subject: `nomination:${id}` },
    ]);
    expect(verifyAuditChain(ctx.store.db).valid).toBe(true);
  });

  it('a new recording clears an earlier confirmation', async () => {
    const id = demoNominationId(2026, 1);
    await call(ctx, 'screening.record', { nominationId: id, manual: allMet, screener: '张三' });
    await call(ctx, 'screening.confirm', { nominationId: id, confirmer: '李四' });
    const again = expectOk(await call(ctx, 'screening.record', { nominationId: id, manual: allMet, screener: '王五' }));
    expect(again.confirmedBy).toBeNull();
  });

  it('refuses to overrule an absolute fail (Art. 4.2) and leaves the record as it was', async () => {
    const failing = DEMO_DEFECTS.find((d) => d.defect === 'founded-too-recently')!;
    const id = demoNominationId(2026, failing.seq);
    await call(ctx, 'screening.record', { nominationId: id, manual: allMet, screener: '张三' });
    const before = ctx.store.db.prepare('SELECT * FROM screenings WHERE nomination_id = ?').get(id);
    const r = await call(ctx, 'screening.record', {
      nominationId: id,
      manual: allMet,
      decision: { outcome: 'qualified', reason: '领导同意' },
      screener: '张三',
    });
    expect(r).toMatchObject({ ok: false, error: { code: 'override-not-allowed' } });
    expect(ctx.store.db.prepare('SELECT * FROM screenings WHERE nomination_id = ?').get(id)).toEqual(before);
  });

  it('a needs-judgement nomination is resolved by a decision with a written reason', async () => {
    const review = DEMO_DEFECTS.find((d) => d.outcome === 'review')!;
    const id = demoNominationId(2026, review.seq);
    const open = expectOk(await call(ctx, 'screening.record', { nominationId: id, manual: allMet, screener: '张三' }));
    expect(open.outcome).toBe('needs-judgement');
    expect(await call(ctx, 'screening.confirm', { nominationId: id, confirmer: '李四' })).toMatchObject({
      ok: false,
      error: { code: 'screening-open' },
    });
    const noReason = await call(ctx, 'screening.record', {
      nominationId: id,
      manual: allMet,
      decision: { outcome: 'qualified', reason: '  ' },
      screener: '张三',
    });
    expect(noReason.ok).toBe(false);
    const decided = expectOk(
      await call(ctx, 'screening.record', {
        nominationId: id,
        manual: allMet,
        decision: { outcome: 'qualified', reason: '该荣誉经核实相当于省级劳动模范' },
        screener: '张三',
      }),
    );
    expect(decided.outcome).toBe('qualified');
  });

  it('moving the reference date re-checks recorded screenings and keeps their checklists', async () => {
    const boundary = DEMO_DEFECTS.find((d) => d.outcome === 'pass')!; // founded exactly 3 years before 06-30
    const id = demoNominationId(2026, boundary.seq);
    expect(expectOk(await call(ctx, 'screening.record', { nominationId: id, manual: allMet, screener: '张三' })).outcome).toBe('qualified');
    expectOk(await call(ctx, 'screening.setReferenceDate', { year: 2026, referenceDate: '2026-06-29' }));
    const view = expectOk(await call(ctx, 'screening.year', { year: 2026 }));
    const row = view.rows.find((r) => r.nomination.id === id)!;
    expect(row.record?.outcome).toBe('not-qualified');
    expect(row.record?.manual).toEqual(allMet);
    expect(view.year).toEqual({ year: 2026, referenceDate: '2026-06-29', isDefault: false });
  });

  it('warns when more than 30 are qualified (Art. 2)', async () => {
    for (let seq = 1; seq <= 45; seq++) {
      await call(ctx, 'screening.record', { nominationId: demoNominationId(2026, seq), manual: allMet, screener: '张三' });
    }
    const view = expectOk(await call(ctx, 'screening.year', { year: 2026 }));
    expect(view.counts.qualified).toBeGreaterThan(30);
    expect(view.capWarning?.zh).toContain('30');
  });

  it('prints the qualification sheet with Chinese names, every check and page x of y', async () => {
    await call(ctx, 'screening.screenYear', { year: 2026, screener: '张三' });
    const sheet = expectOk(await call(ctx, 'screening.sheetPdf', { year: 2026 }));
    const pdf = Buffer.from(sheet.content);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = pdfText(pdf);
    const view = expectOk(await call(ctx, 'screening.year', { year: 2026 }));
    for (const row of view.rows.slice(0, 5)) expect(text.replace(/\s+/g, '')).toContain(row.nomination.studioName);
    expect(text).toContain('资格审查表');
    const pages = Number(/第 1 页，共 (\d+) 页/.exec(text)?.[1]);
    expect(text).toContain('复核人');
    // One nomination per page, none split: the summary, then 45 pages (issue 16: at most 45 + 2).
    expect(view.rows).toHaveLength(45);
    expect(pdfPageCount(pdf)).toBe(pages);
    expect(pdfPageSizes(pdf).map(({ width, height }) => [Math.round(width), Math.round(height)])).toEqual(Array(pages).fill([595, 842])); // A4 portrait
    expect(pages).toBeLessThanOrEqual(45 + 2);
    const pageTexts = text.split('\f');
    view.rows.forEach((row, i) => {
      const heading = `${i + 1}. ${row.nomination.studioName}`;
      const on = pageTexts.filter((t) => t.replace(/\s+/g, '').includes(heading.replace(/\s+/g, '')));
      expect(on, heading).toHaveLength(1);
      // Its last line (who screened and confirmed it) is on the same page as its heading.
      expect(on[0]).toContain('审查人 / 复核人');
    });
    // Local time, never a UTC timestamp.
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    expect(text).toMatch(/打印时间\s*\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
  });

  it('prints one nomination alone: its page of the same sheet, on one page, with no other nomination', async () => {
    await call(ctx, 'screening.screenYear', { year: 2026, screener: '张三' });
    const view = expectOk(await call(ctx, 'screening.year', { year: 2026 }));
    const row = view.rows[6];
    const sheet = expectOk(await call(ctx, 'screening.nominationSheetPdf', { nominationId: row.nomination.id }));
    expect(sheet.fileName).toBe(`资格审查表-2026-${row.nomination.id}.pdf`);
    const pdf = Buffer.from(sheet.content);
    const text = pdfText(pdf).replace(/\s+/g, '');
    expect(pdfPageCount(pdf)).toBe(1);
    expect(text).toContain('资格审查表');
    expect(text).toContain(`7.${row.nomination.studioName}（${row.nomination.id}）`.replace(/\s+/g, ''));
    expect(text).toContain('审查人/复核人');
    expect(text).toContain('第1页，共1页');
    for (const other of view.rows.filter((r) => r !== row)) expect(text).not.toContain(`（${other.nomination.id}）`);
    expect(text).toMatch(/打印时间\d{4}年\d{1,2}月\d{1,2}日\d{2}:\d{2}/);
    expect(await call(ctx, 'screening.nominationSheetPdf', { nominationId: 'N-none' })).toMatchObject({ ok: false, error: { code: 'nomination-not-found' } });
  });

  it('a 原则上 miss becomes a recorded exception: written reason, two people, printed as such, counted only once confirmed', async () => {
    const rule = DEMO_DEFECTS.find((d) => d.defect === 'intermediate-title')!; // Art. 4.1, 原则上
    const id = demoNominationId(2026, rule.seq);
    const byRule = expectOk(await call(ctx, 'screening.record', { nominationId: id, manual: allMet, screener: '张三' }));
    expect(byRule).toMatchObject({ outcome: 'not-qualified', exception: false });
    // Plain "qualified" is refused: only an explicit exception admits it.
    const plain = await call(ctx, 'screening.record', {
      nominationId: id, manual: allMet, decision: { outcome: 'qualified', reason: '同意' }, screener: '张三',
    });
    expect(plain).toMatchObject({ ok: false, error: { code: 'exception-required' } });
    const reason = '领衔人虽为中级职称，但系全国技术能手，经办公室研究作为例外';
    const rec = expectOk(await call(ctx, 'screening.record', {
      nominationId: id, manual: allMet, decision: { outcome: 'exception', reason }, screener: '张三',
    }));
    expect(rec).toMatchObject({ outcome: 'qualified', exception: true, confirmedBy: null });
    const { reviewableNominationIds } = await import('./screening');
    expect(reviewableNominationIds(ctx)).not.toContain(id); // one person is not enough
    expect(await call(ctx, 'screening.confirm', { nominationId: id, confirmer: '张三' })).toMatchObject({ ok: false, error: { code: 'same-person' } });
    expectOk(await call(ctx, 'screening.confirm', { nominationId: id, confirmer: '李四' }));
    expect(reviewableNominationIds(ctx)).toContain(id);
    const audited = ctx.store.db
      .prepare("SELECT action, details FROM audit_log WHERE subject = ? ORDER BY seq")
      .all(`nomination:${id}`) as { action: string; details: string }[];
    expect(audited.map((a) => a.action)).toEqual(['screening.record', 'screening.record', 'screening.confirm']);
    expect(JSON.parse(audited[1].details)).toMatchObject({ exception: true, decision: { outcome: 'exception', reason } });

    // A review resolved by a screener, for the sheet to show beside the exception.
    const review = demoNominationId(2026, DEMO_DEFECTS.find((d) => d.defect === 'recommender-not-entitled')!.seq);
    const open = expectOk(await call(ctx, 'screening.record', { nominationId: review, manual: allMet, screener: '张三' }));
    expect(open.outcome).toBe('needs-judgement'); // Art. 5 一般: to a reviewer, not a fail
    expect(open.reasons[0].code).toBe('recommending-unit-unregistered');
    expectOk(await call(ctx, 'screening.record', {
      nominationId: review, manual: allMet, decision: { outcome: 'qualified', reason: '经核实该学会为省教科文卫体工会委员单位' }, screener: '张三',
    }));

    const sheet = expectOk(await call(ctx, 'screening.sheetPdf', { year: 2026 }));
    const text = pdfText(Buffer.from(sheet.content)).replace(/\s+/g, '');
    expect(text).toContain('合格（例外准予）');
    expect(text).toContain('按第四条第1项“原则上”作为例外准予');
    expect(text).toContain(reason.replace(/\s+/g, ''));
    expect(text).toContain('复核人：李四');
    expect(text).toContain('审查人员判定');
    expect(text).toContain('经核实该学会为省教科文卫体工会委员单位');
    expect(text).toContain('其中例外准予1');
    expect(text).toContain('原则上（可例外）');
  });
});

const confirmations = () =>
  ctx.store.db.prepare("SELECT subject, details FROM audit_log WHERE action = 'screening.confirm' ORDER BY seq").all() as { subject: string; details: string }[];
const confirmedBy = (id: string) => ctx.store.db.prepare('SELECT confirmed_by FROM screenings WHERE nomination_id = ?').pluck().get(id);

describe("the second reviewer's batch confirmation", () => {
  it('confirms every chosen decision in one call, each audited as if confirmed alone', async () => {
    const ids = [1, 2, 3].map((seq) => demoNominationId(2026, seq));
    for (const id of ids) expectOk(await call(ctx, 'screening.record', { nominationId: id, manual: allMet, screener: '张三' }));
    const view = expectOk(await call(ctx, 'screening.confirmMany', { year: 2026, nominationIds: ids, confirmer: '李四' }));
    expect(view.confirmed).toBe(3);
    for (const id of ids) expect(view.rows.find((r) => r.nomination.id === id)?.record).toMatchObject({ confirmedBy: '李四', screenedBy: '张三' });
    expect(confirmations().map((c) => c.subject)).toEqual(ids.map((id) => `nomination:${id}`));
    expect(JSON.parse(confirmations()[0].details)).toMatchObject({ confirmer: '李四', screener: '张三', outcome: 'qualified' });
    expect(verifyAuditChain(ctx.store.db).valid).toBe(true);
  });

  it('confirms none when one of them cannot be confirmed, and names it', async () => {
    const clean = demoNominationId(2026, 1);
    const open = demoNominationId(2026, DEMO_DEFECTS.find((d) => d.outcome === 'review')!.seq);
    expectOk(await call(ctx, 'screening.record', { nominationId: clean, manual: allMet, screener: '张三' }));
    expect(expectOk(await call(ctx, 'screening.record', { nominationId: open, manual: allMet, screener: '张三' })).outcome).toBe('needs-judgement');
    const refused = await call(ctx, 'screening.confirmMany', { year: 2026, nominationIds: [clean, open], confirmer: '李四' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'screening-open' } });
    if (!refused.ok) expect(refused.error.message.zh).toContain(open);
    expect(confirmedBy(clean)).toBeNull();
    expect(confirmations()).toHaveLength(0);
  });

  it('refuses the screener as the confirmer, and a nomination of another year', async () => {
    const id = demoNominationId(2026, 1);
    expectOk(await call(ctx, 'screening.record', { nominationId: id, manual: allMet, screener: '张三' }));
    expect(await call(ctx, 'screening.confirmMany', { year: 2026, nominationIds: [id], confirmer: ' 张三 ' })).toMatchObject({ ok: false, error: { code: 'same-person' } });
    expect(await call(ctx, 'screening.confirmMany', { year: 2025, nominationIds: [id], confirmer: '李四' })).toMatchObject({
      ok: false,
      error: { code: 'nomination-not-found' },
    });
    expect(confirmedBy(id)).toBeNull();
  });

  it('asks for at least one nomination and a confirmer', async () => {
    expect((await call(ctx, 'screening.confirmMany', { year: 2026, nominationIds: [], confirmer: '李四' })).ok).toBe(false);
    expect((await call(ctx, 'screening.confirmMany', { year: 2026, nominationIds: [demoNominationId(2026, 1)], confirmer: ' ' })).ok).toBe(false);
  });
});
