import type { ScreeningRow, ScreeningYearView } from '../../../src-shared/api/views';
import { SECTOR_LABELS } from '../../../src-shared/domain/vocabulary';
import { CHECK_LABELS } from '../../../src-shared/screening/check-result';
import { articleLabel } from '../../../src-shared/screening/labels';
import { MANUAL_ITEMS } from '../../../src-shared/screening/manual-checklist';
import { CHECK_QUALIFIERS, QUALIFIER_LABELS } from '../../../src-shared/screening/qualifiers';
import type { Message } from '../../../src-shared/result';
import { asideIn, partsIn } from '../../../src-shared/text/locale-punctuation';
import { escapeHtml as h, sheetHtml, type PrintStamp } from '../html';
import { pick, say, type SheetLanguage } from '../sheet-language';

const OUTCOME: Record<'qualified' | 'not-qualified' | 'needs-judgement', Message> = {
  qualified: { zh: '合格', en: 'Qualified' },
  'not-qualified': { zh: '不合格', en: 'Not qualified' },
  'needs-judgement': { zh: '待判定', en: 'Needs judgement' },
};
const CHECK_OUTCOME: Record<'pass' | 'fail' | 'review', Message> = {
  pass: { zh: '符合', en: 'Met' },
  fail: { zh: '不符合', en: 'Not met' },
  review: { zh: '待判定', en: 'To judge' },
};
const MET = (met: boolean | null): Message => (met === null ? { zh: '未核查', en: 'Not checked' } : CHECK_OUTCOME[met ? 'pass' : 'fail']);

/** How a sheet is printed: in the app's language, with the time it was printed in the office's zone. */
export interface QualificationPrint {
  language: SheetLanguage;
  printed: PrintStamp;
}

/**
 * How the nomination got its outcome, as the file must show it: an exception to a 原则上 rule (two people),
 * a screener's judgement on what the rules leave open, or a rejection by a screener, each on its own line.
 */
function decisionRows(r: NonNullable<ScreeningRow['record']>, language: SheetLanguage): string {
  const t = pick(language);
  const d = r.decision;
  if (!d) return '';
  const reason = `${t('理由：', 'Reason: ')}${h(d.reason)}`;
  if (d.outcome === 'exception') {
    const second = r.confirmedBy
      ? `${t('复核人：', 'Second reviewer: ')}${h(r.confirmedBy)}`
      : `<span class="fail">${t('尚未由另一人复核确认：在复核确认前不计入评审', 'Not yet confirmed by a second person: it does not count until confirmed')}</span>`;
    return `<tr class="exception"><th>${t('例外准予', 'Exception')}</th><td><strong>${t('按第四条第1项“原则上”作为例外准予', 'Granted as an exception to Art. 4.1 "as a rule"')}</strong>${t('（不符合该项规定，经办公室写明理由准予）。', ' (the item is not met; the office granted it with a written reason).')}<br>${reason}<br>${t('审查人：', 'Screener: ')}${h(r.screenedBy)}${t('；', '; ')}${second}</td></tr>`;
  }
  const verdict = d.outcome === 'qualified' ? t('判定合格', 'Judged qualified') : t('判定不合格', 'Judged not qualified');
  return `<tr class="judgement"><th>${t('审查人员判定', 'Reviewer decision')}</th><td><strong>${verdict}</strong>${t('（就自动审查不能判定的事项，由审查人员判断）。', ' (on what the automatic checks cannot decide, a reviewer judges).')}<br>${reason}</td></tr>`;
}

function outcomeText(r: ScreeningRow['record'], language: SheetLanguage): string {
  const t = pick(language);
  if (!r) return t('未审查', 'Not screened');
  if (r.exception) return t('合格（例外准予）', 'Qualified as an exception');
  return say(language)(OUTCOME[r.outcome]);
}

function nominationBlock(row: ScreeningRow, index: number, language: SheetLanguage): string {
  const t = pick(language);
  const m = say(language);
  const n = row.nomination;
  const r = row.record;
  const checks = row.checks
    .map(
      (c) => `<tr><td class="nowrap">${h(m(articleLabel(c.article)))}</td><td>${h(m(CHECK_LABELS[c.id]))}</td>
        <td class="qualifier">${h(m(QUALIFIER_LABELS[CHECK_QUALIFIERS[c.id].qualifier]))}</td>
        <td class="nowrap ${c.outcome === 'fail' ? 'fail' : ''}">${m(CHECK_OUTCOME[c.outcome])}</td><td>${h(m(c.message))}</td></tr>`,
    )
    .join('');
  // The office's checklist (Art. 4.2 to 4.5), two items to a row: all absolute, so no qualifier column.
  const items = MANUAL_ITEMS.map((item) => {
    const a = r?.manual.find((x) => x.itemId === item.id);
    const text = a?.note ? asideIn(language, m(item), a.note) : m(item);
    return `<td class="nowrap">${h(m(articleLabel(item.article)))}</td><td>${h(text)}</td><td class="nowrap ${a?.met === false ? 'fail' : ''}">${m(MET(a?.met ?? null))}</td>`;
  });
  const manualRows = Array.from({ length: Math.ceil(items.length / 2) }, (_, i) => `<tr>${items[2 * i]}${items[2 * i + 1] ?? '<td></td><td></td><td></td>'}</tr>`).join('');
  return `<section class="nomination"><h3>${index + 1}. ${h(asideIn(language, n.studioName, n.id))}</h3>
<table>
  <tr><th>${t('领衔人', 'Leader')}</th><td>${h(partsIn(language, [n.leaderName, n.leaderTitle]))}</td><th>${t('行业', 'Sector')}</th><td>${h(m(SECTOR_LABELS[n.sector]))}</td></tr>
  <tr><th>${t('工作单位', 'Work unit')}</th><td>${h(n.workUnitName)}</td><th>${t('成立时间', 'Founded')}</th><td>${h(n.foundedOn)}</td></tr>
  <tr><th>${t('推荐单位', 'Recommended by')}</th><td colspan="3">${h(n.recommendingUnit)}</td></tr>
</table>
<table><tr><th style="width:11%">${t('条款', 'Article')}</th><th style="width:15%">${t('审查项', 'Check')}</th><th style="width:11%">${t('规定性质', 'Kind of rule')}</th><th style="width:7%">${t('结果', 'Result')}</th><th>${t('说明', 'Explanation')}</th></tr>${checks}</table>
${r ? `<table class="manual"><tr><th colspan="6">${t('办公室核查事项（必备条件）', 'Checked by the office (absolute conditions)')}</th></tr>${manualRows}</table>` : ''}
<table><tr><th style="width:16%">${t('审查结论', 'Outcome')}</th><td class="${r?.outcome === 'not-qualified' ? 'fail' : ''}">${outcomeText(r, language)}</td></tr>
  <tr><th>${t('理由', 'Reasons')}</th><td>${r ? r.reasons.map((x) => h(m(x))).join('<br>') : ''}</td></tr>
  ${r ? decisionRows(r, language) : ''}
  <tr><th>${t('审查人 / 复核人', 'Screener / second reviewer')}</th><td>${h(r?.screenedBy ?? '')} / ${h(r?.confirmedBy ?? t('未复核', 'not confirmed'))}</td></tr>
</table></section>`;
}

// Each nomination starts on a new page and is never split across two (one fits on a page), so a sheet can be signed
// and filed per nomination, and 45 nominations take 45 pages plus the summary.
const STYLE = `
  section.nomination { break-before: page; break-inside: avoid; page-break-inside: avoid; }
  section.nomination h3 { margin: 0 0 6pt; }
  section.nomination table { font-size: 9pt; margin-bottom: 5pt; }
  section.nomination th, section.nomination td { padding: 1.5pt 3pt; }
  section.nomination .nowrap { white-space: nowrap; }
  section.nomination .qualifier { font-size: 8pt; }
  section.nomination table.manual td { font-size: 8.5pt; }
  section.nomination.alone { break-before: auto; }
  /* A nomination's page carries its signatures and print line too: spaced tighter so they stay on that page. */
  .signatures { margin-top: 8pt; }
  .signatures div { margin-top: 9pt; }
  .printed { margin-top: 4pt; }
`;

const title = (year: number, language: SheetLanguage) =>
  pick(language)(`${year}年度河南省教科文卫体系统劳模工匠创新工作室资格审查表`, `Qualification screening sheet of the innovation studios, selection year ${year}`);
const subtitle = (year: number, language: SheetLanguage) =>
  pick(language)(`河南省教科文卫体工会 · ${year}年度`, `Henan education, science, culture, health and sports trade union · ${year}`);
const signatures = (language: SheetLanguage) => {
  const t = pick(language);
  return [t('审查人', 'Screener'), t('复核人', 'Second reviewer'), t('负责人', 'Head of office'), t('日期', 'Date')];
};

/** The same sheet for one nomination (row `index` of the year), e.g. to file or re-sign one nomination's page. */
export function nominationSheetHtml(view: ScreeningYearView, index: number, p: QualificationPrint): string {
  const row = view.rows[index];
  return sheetHtml({
    title: title(view.year.year, p.language),
    subtitle: subtitle(view.year.year, p.language),
    body: `${nominationBlock(row, index, p.language).replace('<section class="nomination">', '<section class="nomination alone">')}
<table><tr><th>${pick(p.language)('审查基准日', 'Reference date')}</th><td>${h(view.year.referenceDate)}</td></tr></table>`,
    signatures: signatures(p.language),
    lang: p.language,
    printed: p.printed,
    style: STYLE,
  });
}

/** 资格审查表: every nomination of the year, every check and the outcome, for signature. */
export function qualificationSheetHtml(view: ScreeningYearView, p: QualificationPrint): string {
  const t = pick(p.language);
  const c = view.counts;
  const exceptions = view.rows.filter((r) => r.record?.exception).length;
  const judged = view.rows.filter((r) => r.record?.decision && r.record.decision.outcome !== 'exception').length;
  const summary = `<table>
  <tr><th>${t('审查基准日', 'Reference date')}</th><td>${h(view.year.referenceDate)}</td><th>${t('推荐对象总数', 'Nominations')}</th><td>${view.rows.length}</td></tr>
  <tr><th>${t('合格', 'Qualified')}</th><td>${c.qualified}</td><th>${t('不合格', 'Not qualified')}</th><td>${c['not-qualified']}</td></tr>
  <tr><th>${t('待判定', 'Needs judgement')}</th><td>${c['needs-judgement']}</td><th>${t('未审查', 'Not screened')}</th><td>${c.unscreened}</td></tr>
  <tr><th>${t('其中例外准予', 'Of which exceptions')}</th><td>${exceptions}</td><th>${t('审查人员判定', 'Reviewer decisions')}</th><td>${judged}</td></tr>
  <tr><th>${t('已复核确认', 'Confirmed by a second reviewer')}</th><td colspan="3">${view.confirmed}</td></tr>
</table>
<p>${t(
    '规定性质：“必备条件”为《办法》未加限定的条件；“原则上（可例外）”指第四条第1项，不符合者可由办公室写明理由、经两人确认后作为例外准予；“一般（由审查人员判断）”指第四条第6项、第五条，不据此否决，由审查人员判断。',
    'Kind of rule: "absolute" is a condition the Measures state without qualification; "as a rule (exceptions possible)" is Art. 4.1, where a nomination that does not meet it may be granted as an exception with the office\'s written reason, confirmed by two people; "generally (a reviewer judges)" is Art. 4.6 and Art. 5, which do not reject by themselves: a reviewer judges.',
  )}</p>
${view.capWarning ? `<p class="fail">${h(say(p.language)(view.capWarning))}</p>` : `<p>${t('按《办法》第二条，每年发布不超过 30 个工作室。', 'Under Art. 2 of the Measures, at most 30 studios are published a year.')}</p>`}`;
  return sheetHtml({
    title: title(view.year.year, p.language),
    subtitle: subtitle(view.year.year, p.language),
    body: summary + view.rows.map((row, i) => nominationBlock(row, i, p.language)).join(''),
    signatures: signatures(p.language),
    lang: p.language,
    printed: p.printed,
    style: STYLE,
  });
}
