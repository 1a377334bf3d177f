import { formatLocalTime } from '../../src-shared/time/local-time';
import { isErr } from '../../src-shared/result';
import { sha256Hex } from '../../src-shared/sha256';
import { fingerprint } from '../crypto/keys';
import { nominationHashes, readIssuedPackage, termsOf, type NominationHash, type PackageTerms } from '../services/issued-packages/payload';
import { DATA } from './layout';
import type { ParsedBundle } from './parse-data';
import type { ReportBuilder } from './report';

/**
 * What binds a bundle to the office: the session was made from a package the office issued (评审会授权包), and the
 * bundle agrees with it. Whoever holds the meeting laptop's key can sign any bundle, but cannot make the office
 * have issued a package, nor make other nominations, another pool or other rules hash like the ones it issued.
 */

/** The office's record of what it issued for a session (undefined: it issued nothing for it). */
export type IssuedLookup = (sessionId: string) => PackageTerms | undefined;

const short = (hash: string) => `${hash.slice(0, 16)}…`;

/**
 * With the office's record (`issued`): the bundle must carry exactly the package the office issued for its
 * session. Without one (a verifier that is not the office: `bundle verify` with key files only) this cannot be
 * known, and the report says so; the bundle is then held against the package it carries, read and its signature
 * checked. Returns the terms the rest of the bundle must agree with.
 */
export function checkIssued(p: ParsedBundle, issued: IssuedLookup | undefined, report: ReportBuilder): PackageTerms | undefined {
  const { sessionId, year } = p.bundle;
  const carried = sha256Hex(p.issuedPackage);
  if (issued) {
    const terms = issued(sessionId);
    if (!terms) {
      report.fail(
        'issued',
        'package-not-issued',
        DATA.issuedPackage,
        `本办公室没有为评审会 ${sessionId}（${year} 年度）签发过授权包（结果包携带的是 ${short(carried)}），不能导入其结果`,
        `this office never issued a session package for session ${sessionId} (${year}) (the bundle carries ${short(carried)}), so its results cannot be taken in`,
      );
      return undefined;
    }
    if (terms.packageSha256 !== carried) {
      report.fail(
        'issued',
        'package-not-issued',
        DATA.issuedPackage,
        `结果包携带的授权包 ${short(carried)} 不是本办公室为评审会 ${sessionId} 签发的授权包 ${short(terms.packageSha256)}（${formatLocalTime(terms.issuedAt, 'zh-CN')}）`,
        `the bundle carries package ${short(carried)}, not the package ${short(terms.packageSha256)} this office issued for session ${sessionId} (${formatLocalTime(terms.issuedAt, 'en')})`,
      );
      return undefined;
    }
    report.pass('issued', DATA.issuedPackage, `本办公室于 ${formatLocalTime(terms.issuedAt, 'zh-CN')} 签发的授权包 ${short(carried)}`, `the package ${short(carried)} this office issued on ${formatLocalTime(terms.issuedAt, 'en')}`);
    return terms;
  }
  const read = readIssuedPackage(p.issuedPackage);
  if (isErr(read)) {
    report.fail('issued', 'package-invalid', DATA.issuedPackage, read.error.message.zh, read.error.message.en);
    return undefined;
  }
  const { signer, payload } = read.value;
  report.notPerformed(
    'issued',
    DATA.issuedPackage,
    `本机没有办公室的签发记录可对照，未确认该授权包由办公室签发（签发密钥 ${signer.keyId}，指纹 ${fingerprint(signer.publicKey)}）；请在办公室的电脑上核验`,
    `this computer holds no office record to compare with, so it is not confirmed that the office issued this package (signing key ${signer.keyId}, fingerprint ${fingerprint(signer.publicKey)}); verify it on the office's computer`,
  );
  return termsOf(payload, carried, signer.keyId);
}

/** The first way the session's nominations differ from the package's, in words; null when they are the same. */
function nominationDifference(session: NominationHash[], issued: NominationHash[]): { zh: string; en: string } | null {
  const counts = { zh: `（评审会 ${session.length} 个，授权包 ${issued.length} 个）`, en: ` (the session has ${session.length}, the package ${issued.length})` };
  const inPackage = new Map(issued.map((n) => [n.id, n.sha256]));
  const inSession = new Set(session.map((n) => n.id));
  const invented = session.find((n) => !inPackage.has(n.id));
  if (invented) return { zh: `推荐对象 ${invented.id} 不在授权包中${counts.zh}`, en: `nomination ${invented.id} is not in the package${counts.en}` };
  const dropped = issued.find((n) => !inSession.has(n.id));
  if (dropped) return { zh: `授权包中的推荐对象 ${dropped.id} 不在评审会中${counts.zh}`, en: `nomination ${dropped.id} of the package is not in the session${counts.en}` };
  const changed = session.find((n) => inPackage.get(n.id) !== n.sha256);
  if (changed) {
    return {
      zh: `推荐对象 ${changed.id} 的内容与授权包中的不同（内容哈希 ${short(changed.sha256)}，签发时为 ${short(inPackage.get(changed.id)!)}）`,
      en: `nomination ${changed.id} differs from the package's (content hash ${short(changed.sha256)}, issued as ${short(inPackage.get(changed.id)!)})`,
    };
  }
  const moved = session.findIndex((n, i) => n.id !== issued[i]?.id);
  if (moved >= 0) return { zh: `推荐对象的顺序与授权包不同（第 ${moved + 1} 个）`, en: `the nominations are not in the package's order (position ${moved + 1})` };
  return null;
}

/** The session's nominations (by content hash), its rules hash, its draw's pool snapshot and its panel size are the package's. */
export function checkPackageTerms(p: ParsedBundle, terms: PackageTerms | undefined, report: ReportBuilder): void {
  if (!terms) {
    report.skip('package', 'issued');
    return;
  }
  const { session } = p;
  const failures = report.failures.length;
  if (terms.sessionId !== session.sessionId || terms.year !== session.year) {
    report.fail(
      'package',
      'package-mismatch',
      DATA.session,
      `授权包是评审会 ${terms.sessionId}（${terms.year} 年度）的，结果包是评审会 ${session.sessionId}（${session.year} 年度）的`,
      `the package is for session ${terms.sessionId} (${terms.year}), the bundle is of session ${session.sessionId} (${session.year})`,
    );
  }
  const nominations = nominationDifference(nominationHashes(session.nominations), terms.nominations);
  if (nominations) report.fail('package', 'package-nominations-mismatch', DATA.session, `评审会的推荐对象不是授权包签发的：${nominations.zh}`, `the session's nominations are not the ones the package issued: ${nominations.en}`);
  if (session.rulesHash !== terms.rulesHash) {
    report.fail('package', 'package-rules-mismatch', DATA.session, `评审规则的哈希 ${short(session.rulesHash)} 不是授权包签发的 ${short(terms.rulesHash)}`, `the rules hash ${short(session.rulesHash)} is not the ${short(terms.rulesHash)} the package issued`);
  }
  const poolHash = (p.protocol as { poolHash?: unknown } | null)?.poolHash;
  if (poolHash !== terms.poolHash) {
    report.fail(
      'package',
      'package-pool-mismatch',
      DATA.protocol,
      `抽取所承诺的专家库快照 ${typeof poolHash === 'string' ? short(poolHash) : '（无）'} 不是授权包签发时的快照 ${short(terms.poolHash)}`,
      `the draw committed to pool snapshot ${typeof poolHash === 'string' ? short(poolHash) : '(none)'}, not the snapshot ${short(terms.poolHash)} the package was issued with`,
    );
  }
  if (session.panel.length !== terms.panelSize) {
    report.fail('package', 'package-panel-mismatch', DATA.session, `专家组 ${session.panel.length} 人，授权包规定 ${terms.panelSize} 人`, `the panel has ${session.panel.length} experts, the package says ${terms.panelSize}`);
  }
  if (report.failures.length === failures) {
    report.pass(
      'package',
      DATA.session,
      `${terms.nominations.length} 个推荐对象（按内容哈希）、规则哈希 ${short(terms.rulesHash)}、专家库快照 ${short(terms.poolHash)}、专家组 ${terms.panelSize} 人，均与授权包一致`,
      `${terms.nominations.length} nominations (by content hash), rules hash ${short(terms.rulesHash)}, pool snapshot ${short(terms.poolHash)} and a panel of ${terms.panelSize} all agree with the package`,
    );
  }
}
