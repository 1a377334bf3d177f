import type { ScreeningRow, ScreeningYearView } from '../../../src-shared/api/views';
import { SECTOR_LABELS } from '../../../src-shared/domain/vocabulary';
import { CHECK_LABELS } from '../../../src-shared/screening/check-result';
import { articleLabel } from '../../../src-shared/screening/labels';
import { MANUAL_ITEMS } from '../../../src-shared/screening/manual-checklist';
import { CHECK_QUALIFIERS, QUALIFIER_LABELS } from '../../../src-shared/screening/qualifiers';
import { formatLocalTime } from '../../../src-shared/time/local-time';
import { escapeHtml as h, sheetHtml } from '../html';

const OUTCOME = {
  qualified: '合格 Qualified',
  'not-qualified': '不合格 Not qualified',
  'needs-judgement': '待判定 Needs judgement',
} as const;
const CHECK_OUTCOME = { pass: '符合', fail: '不符合', review: '待判定' } as const;
const MET = (met: boolean | null) => (met === null ? '未核查' : met ? '符合' : '不符合');

/**
 * How the nomination got its outcome, as the file must show it: an exception to a 原则上 rule (two people),
 * a screener's judgement on what the rules leave open, or a rejection by a screener, each on its own line.
 */
function decisionRows(r: NonNullable<ScreeningRow['record']>): string {
  const d = r.decision;
  if (!d) return '';
  if (d.outcome === 'exception') {
    const second = r.confirmedBy ? `复核人：${h(r.confirmedBy)}` : '<span class="fail">尚未由另一人复核确认：在复核确认前不计入评审</span>';
    return `<tr class="exception"><th>例外准予<br>Exception</th><td><strong>按第四条第1项“原则上”作为例外准予</strong>（不符合该项规定，经办公室写明理由准予）。<br>理由：${h(d.reason)}<br>审查人：${h(r.screenedBy)}；${second}</td></tr>`;
  }
  const verdict = d.outcome === 'qualified' ? '判定合格' : '判定不合格';
  return `<tr class="judgement"><th>审查人员判定<br>Reviewer decision</th><td><strong>${verdict}</strong>（就自动审查不能判定的事项，由审查人员判断）。<br>理由：${h(d.reason)}</td></tr>`;
}

function outcomeText(r: ScreeningRow['record']): string {
  if (!r) return '未审查 Not screened';
  if (r.exception) return '合格（例外准予） Qualified as an exception';
  return OUTCOME[r.outcome];
}

function nominationBlock(row: ScreeningRow, index: number): string {
  const n = row.nomination;
  const r = row.record;
  const checks = row.checks
    .map(
      (c) => `<tr><td class="nowrap">${h(articleLabel(c.article).zh)}</td><td>${h(CHECK_LABELS[c.id].zh)}</td>
        <td class="qualifier">${h(QUALIFIER_LABELS[CHECK_QUALIFIERS[c.id].qualifier].zh)}</td>
        <td class="nowrap ${c.outcome === 'fail' ? 'fail' : ''}">${CHECK_OUTCOME[c.outcome]}</td><td>${h(c.message.zh)}</td></tr>`,
    )
    .join('');
  // The office's checklist (Art. 4.2 to 4.5), two items to a row: all absolute, so no qualifier column.
  const items = MANUAL_ITEMS.map((item) => {
    const a = r?.manual.find((m) => m.itemId === item.id);
    const note = a?.note ? `（${h(a.note)}）` : '';
    return `<td class="nowrap">${h(articleLabel(item.article).zh)}</td><td>${h(item.zh)}${note}</td><td class="nowrap ${a?.met === false ? 'fail' : ''}">${MET(a?.met ?? null)}</td>`;
  });
  const manualRows = Array.from({ length: Math.ceil(items.length / 2) }, (_, i) => `<tr>${items[2 * i]}${items[2 * i + 1] ?? '<td></td><td></td><td></td>'}</tr>`).join('');
  return `<section class="nomination"><h3>${index + 1}. ${h(n.studioName)}（${h(n.id)}）</h3>
<table>
  <tr><th>领衔人</th><td>${h(n.leaderName)}，${h(n.leaderTitle)}</td><th>行业</th><td>${h(SECTOR_LABELS[n.sector].zh)}</td></tr>
  <tr><th>工作单位</th><td>${h(n.workUnitName)}</td><th>成立时间</th><td>${h(n.foundedOn)}</td></tr>
  <tr><th>推荐单位</th><td colspan="3">${h(n.recommendingUnit)}</td></tr>
</table>
<table><tr><th style="width:11%">条款</th><th style="width:15%">审查项</th><th style="width:11%">规定性质</th><th style="width:7%">结果</th><th>说明</th></tr>${checks}</table>
${r ? `<table class="manual"><tr><th colspan="6">办公室核查事项（必备条件）</th></tr>${manualRows}</table>` : ''}
<table><tr><th style="width:16%">审查结论</th><td class="${r?.outcome === 'not-qualified' ? 'fail' : ''}">${outcomeText(r)}</td></tr>
  <tr><th>理由</th><td>${r ? r.reasons.map((x) => h(x.zh)).join('<br>') : ''}</td></tr>
  ${r ? decisionRows(r) : ''}
  <tr><th>审查人 / 复核人</th><td>${h(r?.screenedBy ?? '')} / ${h(r?.confirmedBy ?? '未复核')}</td></tr>
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
`;

const title = (year: number) => `${year}年度河南省教科文卫体系统劳模工匠创新工作室资格审查表`;
const subtitle = (year: number) => `Qualification screening sheet, selection year ${year}`;
const SIGNATURES = ['审查人 Screener', '复核人 Second reviewer', '负责人 Head of office', '日期 Date'];
const printedAtRow = (printedAt: string, timeZone: string) => `<th>打印时间</th><td>${h(formatLocalTime(printedAt, 'zh-CN', timeZone))}</td>`;

/** The same sheet for one nomination (row `index` of the year), e.g. to file or re-sign one nomination's page. */
export function nominationSheetHtml(view: ScreeningYearView, index: number, printedAt: string, timeZone: string): string {
  const row = view.rows[index];
  return sheetHtml({
    title: title(view.year.year),
    subtitle: subtitle(view.year.year),
    body: `${nominationBlock(row, index).replace('<section class="nomination">', '<section class="nomination alone">')}
<table><tr><th>审查基准日</th><td>${h(view.year.referenceDate)}</td>${printedAtRow(printedAt, timeZone)}</tr></table>`,
    signatures: SIGNATURES,
    style: STYLE,
  });
}


/** 资格审查表: every nomination of the year, every check and the outcome, for signature. */
export function qualificationSheetHtml(view: ScreeningYearView, printedAt: string, timeZone: string): string {
  const c = view.counts;
  const exceptions = view.rows.filter((r) => r.record?.exception).length;
  const judged = view.rows.filter((r) => r.record?.decision && r.record.decision.outcome !== 'exception').length;
  const summary = `<table>
  <tr><th>审查基准日</th><td>${h(view.year.referenceDate)}</td><th>推荐对象总数</th><td>${view.rows.length}</td></tr>
  <tr><th>合格</th><td>${c.qualified}</td><th>不合格</th><td>${c['not-qualified']}</td></tr>
  <tr><th>待判定</th><td>${c['needs-judgement']}</td><th>未审查</th><td>${c.unscreened}</td></tr>
  <tr><th>其中例外准予</th><td>${exceptions}</td><th>审查人员判定</th><td>${judged}</td></tr>
  <tr><th>已复核确认</th><td>${view.confirmed}</td>${printedAtRow(printedAt, timeZone)}</tr>
</table>
<p>规定性质：“必备条件”为《办法》未加限定的条件；“原则上（可例外）”指第四条第1项，不符合者可由办公室写明理由、经两人确认后作为例外准予；“一般（由审查人员判断）”指第四条第6项、第五条，不据此否决，由审查人员判断。</p>
${view.capWarning ? `<p class="fail">${h(view.capWarning.zh)}</p>` : '<p>按《办法》第二条，每年发布不超过 30 个工作室。</p>'}`;
  return sheetHtml({
    title: title(view.year.year),
    subtitle: subtitle(view.year.year),
    body: summary + view.rows.map(nominationBlock).join(''),
    signatures: SIGNATURES,
    style: STYLE,
  });
}
