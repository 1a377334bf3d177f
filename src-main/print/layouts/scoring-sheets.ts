import type { ResultsView, SessionView } from '../../../src-shared/api/views';
import { SCORING_METHOD_LABELS, tieBreakLabel } from '../../../src-shared/scoring/method-labels';
import { RUBRIC_AUTHORITY, RUBRIC_SOURCE_NOTE } from '../../../src-shared/scoring/rubric';
import { ungroup } from '../../../src-shared/text/groups';
import { checkCodeHtml, escapeHtml as h, sheetHtml, type PrintStamp } from '../html';
import { pick, say, type SheetLanguage } from '../sheet-language';

/**
 * Widths from the content: scores and ranks never wrap, a studio name and a comment get room enough that they are
 * never broken a character a line, and long criterion or expert headings wrap instead of taking that room.
 */
const SCORES_STYLE = `
  table.scores, table.scores + table { table-layout: auto; }
  td.num { white-space: nowrap; text-align: right; }
  td.name { min-width: 10em; }
  td.person { min-width: 4em; white-space: nowrap; }
  td.comment { min-width: 12em; }
  th.wrap { white-space: normal; }
`;

const fmt = (n: number | null | undefined, digits = 2) => (n === null || n === undefined ? '—' : n.toFixed(digits));
const studio = (s: SessionView, id: string) => s.nominations.find((n) => n.id === id)?.studioName ?? id;
const expertName = (s: SessionView, id: string) => s.panel.find((p) => p.expertId === id)?.name ?? id;


/** Who set the rubric (the office, not the seed rules), on every sheet that shows or applies it. */
const rubricAuthorityHtml = (language: SheetLanguage) =>
  `<p class="rubric-authority">${language === 'en' ? `${h(RUBRIC_AUTHORITY.en)}. ${h(RUBRIC_SOURCE_NOTE.en)}` : `${h(RUBRIC_AUTHORITY.zh)}。${h(RUBRIC_SOURCE_NOTE.zh)}`}</p>`;

/**
 * 评分细则: each criterion's points in their own columns, the descriptor (which ends with the source of the
 * criterion's content, 内容依据) apart from them, so no article reads as the origin of the points.
 */
const rubricHtml = (s: SessionView, language: SheetLanguage) => {
  const t = pick(language);
  const m = say(language);
  return `<h3>${t('评分细则', 'Scoring rubric')}</h3>${rubricAuthorityHtml(language)}
<table><tr><th>${t('评分项', 'Criterion')}</th><th>${t('满分', 'Points')}</th><th>${t('步长', 'Step')}</th><th>${t('权重', 'Weight')}</th><th>${t('评分说明（含内容依据）', 'Description (with its source)')}</th></tr>${s.rules.rubric.criteria
    .map((k) => `<tr><td>${h(m(k))}</td><td>${k.maxPoints}</td><td>${k.step}</td><td>${k.weight}</td><td>${h(m(k.descriptors))}</td></tr>`)
    .join('')}</table>`;
};

/**
 * 专家密钥确认: the fingerprint of the key the expert signs with, its first 8 characters boxed, right above their
 * signature. The office types those 8 back from this signed paper when the bundle comes in, so a bundle whose
 * sheets were signed with any other key is refused even when the meeting laptop's key signed the bundle.
 */
function keyConfirmationHtml(fingerprint: string | undefined, language: SheetLanguage): string {
  const t = pick(language);
  const key = fingerprint ? checkCodeHtml(ungroup(fingerprint)) : `<p>${t('尚未签到，没有签名密钥', 'Not checked in: no signing key yet')}</p>`;
  return `<h3>${t('专家密钥确认', 'Expert key confirmation')}</h3>
<table><tr><th>${t('签名密钥指纹', 'Key fingerprint')}</th><td>${key}</td></tr></table>
<p>${t(
    '本人签到时生成签名密钥，以上为其指纹，本人的电子评分表由该密钥签名。方框内为前 8 位核对码：结果包送到省教科文卫体工会时，办公室按本签字件录入核对。',
    'The signing key was made for me when I checked in; above is its fingerprint, and my electronic score sheet is signed with it. The boxed first 8 characters are the check code the office types from this signed sheet when the result bundle comes in.',
  )}</p>`;
}

/** 专家评分表: one expert's every cell, in their order, with the key fingerprint they sign with. */
export function expertSheetHtml(s: SessionView, expertId: string, language: SheetLanguage = 'zh-CN', printed?: PrintStamp): string {
  const t = pick(language);
  const m = say(language);
  const expert = s.experts.find((e) => e.expertId === expertId);
  const criteria = s.rules.rubric.criteria;
  const order = expert?.order.length ? expert.order : s.nominations.map((n) => n.id);
  const rows = order
    .map((id, i) => {
      const c = s.cells.find((x) => x.expertId === expertId && x.nominationId === id);
      const cells = criteria.map((k) => `<td class="num">${c?.state === 'recused' ? 'R' : fmt(c?.criteria[k.id], 1)}</td>`).join('');
      const total = c?.state === 'scored' ? criteria.reduce((sum, k) => sum + k.weight * (c.criteria[k.id] ?? 0), 0) : null;
      return `<tr><td class="num">${i + 1}</td><td class="name">${h(studio(s, id))}</td>${cells}<td class="num">${c?.state === 'recused' ? 'R' : fmt(total, 1)}</td>
        <td class="comment">${h(c?.state === 'recused' ? `${t('回避：', 'Recused: ')}${c.recusalReason}` : (c?.comment ?? ''))}</td></tr>`;
    })
    .join('');
  const signoff = s.signoffs.find((x) => x.signerId === expertId && x.kind === 'expert-sheet');
  return sheetHtml({
    title: t(`专家评分表（${s.sessionId}）`, `Score sheet (${s.sessionId})`),
    subtitle: t(`${s.year} · ${expertName(s, expertId)}（${expertId}）`, `${s.year} · ${expertName(s, expertId)} (${expertId})`),
    body: `<table class="scores"><tr><th>${t('序', 'No.')}</th><th>${t('推荐对象', 'Nomination')}</th>${criteria.map((k) => `<th class="wrap">${h(m(k))}${t(`（${k.maxPoints}）`, ` (${k.maxPoints})`)}</th>`).join('')}<th>${t('总分', 'Total')}</th><th>${t('评审意见', 'Comment')}</th></tr>${rows}</table>
<table><tr><th>${t('规则哈希（SHA-256）', 'Rules SHA-256')}</th><td class="mono">${h(s.rulesHash ?? '')}</td></tr>
${signoff?.dissent ? `<tr><th>${t('不同意见', 'Dissent')}</th><td>${h(signoff.dissent)}</td></tr>` : ''}</table>
${rubricHtml(s, language)}
${keyConfirmationHtml(expert?.fingerprint, language)}`,
    signatures: [t('专家签字（确认评分与密钥指纹）', 'Expert (confirming the scores and the key fingerprint)'), t('日期', 'Date')],
    lang: language,
    printed,
    style: SCORES_STYLE,
  });
}

/** 汇总表: every expert's totals, the method's score, rank and flags, the votes, and the audit head. */
/** `verifyPageSha256`: the offline verify page of this app version, for a reader to compare with the page a bundle carries. */
export function summaryHtml(s: SessionView, r: ResultsView, auditHead: string, language: SheetLanguage = 'zh-CN', verifyPageSha256?: string, printed?: PrintStamp): string {
  const t = pick(language);
  const m = say(language);
  const experts = s.panel.map((p) => p.expertId);
  const rows = r.ranking.rows
    .map((row) => {
      const agg = r.aggregation.nominations.find((a) => a.nominationId === row.nominationId)!;
      const totals = experts
        .map((e) => {
          const cell = s.cells.find((c) => c.expertId === e && c.nominationId === row.nominationId);
          if (cell?.state === 'recused') return '<td>R</td>';
          const t = agg.totals.find((x) => x.expertId === e);
          const outlier = agg.outliers.some((o) => o.expertId === e);
          return `<td${outlier ? ' class="fail"' : ''}>${fmt(t?.total, 1)}${outlier ? '*' : ''}</td>`;
        })
        .join('');
      return `<tr><td class="num">${row.rank}</td><td class="name">${h(studio(s, row.nominationId))}</td>${totals}<td>${fmt(row.score, 3)}</td><td>${fmt(agg.spread?.range, 1)}</td>
        <td>${row.cutStatus === 'in' ? t('拟建议', 'Proposed') : row.cutStatus === 'tied-at-cut' ? t('并列待表决', 'Tied: panel to vote') : ''}${row.tieBrokenBy ? h(t(`（${m(tieBreakLabel(row.tieBrokenBy, s.rules.rubric.criteria))}）`, ` (${m(tieBreakLabel(row.tieBrokenBy, s.rules.rubric.criteria))})`)) : ''}</td></tr>`;
    })
    .join('');
  const votes = r.votes.map((v) => `<tr><td>${h(v.nominationIds.join('、'))}</td><td>${h(v.order.join(' > '))}</td><td>${h(v.record)}</td></tr>`).join('');
  const flips = r.stability.flips.map((f) => `<li>${h(studio(s, f.nominationId))}${t('：', ': ')}${h(JSON.stringify(f.scenario))}</li>`).join('');
  return sheetHtml({
    title: t(`评审汇总表（${s.sessionId}）`, `Summary sheet (${s.sessionId})`),
    subtitle: t(`${s.year} · 计分方法：${m(SCORING_METHOD_LABELS[s.rules.method])} · 建议名额 ${s.rules.cut} 个`, `${s.year} · Method: ${m(SCORING_METHOD_LABELS[s.rules.method])} · ${s.rules.cut} places`),
    body: `<table class="scores"><tr><th>${t('名次', 'Rank')}</th><th>${t('推荐对象', 'Nomination')}</th>${experts.map((e) => `<th class="wrap">${h(expertName(s, e))}</th>`).join('')}<th>${t('得分', 'Score')}</th><th>${t('极差', 'Range')}</th><th>${t('结果', 'Result')}</th></tr>${rows}</table>
<p>${t(
      `* 与专家组得分相差超过 ${s.rules.outlierThreshold} 分。R 为回避，不计入。得分按未取整数值计算，仅显示时保留小数。“拟建议”为专家组审核后拟列入建议名单，由省教科文卫体工会确定并发文公布（第七条）。`,
      `* More than ${s.rules.outlierThreshold} points from the panel's score. R: recused, not counted. Scores are computed unrounded and rounded only for display. "Proposed": put on the proposed list by the panel, for the provincial union to decide and publish (Art. 7).`,
    )}</p>
${rubricAuthorityHtml(language)}
${votes ? `<h3>${t('专家组表决', 'Panel votes')}</h3><table><tr><th>${t('并列', 'Tied')}</th><th>${t('表决结果', 'Order voted')}</th><th>${t('记录', 'Record')}</th></tr>${votes}</table>` : ''}
<h3>${t('名额线稳定性', 'Cut-line stability')}</h3>${flips ? `<ul>${flips}</ul>` : `<p>${t('去掉任一专家或改用其他方法，建议名单均不变。', 'Leaving out any one expert or using another method leaves the proposed list unchanged.')}</p>`}
<table><tr><th>${t('规则哈希', 'Rules hash')}</th><td class="mono">${h(s.rulesHash ?? '')}</td></tr>
${verifyPageSha256 ? `<tr><th>${t('离线核验页 verify.html 的 SHA-256', 'SHA-256 of the offline verify page, verify.html')}</th><td class="mono">${verifyPageSha256}</td></tr>` : ''}</table>`,
    signatures: [t('专家组组长', 'Panel leader'), t('日期', 'Date')],
    closingNote: `${t('审计日志链尾哈希：', 'Audit log head: ')}${auditHead}`,
    lang: language,
    printed,
    style: SCORES_STYLE,
  });
}

/** 建议名单: the proposed list, at most the cut (Art. 2), for the panel's signature. */
export function proposedListHtml(s: SessionView, r: ResultsView, language: SheetLanguage = 'zh-CN', printed?: PrintStamp): string {
  const t = pick(language);
  const rows = r.ranking.rows
    .filter((row) => row.inCut)
    .map((row) => {
      const n = s.nominations.find((x) => x.id === row.nominationId)!;
      return `<tr><td class="num">${row.rank}</td><td class="name">${h(n.studioName)}</td><td class="person">${h(n.leaderName)}</td><td>${h(n.workUnitName)}</td><td>${h(n.recommendingUnit)}</td><td>${fmt(row.score, 2)}</td></tr>`;
    })
    .join('');
  const opinions = s.signoffs.filter((x) => x.dissent).map((x) => `<li>${h(expertName(s, x.signerId))}${t('：', ': ')}${h(x.dissent)}</li>`).join('');
  return sheetHtml({
    title: t(`${s.year}年度河南省教科文卫体系统劳模工匠创新工作室建议名单`, `${s.year} proposed list of model-worker and craftsman innovation studios, Henan education, science, culture, health and sports system`),
    subtitle: t(`评审会 ${s.sessionId}`, `Session ${s.sessionId}`),
    body: `<table><tr><th>${t('名次', 'Rank')}</th><th>${t('工作室', 'Studio')}</th><th>${t('领衔人', 'Leader')}</th><th>${t('工作单位', 'Work unit')}</th><th>${t('推荐单位', 'Recommended by')}</th><th>${t('得分', 'Score')}</th></tr>${rows}</table>
<h3>${t('专家组意见', 'Panel opinion')}</h3><p>${t(
      `专家组对推荐对象进行审核（第六条），按冻结的评审规则独立评分、汇总排名，提出以上建议名单（不超过 ${s.rules.cut} 个），报省教科文卫体工会确定后发文公布（第七条）。${h(RUBRIC_AUTHORITY.zh)}。`,
      `The panel reviewed the nominations (Art. 6), scored them independently under the frozen rules and ranked them, and proposes the list above (at most ${s.rules.cut}) for the provincial union to decide and publish (Art. 7). ${h(RUBRIC_AUTHORITY.en)}.`,
    )}</p>${opinions ? `<p>${t('不同意见：', 'Dissenting opinions:')}</p><ul>${opinions}</ul>` : ''}`,
    signatures: [t('专家组组长', 'Panel leader'), ...s.panel.filter((p) => p.expertId !== s.leaderId).map((p) => t(`专家 ${p.name}`, `Expert ${p.name}`))],
    lang: language,
    printed,
    style: SCORES_STYLE,
  });
}
