import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BundleReport, ImportedBundleView, PaperCodes, PaperOutcome } from '../../src-shared/api/ops/bundle';
import { err, isErr, ok, type ErrorDetail, type Result } from '../../src-shared/result';
import { readJson, type BundleNomination } from '../store/json-columns';
import { SECTORS, type Sector } from '../../src-shared/domain/vocabulary';
import type { ImportedBundlesTable } from '../store/schema-types';
import type { Selectable } from 'kysely';
import type { ServiceContext } from '../services/context';
import { readSettings } from '../services/settings';
import { issuedTerms } from '../services/issued-packages/records';
import type { TrustLookup } from '../bundle/trust-lookup';
import { storeTrust } from './trust-store';
import { MANIFEST, SIGNATURE } from '../bundle/layout';
import { listProblems, type LayoutProblem } from '../bundle/read-folder';
import type { ParsedBundle } from '../bundle/parse-data';
import { ReportBuilder } from '../bundle/report';
import { verifyBundleFolder, type Verified, type VerifyOptions } from '../bundle/verify';
import { auditSubject } from '../../src-shared/audit/subjects';

/** A bundle as the API receives it: a folder path, or the files of a folder the user picked in the page. */
export type BundleSource = { path: string } | { files: { relativePath: string; content: Buffer }[] };

type Row = Selectable<ImportedBundlesTable>;

function view(r: Row): ImportedBundleView {
  return {
    sessionId: r.session_id,
    year: r.year,
    bundleSha256: r.bundle_sha256,
    signerKeyId: r.signer_key_id,
    signerLabel: r.signer_label,
    createdAt: r.created_at,
    importedAt: r.imported_at,
    importedBy: r.imported_by,
    proposedList: readJson('imported_bundles.proposed_list', r.proposed_list),
    report: readJson('imported_bundles.report', r.report),
  };
}

export function listImportedBundles(ctx: ServiceContext): ImportedBundleView[] {
  return ctx.store.all(ctx.store.q.selectFrom('imported_bundles').selectAll().orderBy('imported_at', 'desc')).map(view);
}

export function importedBundle(ctx: ServiceContext, sessionId: string, year: number): Result<ImportedBundleView> {
  const r = ctx.store.first(ctx.store.q.selectFrom('imported_bundles').selectAll().where('session_id', '=', sessionId).where('year', '=', year));
  return r ? ok(view(r)) : err('bundle-not-found', `没有导入过评审会 ${sessionId}（${year} 年度）的结果包`, `No bundle of session ${sessionId} (${year}) has been taken in`);
}

/**
 * The trust store, and keys trusted besides it (the key files given to `bundle verify --trust`): a key either trusts
 * is trusted, but a key the store has revoked stays revoked.
 */
function storeTrustAnd(ctx: ServiceContext, also: TrustLookup | undefined): TrustLookup {
  const store = storeTrust(ctx, 'meeting-laptop');
  if (!also) return store;
  return (id, key) => {
    const answers = [also(id, key), store(id, key)];
    return (
      answers.find((a) => a.status === 'revoked') ??
      answers.find((a) => a.status === 'trusted') ??
      answers.find((a) => a.status !== 'not-enrolled') ?? { status: 'not-enrolled' }
    );
  };
}

/**
 * What the store adds to a verification besides its own trusted keys: `officeRecord` false means this data folder is
 * not the office (a scratch folder for `bundle verify` without one), so whether the office issued the bundle's
 * package is reported as not performed rather than refused.
 */
interface StoreVerifyOptions {
  year: Pick<VerifyOptions, 'expectYear' | 'yearFromSettings'>;
  alsoTrusted?: TrustLookup;
  paper?: PaperCodes;
  officeRecord?: boolean;
}

function verifyWithStore(ctx: ServiceContext, dir: string, { year, alsoTrusted, paper, officeRecord = true }: StoreVerifyOptions): Verified {
  return verifyBundleFolder(dir, {
    trust: storeTrustAnd(ctx, alsoTrusted),
    ...year,
    paper,
    issued: officeRecord ? (sessionId) => issuedTerms(ctx, sessionId) : undefined,
    now: ctx.now(),
    alreadyImported: (sessionId, year) => {
      const r = ctx.store.first(ctx.store.q.selectFrom('imported_bundles').select(['imported_at', 'bundle_sha256']).where('session_id', '=', sessionId).where('year', '=', year));
      return r ? { importedAt: r.imported_at, bundleSha256: r.bundle_sha256 } : undefined;
    },
  });
}

/**
 * Files picked in the browser come with paths like `评审结果包-…/data/session.json`: the folder's own name is
 * dropped. Their names and sizes are checked like a folder's, and they are written to a fresh temporary folder,
 * so every bundle is verified by the same folder reader.
 */
function materialize(files: { relativePath: string; content: Buffer }[]): { dir?: string; problems: LayoutProblem[] } {
  let paths = files.map((f) => f.relativePath.replace(/^\.\//, ''));
  const tops = new Set(paths.map((p) => p.split('/')[0]));
  if (tops.size === 1 && !paths.includes(MANIFEST) && !paths.includes(SIGNATURE) && paths.every((p) => p.includes('/'))) {
    paths = paths.map((p) => p.slice(p.indexOf('/') + 1));
  }
  const problems = listProblems(paths.map((p, i) => ({ path: p, size: files[i].content.length })));
  if (problems.length) return { problems };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-review-import-'));
  for (const [i, p] of paths.entries()) {
    const file = path.join(dir, ...p.split('/'));
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, files[i].content);
  }
  return { dir, problems };
}

/** Runs `fn` on the source as a folder; a temporary copy of picked files is removed afterwards. */
function withFolder(source: BundleSource, now: Date, fn: (dir: string) => Verified): Verified {
  if ('path' in source) return fn(source.path);
  const m = materialize(source.files);
  if (!m.dir) {
    const report = new ReportBuilder();
    for (const p of m.problems) report.fail('layout', p.code, p.file, p.message.zh, p.message.en);
    report.skipRest('layout');
    return { report: report.build(null, null, now) };
  }
  try {
    return fn(m.dir);
  } finally {
    fs.rmSync(m.dir, { recursive: true, force: true });
  }
}

/**
 * Verification only: the report, whatever it says; nothing is stored. Without `expectYear` a bundle of any year
 * verifies (the report's summary says which). `alsoTrusted`: keys trusted besides the store. `officeRecord` false:
 * this data folder is not the office, so whether the office issued the bundle's package is reported as not performed.
 */
export function verifyBundleSource(ctx: ServiceContext, source: BundleSource, expectYear?: number, alsoTrusted?: TrustLookup, officeRecord = true): BundleReport {
  return withFolder(source, ctx.now(), (dir) => verifyWithStore(ctx, dir, { year: { expectYear }, alsoTrusted, officeRecord })).report;
}

export interface ImportOptions {
  /** The codes typed from the signed papers, or each marked not checked (check-paper.ts). */
  paper: PaperCodes;
}

/** What the audit entry keeps of the paper check: each paper, matched or not checked (a mismatch is never stored). */
function paperAudit(paper: PaperOutcome[] | undefined) {
  const status = (o: PaperOutcome | undefined): 'checked' | 'not-checked' => (o?.status === 'matched' ? 'checked' : 'not-checked');
  return {
    commitment: status(paper?.find((o) => o.paper === 'commitment')),
    experts: Object.fromEntries((paper ?? []).filter((o) => o.paper === 'expert-key').map((o) => [o.expertId, status(o)])),
  };
}

/**
 * The office takes in a bundle: only a fully verified one, carrying a package this office issued and agreeing with
 * it, whose signed papers match (or are marked not checked), only once per session and year, and only of the year
 * results are being taken in for: `expectYear`, or else the office's selection year from the settings. A refusal
 * names every failed check (file and check), stores nothing of the bundle and is itself recorded in the audit log;
 * success stores the verified results, the proposed list and the report (with what was compared on paper and what
 * was not) in one transaction with its audit entry.
 */
export function importBundle(ctx: ServiceContext, source: BundleSource, expectYear: number | undefined, options: ImportOptions): Result<ImportedBundleView> {
  const year = expectYear === undefined ? { expectYear: readSettings(ctx).year, yearFromSettings: true } : { expectYear };
  const { report, content } = withFolder(source, ctx.now(), (dir) => verifyWithStore(ctx, dir, { year, paper: options.paper }));
  const taken = report.verified && content ? storeVerified(ctx, report, content) : refusal(report);
  if (isErr(taken)) {
    const failed = report.checks.filter((c) => c.status === 'failed').map((c) => ({ check: c.check, code: c.code, file: c.file }));
    ctx.store.auditRefusal({
      actor: ctx.actor,
      action: 'bundle.import-refused',
      subject: auditSubject.file(sourceName(source)),
      details: { code: taken.error.code, reason: taken.error.message, failed, bundleSha256: report.bundleSha256, sessionId: report.summary?.sessionId ?? null, year: report.summary?.year ?? null },
    });
  }
  return taken;
}

function refusal(report: BundleReport): Result<never> {
  const failures = report.checks.filter((c) => c.status === 'failed');
  const first = failures[0];
  const more = failures.length > 1 ? { zh: `（另有 ${failures.length - 1} 项未通过）`, en: ` (and ${failures.length - 1} more failed checks)` } : { zh: '', en: '' };
  // The path is shown before each line, so the line itself does not repeat it.
  const unprefixed = (f: (typeof failures)[number]) => ({ zh: f.message.zh.replace(`${f.file}：`, ''), en: f.message.en.replace(`${f.file}: `, '') });
  const details: ErrorDetail[] = failures.map((f) => ({ path: f.file ?? undefined, message: f.file ? unprefixed(f) : f.message }));
  return err(first?.code ?? 'bundle-rejected', `结果包未通过核验，未导入任何内容。${first?.message.zh ?? ''}${more.zh}`, `The bundle failed verification; nothing was taken in. ${first?.message.en ?? ''}${more.en}`, details);
}

function storeVerified(ctx: ServiceContext, report: BundleReport, content: ParsedBundle): Result<ImportedBundleView> {
  const { store } = ctx;
  const summary = report.summary!;
  return store.transaction(() => {
    const again = store.first(store.q.selectFrom('imported_bundles').select('imported_at').where('session_id', '=', summary.sessionId).where('year', '=', summary.year));
    if (again) return err('bundle-already-imported', `评审会 ${summary.sessionId}（${summary.year} 年度）的结果已经导入`, `The results of session ${summary.sessionId} (${summary.year}) were already taken in`);
    const row: Row = {
      session_id: summary.sessionId,
      year: summary.year,
      bundle_sha256: report.bundleSha256!,
      signer_key_id: summary.signer.keyId,
      signer_label: summary.signer.label,
      created_at: summary.createdAt,
      proposed_list: JSON.stringify(content.proposed.entries),
      results: JSON.stringify(content.results),
      report: JSON.stringify(report),
      imported_at: ctx.now().toISOString(),
      imported_by: ctx.actor,
      nominations: JSON.stringify(proposedNominations(content)),
    };
    store.run(store.q.insertInto('imported_bundles').values(row));
    store.audit({
      actor: ctx.actor,
      action: 'bundle.import',
      subject: auditSubject.session(summary.sessionId),
      details: {
        year: summary.year,
        bundleSha256: row.bundle_sha256,
        signerKeyId: summary.signer.keyId,
        proposed: content.proposed.entries.map((e) => e.nominationId),
        auditHeadHash: summary.auditHeadHash,
        paper: paperAudit(report.paper),
      },
    });
    return ok(view(row));
  });
}

/**
 * The proposed studios' nominations as the session file carried them: the register needs a studio's sector, which
 * the proposed list does not say, even where this office's database does not hold the nomination.
 */
function proposedNominations(content: ParsedBundle): BundleNomination[] {
  const proposed = new Set(content.proposed.entries.map((e) => e.nominationId));
  return content.session.nominations
    .filter((n) => proposed.has(n.id))
    .map((n) => ({
      id: n.id,
      studioName: n.studioName,
      leaderName: n.leaderName,
      workUnitName: n.workUnitName,
      recommendingUnit: n.recommendingUnit,
      sector: (SECTORS as readonly unknown[]).includes(n.sector) ? (n.sector as Sector) : null,
    }));
}

/** The name a refused bundle is recorded under: its folder's (files picked in the page come with that name in their paths). */
function sourceName(source: BundleSource): string {
  if ('path' in source) return path.basename(path.resolve(source.path));
  const tops = new Set(source.files.map((f) => f.relativePath.replace(/^\.\//, '').split('/')[0]));
  return tops.size === 1 ? [...tops][0] : '(picked files)';
}
