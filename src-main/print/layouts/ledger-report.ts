import type { LedgerStudio } from '../../../src-shared/api/ops/ledger';
import type { LedgerPeriod } from '../../../src-shared/office/ledger-period';
import type { LedgerFacts } from '../../../src-shared/office/ledger-rules';
import { formatFen } from '../../../src-shared/office/ledger-money';
import { ENTRY_KIND_LABELS, EXPENSE_CATEGORIES, EXPENSE_CATEGORY_LABELS, type ExpenseCategory } from '../../../src-shared/office/ledger-vocabulary';
import type { StudioStatus } from '../../../src-shared/office/vocabulary';
import type { EntryRow } from '../../office/ledger-read';
import { asideIn, labelledIn } from '../../../src-shared/text/locale-punctuation';
import { escapeHtml as h, sheetHtml, type PrintStamp } from '../html';
import { pick, say, type SheetLanguage } from '../sheet-language';

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
export function entrySummary({ row: r, reversedBy }: ReportEntry, language: SheetLanguage = 'zh-CN'): string {
  const t = pick(language);
  const later = reversedBy === null ? '' : t(`（已由第 ${reversedBy} 笔冲销）`, ` (reversed by entry ${reversedBy})`);
  if (r.kind === 'grant') return `${labelledIn(language, t('拨入工会经费账户', 'Paid into the union account'), asideIn(language, r.account_name ?? '', r.bank ?? ''))}${later}`;
  if (r.kind === 'expense') return `${r.purpose}${later}`;
  return labelledIn(language, t(`冲销第 ${r.reverses} 笔`, `Reverses entry ${r.reverses}`), r.reason ?? '');
}

const STYLE = `
  /* Ten columns of entries do not fit across a portrait page without cutting summaries and payees into slivers. */
  @page { size: A4 landscape; }
  td.num, th.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
  td.date { white-space: nowrap; }
  /* Kinds, uses and vouchers (short words from a list) break only between words: 设备和材料 is never cut in pieces. */
  td.words { word-break: keep-all; }
  /* What an entry is about is the longest text of a row: it gets the room, the figures and short words take what they need. */
  th.summary { width: 30%; }
  table.entries { font-size: 9pt; }
  tr.carry td { font-style: italic; }
  .revoked { font-weight: bold; }
  h3 { margin: 12pt 0 4pt; page-break-after: avoid; }
`;

const money = (fen: number) => `<td class="num">${formatFen(fen)}</td>`;

function sectionHtml(s: ReportSection, language: SheetLanguage): string {
  const t = pick(language);
  const m = say(language);
  const st = s.studio;
  const rows = s.period.rows
    .map(({ entry, effect, balanceFen }) => {
      const r = entry.row;
      const category = effect.category ? m(EXPENSE_CATEGORY_LABELS[effect.category]) : '';
      const party = r.kind === 'expense' ? r.payee : '';
      const inFen = effect.changeFen > 0 ? formatFen(effect.changeFen) : '';
      const outFen = effect.changeFen < 0 ? formatFen(-effect.changeFen) : '';
      return `<tr><td>${r.id}</td><td class="date">${r.entry_date}</td><td class="words">${m(ENTRY_KIND_LABELS[r.kind])}</td><td>${h(entrySummary(entry, language))}</td><td class="words">${h(category)}</td><td>${h(party)}</td><td class="words">${h(r.voucher_no)}</td><td class="num">${inFen}</td><td class="num">${outFen}</td>${money(balanceFen)}</tr>`;
    })
    .join('');
  const facts = [
    labelledIn(language, t('领衔人', 'Leader'), h(st.leaderName)),
    labelledIn(language, t('单位', 'Unit'), h(st.workUnitName)),
    labelledIn(language, t('年度', 'Year'), String(st.year)),
    labelledIn(language, t('状态', 'Status'), `<span class="${st.status}">${m(STATUS_LABELS[st.status])}</span>`),
  ];
  return `<h3>${h(st.id)} ${h(st.studioName)}</h3>
<div>${facts.join(' · ')}</div>
<table class="entries"><tr><th>${t('编号', 'No.')}</th><th>${t('日期', 'Date')}</th><th>${t('类别', 'Kind')}</th><th class="summary">${t('摘要', 'Summary')}</th><th>${t('用途', 'Use')}</th><th>${t('收款方', 'Payee')}</th><th>${t('凭证号', 'Voucher')}</th><th class="num">${t('收入', 'In')}</th><th class="num">${t('支出', 'Out')}</th><th class="num">${t('余额', 'Balance')}</th></tr>
<tr class="carry"><td colspan="9">${t('期初余额', 'Opening balance')}</td>${money(s.period.openingFen)}</tr>
${rows}
<tr class="carry"><td colspan="7">${t('本期合计（冲销已抵减） / 期末余额', 'Period total, reversals netted / closing balance')}</td>${money(s.period.grantedFen)}${money(s.period.spentFen)}${money(s.period.closingFen)}</tr></table>`;
}

/** 补助工作经费台账: for the superior union and auditors (Art. 12), every entry traceable to its voucher. */
export function ledgerReportHtml(r: LedgerReport, language: SheetLanguage = 'zh-CN', printed?: PrintStamp): string {
  const t = pick(language);
  const m = say(language);
  const categories = EXPENSE_CATEGORIES.map((c) => `<tr><td>${h(m(EXPENSE_CATEGORY_LABELS[c]))}</td>${money(r.byCategory[c])}</tr>`).join('');
  const period = r.from ? t(`${r.from} 至 ${r.to}`, `${r.from} to ${r.to}`) : t('全部', 'all entries');
  const summary = `<table>
<tr><th>${t('范围', 'Scope')}</th><td>${h(asideIn(language, m(r.scope), period))}</td><th>${t('工作室', 'Studios')}</th><td>${r.sections.length}</td></tr>
<tr><th>${t('期初余额', 'Opening')}</th><td class="num">${formatFen(r.openingFen)}</td><th>${t('本期拨付', 'Granted')}</th><td class="num">${formatFen(r.grantedFen)}</td></tr>
<tr><th>${t('本期支出', 'Spent')}</th><td class="num">${formatFen(r.spentFen)}</td><th>${t('期末余额', 'Closing')}</th><td class="num">${formatFen(r.closingFen)}</td></tr>
</table>
<h3>${t('按用途汇总（第十条）', 'Spent by use (Art. 10)')}</h3>
<table><tr><th>${t('用途', 'Use')}</th><th class="num">${t('金额（元）', 'Amount (yuan)')}</th></tr>${categories}<tr><th>${t('合计', 'Total')}</th>${money(r.spentFen)}</tr></table>`;
  const audit = t(
    `审计日志：${r.audit.entries} 条，${r.audit.valid ? '链完整' : '链已断开'}，链尾 SHA-256 ${r.audit.headHash}`,
    `Audit log: ${r.audit.entries} rows, ${r.audit.valid ? 'chain unbroken' : 'CHAIN BROKEN'}, head SHA-256 ${r.audit.headHash}`,
  );
  return sheetHtml({
    title: t(`劳模工匠创新工作室补助工作经费台账（${r.scope.zh}）`, `Subsidy ledger of the innovation studios (${r.scope.en})`),
    subtitle: t('金额单位：元', 'Amounts in yuan'),
    body: `${summary}${r.sections.map((s) => sectionHtml(s, language)).join('')}`,
    signatures: [t('制表人', 'Prepared by'), t('审核人', 'Checked by'), t('日期', 'Date')],
    closingNote: audit,
    lang: language,
    printed,
    style: STYLE,
  });
}
