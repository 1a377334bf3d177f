import type { BundleReport, ProposedEntry } from '../../src-shared/api/ops/bundle';
import type { FileDownload } from '../../src-shared/api/views';
import { isErr, ok, type Result } from '../../src-shared/result';
import { escapeHtml as h, sheetHtml } from '../print/html';
import type { ServiceContext } from '../services/context';
import { fileDownload, PDF } from '../services/downloads';
import { importedBundle } from '../office/bundle-import';
import { readSettings } from '../services/settings';
import { DEFAULT_TIME_ZONE, formatLocalTime } from '../../src-shared/time/local-time';
import { CHECKS, type CheckName } from './report';

const STATUS = { passed: '✓ 通过 passed', failed: '✗ 未通过 FAILED', skipped: '— 未进行 not run', 'not-checked': '! 未核对 NOT CHECKED' } as const;

/** Red, bold and boxed: a paper the office did not compare must not be overlooked in the file. */
const STYLE = `
  .not-checked, .not-checked td { color: #c00; font-weight: bold; }
  .paper-warning { color: #c00; font-weight: bold; font-size: 13pt; border: 2pt solid #c00; padding: 5pt 7pt; margin: 6pt 0 10pt; }
`;

/** The papers not compared, named in one sentence for the top of the report. */
function paperWarningHtml(report: BundleReport): string {
  const lines = report.checks.filter((c) => c.status === 'not-checked');
  if (!lines.length) return '';
  return `<div class="paper-warning">注意：纸质签字件未核对 NOTE: signed papers not compared<br>${lines.map((c) => `${h(c.message.zh)}<br>${h(c.message.en)}`).join('<br>')}</div>`;
}

/** 结果包核验报告: what was checked, each result, the signer's fingerprint and the proposed list, for the file. */
export function verificationReportHtml(report: BundleReport, proposed: ProposedEntry[], timeZone = DEFAULT_TIME_ZONE): string {
  const s = report.summary;
  const time = (iso: string) => formatLocalTime(iso, 'zh-CN', timeZone);
  const info: [string, string][] = s
    ? [
        ['评审会 Session', s.sessionId],
        ['年度 Year', String(s.year)],
        ['生成时间 Made', time(s.createdAt)],
        ['签名电脑 Signed by', `${s.signer.label}（${s.signer.keyId}）`],
        ['密钥指纹 Key fingerprint', s.signer.fingerprint],
        ['文件 Files', `${s.files}（${(s.bytes / 1024 / 1024).toFixed(2)} MB）`],
        ['专家 / 推荐对象 / 建议名单 Experts / nominations / proposed', `${s.experts} / ${s.nominations} / ${s.proposed}`],
        ['规则哈希 Rules SHA-256', s.rulesHash],
        ['抽取种子 Draw seed', s.drawSeed],
        ['审计日志 Audit log', `${s.auditEntries} 条 rows · 链尾 head ${s.auditHeadHash}`],
      ]
    : [];
  const checks = report.checks
    .map((c) => `<tr${c.status === 'failed' ? ' class="fail"' : c.status === 'not-checked' ? ' class="not-checked"' : ''}><td>${h(CHECKS[c.check as CheckName]?.zh ?? c.check)}<br>${h(CHECKS[c.check as CheckName]?.en ?? '')}</td><td>${h(c.file ?? '')}</td><td>${STATUS[c.status]}</td><td>${h(c.message.zh)}<br>${h(c.message.en)}</td></tr>`)
    .join('');
  const list = proposed
    .map((e) => `<tr><td>${e.rank}</td><td>${h(e.studioName)}</td><td>${h(e.leaderName)}</td><td>${h(e.workUnitName)}</td><td>${h(e.recommendingUnit)}</td><td>${e.score === null ? '—' : e.score.toFixed(2)}</td></tr>`)
    .join('');
  return sheetHtml({
    title: `结果包核验报告${s ? `（${s.sessionId}）` : ''}`,
    subtitle: `${s ? `${s.year} · ` : ''}Result bundle verification report · ${time(report.verifiedAt)} · ${report.verified ? '核验通过 VERIFIED' : '核验未通过 NOT VERIFIED'}`,
    body: `${paperWarningHtml(report)}${info.length ? `<table>${info.map(([k, v]) => `<tr><th>${h(k)}</th><td style="word-break:break-all">${h(v)}</td></tr>`).join('')}</table>` : ''}
<h3>核验项目 Checks</h3>
<table><tr><th>项目 Check</th><th>文件 File</th><th>结果 Result</th><th>说明 Detail</th></tr>${checks}</table>
${list ? `<h3>建议名单 Proposed list</h3><table><tr><th>名次</th><th>工作室</th><th>领衔人</th><th>工作单位</th><th>推荐单位</th><th>得分</th></tr>${list}</table>` : ''}`,
    signatures: ['核验人 Verified by', '日期 Date'],
    closingNote: report.bundleSha256 ? `结果包 SHA-256（manifest.sha256）bundle SHA-256：${report.bundleSha256}` : undefined,
    style: STYLE,
  });
}

export async function verificationReportPdf(ctx: ServiceContext, sessionId: string, year: number): Promise<Result<FileDownload>> {
  const b = importedBundle(ctx, sessionId, year);
  if (isErr(b)) return b;
  const pdf = await ctx.printPdf(verificationReportHtml(b.value.report, b.value.proposedList, readSettings(ctx).timeZone));
  return ok(fileDownload(`结果包核验报告-${sessionId}-${year}.pdf`, PDF, pdf));
}
