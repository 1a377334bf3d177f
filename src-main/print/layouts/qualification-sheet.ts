import type { ScreeningRow, ScreeningYearView } from '../../../src-shared/api/views';
import { SECTOR_LABELS } from '../../../src-shared/domain/vocabulary';
import { CHECK_LABELS } from '../../../src-shared/screening/check-result';
import { articleLabel } from '../../../src-shared/screening/labels';
import { MANUAL_ITEMS } from '../../../src-shared/screening/manual-checklist';
import { escapeHtml as h, sheetHtml } from '../html';

const OUTCOME = {
  qualified: '合格 Qualified',
  'not-qualified': '不合格 Not qualified',
  'needs-judgement': '待判定 Needs judgement',
} as const;
const CHECK_OUTCOME = { pass: '符合', fail: '不符合', review: '待判定' } as const;
const MET = (met: boolean | null) => (met === null ? '未核查' : met ? '符合' : '不符合');

function nominationBlock(row: ScreeningRow, index: number): string {
  const n = row.nomination;
  const r = row.record;
  const checks = row.checks
    .map(
      (c) => `<tr><td>${h(articleLabel(c.article).zh)}</td><td>${h(CHECK_LABELS[c.id].zh)}</td>
        <td class="${c.outcome === 'fail' ? 'fail' : ''}">${CHECK_OUTCOME[c.outcome]}</td><td>${h(c.message.zh)}</td></tr>`,
    )
    .join('');
  const manual = r
    ? MANUAL_ITEMS.map((item) => {
        const a = r.manual.find((m) => m.itemId === item.id);
        return `<tr><td>${h(articleLabel(item.article).zh)}</td><td>${h(item.zh)}</td><td>${MET(a?.met ?? null)}</td><td>${h(a?.note ?? '')}</td></tr>`;
      }).join('')
    : '';
  return `<h3>${index + 1}. ${h(n.studioName)}（${h(n.id)}）</h3>
<table>
  <tr><th>领衔人</th><td>${h(n.leaderName)}，${h(n.leaderTitle)}</td><th>行业</th><td>${h(SECTOR_LABELS[n.sector].zh)}</td></tr>
  <tr><th>工作单位</th><td>${h(n.workUnitName)}</td><th>成立时间</th><td>${h(n.foundedOn)}</td></tr>
  <tr><th>推荐单位</th><td colspan="3">${h(n.recommendingUnit)}</td></tr>
</table>
<table><tr><th style="width:16%">条款</th><th style="width:22%">审查项</th><th style="width:10%">结果</th><th>说明</th></tr>${checks}${manual}</table>
<table><tr><th style="width:16%">审查结论</th><td class="${r?.outcome === 'not-qualified' ? 'fail' : ''}">${r ? OUTCOME[r.outcome] : '未审查 Not screened'}</td></tr>
  <tr><th>理由</th><td>${r ? r.reasons.map((x) => h(x.zh)).join('<br>') : ''}</td></tr>
  ${r?.decision ? `<tr><th>审查人员决定</th><td>${h(r.decision.reason)}</td></tr>` : ''}
  <tr><th>审查人 / 复核人</th><td>${h(r?.screenedBy ?? '')} / ${h(r?.confirmedBy ?? '未复核')}</td></tr>
</table>`;
}

/** 资格审查表: every nomination of the year, every check and the outcome, for signature. */
export function qualificationSheetHtml(view: ScreeningYearView, printedAt: string): string {
  const c = view.counts;
  const summary = `<table>
  <tr><th>审查基准日</th><td>${h(view.year.referenceDate)}</td><th>推荐对象总数</th><td>${view.rows.length}</td></tr>
  <tr><th>合格</th><td>${c.qualified}</td><th>不合格</th><td>${c['not-qualified']}</td></tr>
  <tr><th>待判定</th><td>${c['needs-judgement']}</td><th>未审查</th><td>${c.unscreened}</td></tr>
  <tr><th>已复核确认</th><td>${view.confirmed}</td><th>打印时间</th><td>${h(printedAt)}</td></tr>
</table>
${view.capWarning ? `<p class="fail">${h(view.capWarning.zh)}</p>` : '<p>按《办法》第二条，每年发布不超过 30 个工作室。</p>'}`;
  return sheetHtml({
    title: `${view.year.year}年度河南省教科文卫体系统劳模工匠创新工作室资格审查表`,
    subtitle: `Qualification screening sheet, selection year ${view.year.year}`,
    body: summary + view.rows.map(nominationBlock).join(''),
    signatures: ['审查人 Screener', '复核人 Second reviewer', '负责人 Head of office', '日期 Date'],
  });
}
