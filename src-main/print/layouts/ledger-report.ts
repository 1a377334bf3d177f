import type { LedgerStudio } from '../../../src-shared/api/ops/ledger';
import type { LedgerPeriod } from '../../../src-shared/office/ledger-period';
import type { LedgerFacts } from '../../../src-shared/office/ledger-rules';
import { formatFen } from '../../../src-shared/office/ledger-money';
import { ENTRY_KIND_LABELS, EXPENSE_CATEGORIES, EXPENSE_CATEGORY_LABELS, type ExpenseCategory } from '../../../src-shared/office/ledger-vocabulary';
import type { StudioStatus } from '../../../src-shared/office/vocabulary';
import type { EntryRow } from '../../office/ledger-read';
import { escapeHtml as h, sheetHtml } from '../html';

/** An entry as the rules read it, with its stored row for the printed columns. */
export type ReportEntry = LedgerFacts & { row: EntryRow; reversedBy: number | null };

/** One studio's part of a ledger report: the studio and its period (entries carry their stored row). */
export interface ReportSection {
  studio: LedgerStudio;
  period: LedgerPeriod<ReportEntry>;
}

export interface LedgerReport {
  /** 2026年度 or the studio's register number. */
  scope: { zh: string; en: string };
  /** The period printed, when the report is of a year. */
  from?: string;
  to?: string;
  sections: ReportSection[];
  openingFen: number;
  grantedFen: number;
  spentFen: number;
  closingFen: number;
  byCategory: Record<ExpenseCategory, number>;
  madeAt: string;
  /** The audit log when the report was made, its chain checked: the point of the record the report reflects. */
  audit: { entries: number; headHash: string; valid: boolean };
}

export const STATUS_LABELS: Record<StudioStatus, { zh: string; en: string }> = {
  active: { zh: '正常', en: 'Active' },
  rectifying: { zh: '整改中', en: 'Rectifying' },
  revoked: { zh: '已撤销', en: 'Revoked' },
};

/**
 * What an entry is about, in one cell: the account for a grant, the purpose for an expense, the reason for a
 * reversal; an entry reversed later says so, since its counter-entry may fall in another year's report.
 */
export function entrySummary({ row: r, reversedBy }: ReportEntry): string {
  const later = reversedBy === null ? '' : `（已由第 ${reversedBy} 笔冲销）`;
  if (r.kind === 'grant') return `拨入工会经费账户：${r.account_name}（${r.bank}）${later}`;
  if (r.kind === 'expense') return `${r.purpose}${later}`;
  return `冲销第 ${r.reverses} 笔：${r.reason}`;
}

const STYLE = `
  td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  td.date { white-space: nowrap; }
  table.entries { font-size: 9pt; }
  tr.carry td { font-style: italic; }
  .revoked { font-weight: bold; }
  h3 { margin: 12pt 0 4pt; page-break-after: avoid; }
`;

const money = (fen: number) => `<td class="num">${formatFen(fen)}</td>`;

function sectionHtml(s: ReportSection): string {
  const st = s.studio;
  const rows = s.period.rows
    .map(({ entry, effect, balanceFen }) => {
      const r = entry.row;
      const category = effect.category ? EXPENSE_CATEGORY_LABELS[effect.category].zh : '';
      const party = r.kind === 'expense' ? r.payee : '';
      const inFen = effect.changeFen > 0 ? formatFen(effect.changeFen) : '';
      const outFen = effect.changeFen < 0 ? formatFen(-effect.changeFen) : '';
      return `<tr><td>${r.id}</td><td class="date">${r.entry_date}</td><td>${ENTRY_KIND_LABELS[r.kind].zh}</td><td>${h(entrySummary(entry))}</td><td>${h(category)}</td><td>${h(party)}</td><td>${h(r.voucher_no)}</td><td class="num">${inFen}</td><td class="num">${outFen}</td>${money(balanceFen)}</tr>`;
    })
    .join('');
  const status = STATUS_LABELS[st.status];
  return `<h3>${h(st.id)} ${h(st.studioName)}</h3>
<div>领衔人 Leader：${h(st.leaderName)} · 单位 Unit：${h(st.workUnitName)} · 年度 Year：${st.year} · 状态 Status：<span class="${st.status}">${status.zh} ${status.en}</span></div>
<table class="entries"><tr><th>编号</th><th>日期</th><th>类别</th><th>摘要</th><th>用途</th><th>收款方</th><th>凭证号</th><th class="num">收入（元）</th><th class="num">支出（元）</th><th class="num">余额（元）</th></tr>
<tr class="carry"><td colspan="9">期初余额 Opening balance</td>${money(s.period.openingFen)}</tr>
${rows}
<tr class="carry"><td colspan="7">本期合计（冲销已抵减）Period total, reversals netted / 期末余额 Closing balance</td>${money(s.period.grantedFen)}${money(s.period.spentFen)}${money(s.period.closingFen)}</tr></table>`;
}

/** 补助工作经费台账: for the superior union and auditors (Art. 12), every entry traceable to its voucher. */
export function ledgerReportHtml(r: LedgerReport): string {
  const categories = EXPENSE_CATEGORIES.map(
    (c) => `<tr><td>${h(EXPENSE_CATEGORY_LABELS[c].zh)} ${h(EXPENSE_CATEGORY_LABELS[c].en)}</td>${money(r.byCategory[c])}</tr>`,
  ).join('');
  const period = r.from ? `${r.from} 至 ${r.to}` : '全部 all entries';
  const summary = `<table>
<tr><th>范围 Scope</th><td>${h(r.scope.zh)} ${h(r.scope.en)}（${period}）</td><th>工作室 Studios</th><td>${r.sections.length}</td></tr>
<tr><th>期初余额 Opening</th><td class="num">${formatFen(r.openingFen)}</td><th>本期拨付 Granted</th><td class="num">${formatFen(r.grantedFen)}</td></tr>
<tr><th>本期支出 Spent</th><td class="num">${formatFen(r.spentFen)}</td><th>期末余额 Closing</th><td class="num">${formatFen(r.closingFen)}</td></tr>
</table>
<h3>按用途汇总 Spent by use（第十条 Art. 10）</h3>
<table><tr><th>用途 Use</th><th class="num">金额（元）Amount (yuan)</th></tr>${categories}<tr><th>合计 Total</th>${money(r.spentFen)}</tr></table>`;
  return sheetHtml({
    title: `劳模工匠创新工作室补助工作经费台账（${r.scope.zh}）`,
    subtitle: `Subsidy ledger of the innovation studios · ${r.scope.en} · 金额单位：元 amounts in yuan · 制表 made ${r.madeAt}`,
    body: `${summary}${r.sections.map(sectionHtml).join('')}`,
    signatures: ['制表人 Prepared by', '审核人 Checked by', '日期 Date'],
    closingNote: `审计日志 audit log：${r.audit.entries} 条 rows，${r.audit.valid ? '链完整 chain unbroken' : '链已断开 CHAIN BROKEN'}，链尾 head SHA-256 ${r.audit.headHash}`,
    style: STYLE,
  });
}
