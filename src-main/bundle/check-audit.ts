import { verifyAuditRows } from './audit-rows';
import { DATA } from './layout';
import type { ParsedBundle } from './parse-data';
import type { ReportBuilder } from './report';

/**
 * The meeting laptop's audit log: an unbroken hash chain from the first row, as long and with the head it claims,
 * and anchored to this session: it records freezing these very rules and the leader signing this very summary.
 */
export function checkAudit(p: ParsedBundle, digests: Map<string, string>, report: ReportBuilder): void {
  const { audit } = p;
  const file = DATA.audit;
  const chain = verifyAuditRows(audit.rows);
  if (!chain.valid) {
    report.fail('audit', 'audit-chain-broken', file, chain.problem!.zh, chain.problem!.en);
    return;
  }
  if (chain.entries !== audit.entries || chain.headHash !== audit.headHash) {
    report.fail('audit', 'audit-chain-broken', file, `日志应有 ${audit.entries} 条、链尾 ${audit.headHash}，实际为 ${chain.entries} 条、链尾 ${chain.headHash}（日志被截断）`, `the log claims ${audit.entries} rows ending in ${audit.headHash} but holds ${chain.entries} ending in ${chain.headHash} (it was cut short)`);
    return;
  }
  const subject = `session:${p.session.sessionId}`;
  const freeze = audit.rows.find((r) => r.action === 'session.freeze' && r.subject === subject);
  if (!freeze || (freeze.details as { rulesHash?: unknown } | null)?.rulesHash !== p.session.rulesHash) {
    report.fail('audit', 'audit-anchor-missing', file, '日志中没有冻结这套评审规则的记录', 'the log does not record freezing these session rules');
    return;
  }
  const summary = audit.rows.find((r) => r.action === 'signoff.summary' && r.subject === subject);
  if (!summary || (summary.details as { summaryHash?: unknown } | null)?.summaryHash !== digests.get(DATA.summary)) {
    report.fail('audit', 'audit-anchor-missing', file, '日志中没有组长签署这份汇总表的记录', 'the log does not record the leader signing this summary');
    return;
  }
  report.pass('audit', file, `${chain.entries} 条记录，链完整，链尾哈希 ${chain.headHash}`, `${chain.entries} rows, chain unbroken, head hash ${chain.headHash}`);
}
