import ExcelJS from 'exceljs';
import type { LedgerReportFiles } from '../../src-shared/api/ops/ledger';
import { ledgerPeriod } from '../../src-shared/office/ledger-period';
import { emptyTotals } from '../../src-shared/office/ledger-rules';
import { ENTRY_KIND_LABELS, EXPENSE_CATEGORIES, EXPENSE_CATEGORY_LABELS } from '../../src-shared/office/ledger-vocabulary';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import { writeWorkbookAtomically } from '../import/atomic-write';
import { verifyAuditChain } from '../store/audit-log';
import { entrySummary, ledgerReportHtml, STATUS_LABELS, type LedgerReport, type ReportEntry, type ReportSection } from '../print/layouts/ledger-report';
import type { ServiceContext } from '../services/context';
import { fileDownload, PDF } from '../services/downloads';
import { printStampOf } from '../services/print-stamp';
import { readSettings } from '../services/settings';
import { viaTempFile } from '../services/spreadsheets';
import { entriesByStudio, entryRows, findStudio, toFacts, toStudio, type EntryRow } from './ledger-read';

/**
 * The ledger report for the superior union and auditors (Art. 12), of one studio (its whole ledger) or of a year
 * (every studio's entries dated in it, with the balances brought and carried forward): a PDF through Chromium and an
 * xlsx written and read back before it is handed on. Both come from the same sections, so they cannot disagree.
 */
export type ReportScope = { studioId: string } | { year: number };

function asEntries(rows: readonly EntryRow[]): ReportEntry[] {
  const reversedBy = new Map(rows.flatMap((r) => (r.reverses === null ? [] : [[r.reverses, r.id] as const])));
  return rows.map((row) => ({ ...toFacts(row), row, reversedBy: reversedBy.get(row.id) ?? null }));
}

function collect(ctx: ServiceContext, scope: ReportScope): Result<LedgerReport> {
  const { store } = ctx;
  let sections: ReportSection[];
  let from: string | undefined;
  let to: string | undefined;
  let label: { zh: string; en: string };
  if ('studioId' in scope) {
    const studio = findStudio(ctx, scope.studioId);
    if (!studio.ok) return studio;
    sections = [{ studio: studio.value, period: ledgerPeriod(asEntries(entryRows(ctx, scope.studioId))) }];
    label = { zh: `工作室 ${scope.studioId}`, en: `studio ${scope.studioId}` };
  } else {
    from = `${scope.year}-01-01`;
    to = `${scope.year}-12-31`;
    const groups = entriesByStudio(ctx);
    sections = store
      .all(store.q.selectFrom('studios').selectAll().orderBy('year').orderBy('seq'))
      .map((s) => ({ studio: toStudio(s), period: ledgerPeriod(asEntries(groups.get(s.id) ?? []), from, to) }))
      // A studio with money left but no entry this year is still reported: the auditors follow unspent funds too.
      .filter((s) => s.period.rows.length > 0 || s.period.openingFen !== 0);
    label = { zh: `${scope.year}年度`, en: `year ${scope.year}` };
  }
  const byCategory = emptyTotals();
  for (const s of sections) for (const c of EXPENSE_CATEGORIES) byCategory[c] += s.period.byCategory[c];
  const sum = (pick: (s: ReportSection) => number) => sections.reduce((t, s) => t + pick(s), 0);
  const chain = verifyAuditChain(store.db);
  return ok({
    scope: label,
    from,
    to,
    sections,
    openingFen: sum((s) => s.period.openingFen),
    grantedFen: sum((s) => s.period.grantedFen),
    spentFen: sum((s) => s.period.spentFen),
    closingFen: sum((s) => s.period.closingFen),
    byCategory,
    audit: { entries: chain.entries, headHash: chain.headHash, valid: chain.valid },
  });
}

/**
 * Excel holds every number as a binary fraction: an amount goes in as yuan (fen / 100, the nearest double to the
 * decimal, as if typed) with two decimals shown, and the read-back check turns each back into fen exactly.
 */
const yuan = (fen: number) => fen / 100;
const MONEY = '#,##0.00';

const SUMMARY_HEADERS = ['登记号', '工作室', '领衔人', '工作单位', '年度', '状态', '期初余额', '本期拨付', '本期支出', '期末余额', ...EXPENSE_CATEGORIES.map((c) => EXPENSE_CATEGORY_LABELS[c].zh)];
const ENTRY_HEADERS = ['登记号', '工作室', '编号', '日期', '类别', '摘要', '用途', '收款方', '账户名称', '开户银行', '凭证号', '冲销第几笔', '收入', '支出', '余额', '凭证扫描件 SHA-256', '记录人', '记录时间'];

function workbook(r: LedgerReport): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = '劳模工匠创新工作室评审';
  const summary = wb.addWorksheet('汇总');
  summary.addRow(SUMMARY_HEADERS).font = { bold: true };
  for (const { studio: st, period: p } of r.sections) {
    summary.addRow([st.id, st.studioName, st.leaderName, st.workUnitName, st.year, STATUS_LABELS[st.status].zh, ...[p.openingFen, p.grantedFen, p.spentFen, p.closingFen, ...EXPENSE_CATEGORIES.map((c) => p.byCategory[c])].map(yuan)]);
  }
  summary.addRow(['合计', '', '', '', '', '', ...[r.openingFen, r.grantedFen, r.spentFen, r.closingFen, ...EXPENSE_CATEGORIES.map((c) => r.byCategory[c])].map(yuan)]).font = { bold: true };
  for (let c = 7; c <= SUMMARY_HEADERS.length; c++) summary.getColumn(c).numFmt = MONEY;

  const entries = wb.addWorksheet('明细');
  entries.addRow(ENTRY_HEADERS).font = { bold: true };
  for (const { studio: st, period } of r.sections) {
    for (const { entry, effect, balanceFen } of period.rows) {
      const e = entry.row;
      entries.addRow([
        st.id,
        st.studioName,
        e.id,
        e.entry_date,
        ENTRY_KIND_LABELS[e.kind].zh,
        entrySummary(entry),
        effect.category ? EXPENSE_CATEGORY_LABELS[effect.category].zh : '',
        e.payee,
        e.account_name,
        e.bank,
        e.voucher_no,
        e.reverses ?? '',
        effect.changeFen > 0 ? yuan(effect.changeFen) : null,
        effect.changeFen < 0 ? yuan(-effect.changeFen) : null,
        yuan(balanceFen),
        e.attachment_sha256 ?? '',
        e.recorded_by,
        e.recorded_at,
      ]);
    }
  }
  for (const c of [13, 14, 15]) entries.getColumn(c).numFmt = MONEY;

  const uses = wb.addWorksheet('按用途汇总');
  uses.addRow(['用途（第十条）', 'Use (Art. 10)', '金额（元）']).font = { bold: true };
  for (const c of EXPENSE_CATEGORIES) uses.addRow([EXPENSE_CATEGORY_LABELS[c].zh, EXPENSE_CATEGORY_LABELS[c].en, yuan(r.byCategory[c])]);
  uses.addRow(['合计', 'Total', yuan(r.spentFen)]).font = { bold: true };
  uses.getColumn(3).numFmt = MONEY;
  for (const ws of [summary, entries, uses]) ws.views = [{ state: 'frozen', ySplit: 1 }];
  return wb;
}

const fen = (v: ExcelJS.CellValue) => (typeof v === 'number' ? Math.round(v * 100) : NaN);

/** The written file read back: every entry row there, and the totals row equal to the fen they came from. */
async function verifyWorkbook(file: string, r: LedgerReport): Promise<Result<void>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const entries = r.sections.reduce((n, s) => n + s.period.rows.length, 0);
  const detail = wb.getWorksheet('明细');
  const summary = wb.getWorksheet('汇总');
  const total = summary?.getRow(r.sections.length + 2);
  const expected = [r.openingFen, r.grantedFen, r.spentFen, r.closingFen];
  const read = [7, 8, 9, 10].map((c) => fen(total?.getCell(c).value ?? null));
  if (detail?.actualRowCount !== entries + 1 || read.some((v, i) => v !== expected[i])) {
    return err('report-verify-failed', '台账表格复核失败：读回的行数或合计与台账不符', 'The ledger workbook failed its check: rows or totals read back differ from the ledger');
  }
  return ok();
}

export async function ledgerReport(ctx: ServiceContext, scope: ReportScope): Promise<Result<LedgerReportFiles>> {
  const report = collect(ctx, scope);
  if (isErr(report)) return report;
  const name = `补助经费台账-${'studioId' in scope ? scope.studioId : `${scope.year}年度`}`;
  const xlsx = await viaTempFile(`${name}.xlsx`, (file) => writeWorkbookAtomically(workbook(report.value), file, (temp) => verifyWorkbook(temp, report.value)));
  if (isErr(xlsx)) return xlsx;
  const { language } = readSettings(ctx);
  const pdf = await ctx.printPdf(ledgerReportHtml(report.value, language, printStampOf(ctx)), { language });
  return ok({ pdf: fileDownload(`${name}.pdf`, PDF, pdf), xlsx: xlsx.value });
}
