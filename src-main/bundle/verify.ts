import type { BundleReport, BundleSummary, PaperCodes } from '../../src-shared/api/ops/bundle';
import { fingerprint } from '../crypto/keys';
import type { TrustLookup } from './trust-lookup';
import { checkAudit } from './check-audit';
import { checkIssued, checkPackageTerms, type IssuedLookup } from './check-issued';
import { checkPaper } from './check-paper';
import { checkProposed, checkResults, checkSheets, checkSummary } from './check-scores';
import { checkBundleInfo, checkConflicts, checkDraw, checkRules } from './check-session';
import { BUNDLE_JSON } from './layout';
import { parseBundleData, type ParsedBundle } from './parse-data';
import { foldersOf, listProblems, readBundleFolder } from './read-folder';
import { totalBytes, type BundleFiles } from './render';
import { ReportBuilder } from './report';
import { checkAuthenticity } from './verify-authenticity';

export interface VerifyOptions {
  /** Who may sign result bundles: the trust store (or, for the CLI, the key files given). */
  trust: TrustLookup;
  /** The selection year results are being taken in for; a bundle of another year is refused. */
  expectYear?: number;
  /** Whether `expectYear` is the office's selection year from the settings (no year was given), for the refusal to say. */
  yearFromSettings?: boolean;
  /** Whether the office already holds a bundle of this session and year (a replay). */
  alreadyImported?: (sessionId: string, year: number) => { importedAt: string; bundleSha256: string } | undefined;
  /**
   * The office's record of the session packages it issued. Absent: this verifier is not the office (`bundle
   * verify` with key files only, or an export checking its own work), and the report says that check was not
   * performed.
   */
  issued?: IssuedLookup;
  /** When the check is made: the time the report carries. */
  now: Date;
  /** The codes typed from the signed papers, at import (check-paper.ts); verification alone compares none. */
  paper?: PaperCodes;
}

export interface Verified {
  report: BundleReport;
  /** The parsed content, when the bundle is verified. */
  content?: ParsedBundle;
}

/**
 * Verifies the files of a bundle, held in memory. Authenticity first, stopping at the first problem (nothing of
 * an unauthenticated bundle is parsed); then every content check, each reported on its own line, so a refusal
 * lists everything that is wrong. `folders`: every folder of a bundle read from disk, so that empty ones are
 * seen too; for files given in memory, the folders their paths imply.
 */
export function verifyBundleFiles(files: BundleFiles, options: VerifyOptions, report = new ReportBuilder(), folders: Iterable<string> = foldersOf(files.keys())): Verified {
  const { now } = options;
  if (!report.checks.some((c) => c.check === 'layout')) {
    // Files given in memory get the same name and size checks as a folder read from a stick.
    for (const p of listProblems([...files].map(([path, bytes]) => ({ path, size: bytes.length })))) report.fail('layout', p.code, p.file, p.message.zh, p.message.en);
    if (report.hasFailed('layout')) {
      report.skipRest('layout');
      return { report: report.build(null, null, now) };
    }
  }
  report.pass('layout', null, `${files.size} 个文件，无符号链接，大小在限制之内`, `${files.size} files, no symbolic links, sizes within the limits`);
  const authentic = checkAuthenticity(files, folders, options.trust, report);
  if (!authentic) {
    report.skipRest(report.hasFailed('signature') ? 'signature' : 'manifest');
    return { report: report.build(null, null, now) };
  }
  const parsed = parseBundleData(files, report);
  if (!parsed) {
    report.skipRest('data');
    return { report: report.build(authentic.bundleSha256, null, now) };
  }
  const signer = authentic.signer;
  checkBundleInfo(parsed, signer.keyId, report);
  checkReplay(parsed, options, report);
  checkPackageTerms(parsed, checkIssued(parsed, options.issued, report), report);
  const rules = checkRules(parsed, report);
  const protocol = checkDraw(parsed, report);
  checkSheets(parsed, authentic.digests, rules, report);
  checkConflicts(parsed, protocol, report);
  const recomputed = rules ? checkResults(parsed, rules, report) : undefined;
  checkSummary(parsed, authentic.digests, recomputed, report);
  if (rules) checkProposed(parsed, rules, recomputed, report);
  checkAudit(parsed, authentic.digests, report);
  if (options.paper) checkPaper(parsed, protocol, options.paper, report);
  report.skipRest('audit');

  const b = parsed.bundle;
  const summary: BundleSummary = {
    sessionId: b.sessionId,
    year: b.year,
    createdAt: b.createdAt,
    deviceId: b.deviceId,
    appVersion: b.appVersion,
    signer: { keyId: signer.keyId, fingerprint: fingerprint(signer.publicKey), label: signer.label, role: signer.role },
    files: files.size,
    bytes: totalBytes(files),
    experts: parsed.session.panel.length,
    nominations: parsed.session.nominations.length,
    proposed: parsed.proposed.entries.length,
    rulesHash: parsed.session.rulesHash,
    drawSeed: parsed.session.drawSeed,
    auditEntries: b.auditEntries,
    auditHeadHash: b.auditHeadHash,
    panel: parsed.session.panel.map((m) => ({ expertId: m.expertId, name: m.name })),
  };
  const built = report.build(authentic.bundleSha256, summary, now);
  return built.verified ? { report: built, content: parsed } : { report: built };
}

function checkReplay(p: ParsedBundle, options: VerifyOptions, report: ReportBuilder): void {
  const { sessionId, year } = p.bundle;
  if (options.expectYear !== undefined && year !== options.expectYear) {
    const whence = options.yearFromSettings
      ? { zh: '（设置中的当前评审年度；要导入其他年度的结果，请指明年度）', en: " (the selection year in the settings; to take in another year's results, name that year)" }
      : { zh: '', en: '' };
    report.fail('replay', 'bundle-wrong-year', BUNDLE_JSON, `这是 ${year} 年度的结果包，当前导入的是 ${options.expectYear} 年度${whence.zh}`, `this is a bundle of ${year}, but results are being taken in for ${options.expectYear}${whence.en}`);
    return;
  }
  const earlier = options.alreadyImported?.(sessionId, year);
  if (earlier) {
    report.fail('replay', 'bundle-already-imported', BUNDLE_JSON, `评审会 ${sessionId}（${year} 年度）的结果已于 ${earlier.importedAt} 导入（结果包 ${earlier.bundleSha256.slice(0, 16)}…），不能再次导入`, `the results of session ${sessionId} (${year}) were already taken in on ${earlier.importedAt} (bundle ${earlier.bundleSha256.slice(0, 16)}…) and cannot be imported again`);
    return;
  }
  report.pass('replay', BUNDLE_JSON, `${year} 年度，评审会 ${sessionId} 尚未导入`, `year ${year}, session ${sessionId} not yet taken in`);
}

/** Verifies a bundle folder: its layout and sizes first (nothing is read before that passes), then its files. */
export function verifyBundleFolder(dir: string, options: VerifyOptions): Verified {
  const report = new ReportBuilder();
  const read = readBundleFolder(dir);
  for (const p of read.problems) report.fail('layout', p.code, p.file, p.message.zh, p.message.en);
  if (!read.files) {
    report.skipRest('layout');
    return { report: report.build(null, null, options.now) };
  }
  return verifyBundleFiles(read.files, options, report, read.folders);
}
