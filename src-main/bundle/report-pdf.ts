import type { BundleReport, ProposedEntry } from '../../src-shared/api/ops/bundle';
import type { Message } from '../../src-shared/result';
import { asideIn } from '../../src-shared/text/locale-punctuation';
import { escapeHtml as h, sheetHtml, type PrintStamp } from '../print/html';
import { pick, say, type SheetLanguage } from '../print/sheet-language';
import { DEFAULT_TIME_ZONE, formatLocalTime } from '../../src-shared/time/local-time';
import { CHECKS, type CheckName } from './report';

const STATUS: Record<'passed' | 'failed' | 'skipped' | 'not-checked', Message> = {
  passed: { zh: '✓ 通过', en: '✓ passed' },
  failed: { zh: '✗ 未通过', en: '✗ FAILED' },
  skipped: { zh: '— 未进行', en: '— not run' },
  'not-checked': { zh: '! 未核对', en: '! NOT CHECKED' },
};

/** Red, bold and boxed: a paper the office did not compare must not be overlooked in the file. */
const STYLE = `
  .not-checked, .not-checked td { color: #c00; font-weight: bold; }
  /* A check's name and its result read whole: never one character a line beside a long detail. */
  .checks td:nth-child(1), .checks td:nth-child(3), .checks th { white-space: nowrap; }
  .paper-warning { color: #c00; font-weight: bold; font-size: 13pt; border: 2pt solid #c00; padding: 5pt 7pt; margin: 6pt 0 10pt; }
`;

/** The papers not compared, named in one sentence for the top of the report. */
function paperWarningHtml(report: BundleReport, language: SheetLanguage): string {
  const lines = report.checks.filter((c) => c.status === 'not-checked');
  if (!lines.length) return '';
  const m = say(language);
  return `<div class="paper-warning">${pick(language)('注意：纸质签字件未核对', 'NOTE: signed papers not compared')}<br>${lines.map((c) => h(m(c.message))).join('<br>')}</div>`;
}

/** 结果包核验报告: what was checked, each result, the signer's fingerprint and the proposed list, for the file. */
export function verificationReportHtml(report: BundleReport, proposed: ProposedEntry[], timeZone = DEFAULT_TIME_ZONE, language: SheetLanguage = 'zh-CN', printed?: PrintStamp): string {
  const t = pick(language);
  const m = say(language);
  const s = report.summary;
  const time = (iso: string) => formatLocalTime(iso, language, timeZone);
  const info: [string, string][] = s
    ? [
        [t('评审会', 'Session'), s.sessionId],
        [t('年度', 'Year'), String(s.year)],
        [t('生成时间', 'Made'), time(s.createdAt)],
        [t('签名电脑', 'Signed by'), asideIn(language, s.signer.label, s.signer.keyId)],
        [t('密钥指纹', 'Key fingerprint'), s.signer.fingerprint],
        [t('文件', 'Files'), asideIn(language, String(s.files), `${(s.bytes / 1024 / 1024).toFixed(2)} MB`)],
        [t('专家 / 推荐对象 / 建议名单', 'Experts / nominations / proposed'), `${s.experts} / ${s.nominations} / ${s.proposed}`],
        [t('规则哈希', 'Rules SHA-256'), s.rulesHash],
        [t('抽取种子', 'Draw seed'), s.drawSeed],
        [t('审计日志', 'Audit log'), t(`${s.auditEntries} 条 · 链尾 ${s.auditHeadHash}`, `${s.auditEntries} rows · head ${s.auditHeadHash}`)],
      ]
    : [];
  const checks = report.checks
    .map((c) => {
      const name = CHECKS[c.check as CheckName];
      return `<tr${c.status === 'failed' ? ' class="fail"' : c.status === 'not-checked' ? ' class="not-checked"' : ''}><td>${h(name ? m(name) : c.check)}</td><td>${h(c.file ?? '')}</td><td>${m(STATUS[c.status])}</td><td>${h(m(c.message))}</td></tr>`;
    })
    .join('');
  const list = proposed
    .map((e) => `<tr><td>${e.rank}</td><td>${h(e.studioName)}</td><td>${h(e.leaderName)}</td><td>${h(e.workUnitName)}</td><td>${h(e.recommendingUnit)}</td><td>${e.score === null ? '—' : e.score.toFixed(2)}</td></tr>`)
    .join('');
  const listHeads = [t('名次', 'Rank'), t('工作室', 'Studio'), t('领衔人', 'Leader'), t('工作单位', 'Work unit'), t('推荐单位', 'Recommended by'), t('得分', 'Score')];
  const title = t('结果包核验报告', 'Result bundle verification report');
  return sheetHtml({
    title: s ? asideIn(language, title, s.sessionId) : title,
    subtitle: `${s ? `${s.year} · ` : ''}${time(report.verifiedAt)} · ${report.verified ? t('核验通过', 'VERIFIED') : t('核验未通过', 'NOT VERIFIED')}`,
    body: `${paperWarningHtml(report, language)}${info.length ? `<table>${info.map(([k, v]) => `<tr><th>${h(k)}</th><td style="word-break:break-all">${h(v)}</td></tr>`).join('')}</table>` : ''}
<h3>${t('核验项目', 'Checks')}</h3>
<table class="checks"><tr><th>${t('项目', 'Check')}</th><th>${t('文件', 'File')}</th><th>${t('结果', 'Result')}</th><th>${t('说明', 'Detail')}</th></tr>${checks}</table>
${list ? `<h3>${t('建议名单', 'Proposed list')}</h3><table><tr>${listHeads.map((x) => `<th>${x}</th>`).join('')}</tr>${list}</table>` : ''}`,
    signatures: [t('核验人', 'Verified by'), t('日期', 'Date')],
    closingNote: report.bundleSha256 ? t(`结果包 SHA-256（manifest.sha256）：${report.bundleSha256}`, `Bundle SHA-256 (manifest.sha256): ${report.bundleSha256}`) : undefined,
    lang: language,
    printed,
    style: STYLE,
  });
}
