import { auditDetails, type AuditAction } from '../../src-shared/audit/catalog';
import { auditRowProblem } from '../../src-shared/audit/check-row';
import { auditSubject, type AuditSubject } from '../../src-shared/audit/subjects';
import { verifyAuditRows, type BundleAuditRow } from './audit-rows';
import { DATA } from './layout';
import type { ParsedBundle } from './parse-data';
import type { ReportBuilder } from './report';

/**
 * The meeting laptop's audit log: an unbroken hash chain from the first row, as long and with the head it claims,
 * every row an action of the audit-event catalog with details that fit it, and anchored to this session: it
 * records making it from the very package the bundle carries, freezing these very rules and the leader signing this
 * very summary.
 */
export function checkAudit(p: ParsedBundle, digests: Map<string, string>, report: ReportBuilder): void {
  const rows = p.auditRows;
  const claimed = { entries: p.bundle.auditEntries, headHash: p.bundle.auditHeadHash };
  const file = DATA.audit;
  const chain = verifyAuditRows(rows);
  if (!chain.valid) {
    report.fail('audit', 'audit-chain-broken', file, chain.problem!.zh, chain.problem!.en);
    return;
  }
  if (chain.entries !== claimed.entries || chain.headHash !== claimed.headHash) {
    report.fail('audit', 'audit-chain-broken', file, `bundle.json 写明日志有 ${claimed.entries} 条、链尾 ${claimed.headHash}，实际为 ${chain.entries} 条、链尾 ${chain.headHash}（日志末尾被截掉或多出记录）`, `bundle.json claims ${claimed.entries} rows ending in ${claimed.headHash} but holds ${chain.entries} ending in ${chain.headHash} (rows were cut off or added at its end)`);
    return;
  }
  // The chain has checked that line n holds row n, so the row's number names its line.
  for (const row of rows) {
    const problem = auditRowProblem(row);
    if (problem) {
      report.fail('audit', problem.code, file, `第 ${row.seq} 行：${problem.message.zh}`, `line ${row.seq}: ${problem.message.en}`);
      return;
    }
  }
  const subject = auditSubject.session(p.session.sessionId);
  if (recorded(rows, 'session.create', subject)?.packageSha256 !== p.bundle.issuedPackageSha256) {
    report.fail('audit', 'audit-anchor-missing', file, '日志中没有由结果包携带的授权包创建本评审会的记录', 'the log does not record making this session from the package the bundle carries');
    return;
  }
  if (recorded(rows, 'session.freeze', subject)?.rulesHash !== p.session.rulesHash) {
    report.fail('audit', 'audit-anchor-missing', file, '日志中没有冻结这套评审规则的记录', 'the log does not record freezing these session rules');
    return;
  }
  if (recorded(rows, 'signoff.summary', subject)?.summaryHash !== digests.get(DATA.summary)) {
    report.fail('audit', 'audit-anchor-missing', file, '日志中没有组长签署这份汇总表的记录', 'the log does not record the leader signing this summary');
    return;
  }
  report.pass('audit', file, `${chain.entries} 条记录，链完整，链尾哈希 ${chain.headHash}`, `${chain.entries} rows, chain unbroken, head hash ${chain.headHash}`);
}

/** The details of the first row of `action` about `subject`, read by the catalog (every row has passed it). */
function recorded<A extends AuditAction>(rows: readonly BundleAuditRow[], action: A, subject: AuditSubject) {
  const row = rows.find((r) => r.action === action && r.subject === subject);
  return row && auditDetails(action, row.details);
}
