import type { DrawView } from '../../../src-shared/api/views';
import { escapeHtml as h, sheetHtml } from '../html';

const SKIP_ZH: Record<string, string> = {
  'excluded-id': '回避（专家）',
  'excluded-unit': '回避（单位）',
  'no-quota': '该类别无名额',
  'unit-cap': '单位名额已满',
  'stratum-full': '该类别已满',
};
const STATUS_ZH = { selected: '入选', alternate: '候补', skipped: '跳过' } as const;
const CALL_ZH = { accepted: '同意', declined: '谢绝', unreachable: '联系不上', conflict: '回避' } as const;
const mono = (s: string) => `<span style="font-family:monospace;word-break:break-all">${h(s)}</span>`;

function header(d: DrawView): string {
  const c = d.config;
  const quotas = Object.keys(c.quotas)
    .map((s) => `<tr><td>${h(s)}</td><td>${c.quotas[s]}</td><td>${c.alternates[s] ?? 0}</td></tr>`)
    .join('');
  const exclusions = d.setup.exclusions
    .map((x) => `<tr><td>${x.kind === 'unit' ? '单位' : '专家'}</td><td>${h(x.code)}</td><td>${h(x.label)}</td><td>${h(x.reason)}</td></tr>`)
    .join('');
  return `<table>
  <tr><th>抽取编号</th><td>${h(d.drawId)}</td><th>年度</th><td>${d.year}</td></tr>
  <tr><th>地点</th><td>${h(d.setup.place)}</td><th>操作人</th><td>${h(d.setup.operator)}</td></tr>
  <tr><th>算法</th><td>HN-DRAW-1（见 docs/draw-spec.md）</td><th>承诺时间</th><td>${h(d.committedAt)}</td></tr>
  <tr><th>专家库快照</th><td colspan="3">${d.poolSize} 人；poolHash ${mono(d.poolHash)}</td></tr>
  <tr><th>抽取配置</th><td colspan="3">每单位最多 ${d.config.unitCap} 人；configHash ${mono(d.configHash)}</td></tr>
</table>
<h3>名额 Quotas</h3><table><tr><th>类别</th><th>名额</th><th>候补</th></tr>${quotas}</table>
<h3>回避 Conflicts (${d.setup.exclusions.length})</h3>
<table><tr><th style="width:8%">类型</th><th style="width:16%">代码</th><th style="width:30%">名称</th><th>原因</th></tr>${exclusions}</table>`;
}

/** The page printed and signed BEFORE any witness digit: it fixes the pool and the configuration. */
export function commitmentHtml(d: DrawView): string {
  return sheetHtml({
    title: `专家抽取承诺页（${d.drawId}）`,
    subtitle: 'Draw commitment: printed before any witness input',
    body: `${header(d)}<p>以上两个哈希值在见证人输入数字之前公布。抽取结束后，任何人可用抽取记录文件重新计算核验。</p>`,
    signatures: ['操作人 Operator', '监督人 Supervisor', '见证人 Witness', '见证人 Witness', '见证人 Witness'],
  });
}

/** 抽取记录: everything needed to recompute the draw by hand, for signature, with the protocol file's hash. */
export function drawRecordHtml(d: DrawView, protocolSha256: string): string {
  const p = d.protocol!;
  const name = (id: string) => d.experts[id]?.name ?? '';
  const unit = (id: string) => d.experts[id]?.unitName ?? '';
  const witnesses = p.witnesses.map((w, i) => `<tr><td>${i + 1}</td><td>${h(w.name)}</td><td>${mono(w.digits)}</td></tr>`).join('');
  const rows = p.result
    .filter((r) => r.status !== 'skipped' || r.rank <= 200)
    .map(
      (r) => `<tr><td>${r.rank}</td><td>${mono(r.ticket.slice(0, 18))}…</td><td>${h(r.id)}</td><td>${h(name(r.id))}</td><td>${h(r.stratum)}</td>
        <td>${h(unit(r.id))}（${h(r.unitCode)}）</td><td>${STATUS_ZH[r.status]}${r.order ? ` ${r.order}` : ''}${r.reason ? `：${SKIP_ZH[r.reason]}` : ''}</td></tr>`,
    )
    .join('');
  const calls = p.callLog
    .map((c) => `<tr><td>${h(c.at)}</td><td>${h(c.caller)}</td><td>${h(c.expertId)} ${h(name(c.expertId))}</td><td>${CALL_ZH[c.outcome]}</td><td>${h(c.note ?? '')}</td></tr>`)
    .join('');
  const panel = (d.panel?.panel ?? [])
    .map((s) => `<tr><td>${h(s.stratum)}</td><td>${s.order}</td><td>${h(s.expertId)}</td><td>${h(name(s.expertId))}</td><td>${s.source === 'alternate' ? '候补递补' : '入选'}</td><td>${s.confirmed ? '已确认' : '未确认'}</td></tr>`)
    .join('');
  const skippedAfter = p.result.filter((r) => r.status === 'skipped' && r.rank > 200).length;
  return sheetHtml({
    title: `专家抽取记录（${d.drawId}）`,
    subtitle: `Draw record · ${d.year} · ${d.status}`,
    body: `${header(d)}
<h3>见证人数字 Witness digits</h3><table><tr><th>顺序</th><th>见证人</th><th>数字</th></tr>${witnesses}</table>
<table><tr><th style="width:12%">种子原文 key</th><td>${mono(p.key)}</td></tr><tr><th>种子 seed</th><td>${mono(p.seed)}</td></tr></table>
<h3>抽取结果 Result (in ticket order)</h3>
<table><tr><th>序</th><th>签号 ticket</th><th>编号</th><th>姓名</th><th>类别</th><th>单位</th><th>结果</th></tr>${rows}</table>
${skippedAfter ? `<p>其后 ${skippedAfter} 人均为跳过（见抽取记录文件）。</p>` : ''}
<h3>通知记录 Calls</h3><table><tr><th>时间</th><th>通知人</th><th>专家</th><th>结果</th><th>备注</th></tr>${calls || '<tr><td colspan="5">无</td></tr>'}</table>
<h3>专家组 Panel</h3><table><tr><th>类别</th><th>席位</th><th>编号</th><th>姓名</th><th>来源</th><th>确认</th></tr>${panel}</table>`,
    signatures: ['操作人 Operator', '监督人 Supervisor', '见证人 Witness', '见证人 Witness', '见证人 Witness'],
    closingNote: `抽取记录文件 SHA-256（${`抽取记录-${d.drawId}.json`}）：${protocolSha256}`,
  });
}
