import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src-shared/canonical-json';
import { sha256Hex } from '../../src-shared/sha256';
import type { PaperCodes } from '../../src-shared/api/ops/bundle';
import { generateKeyPair, keyId, privateKeyFromPkcs8 } from '../crypto/keys';
import type { ServiceContext } from '../services/context';
import { enrolKey, revokeKey } from '../office/trust-store';
import type { SessionRules } from '../../src-shared/scoring/session-rules';
import {
  copyFolder,
  editAuditRows,
  editJson,
  exportTo,
  flipByte,
  issueAtOffice,
  office,
  paperCodesOf,
  printedPaperCodes,
  removeTempFolders,
  resign,
  rewriteAuditLog,
  simulatedMeeting,
  tempFolder,
  type Meeting,
} from '../testing/bundle-fixtures';
import { signDigest } from './digest-signature';
import { importBundle } from '../office/bundle-import';
import { BUNDLE_JSON, DATA, MANIFEST, SHEETS_DIR, SIGNATURE } from './layout';
import { renderBundle, SCORE_SHEET_KIND, sealBundle, SUMMARY_KIND } from './render';
import type { ScoreSheet, SessionFile, SignaturesFile } from './schemas';
import { syntheticBundleData } from '../testing/synthetic-bundle';
import { writeBundleFolder } from './write-folder';

// Registered first so it runs last, after the hooks below close their stores.
afterAll(removeTempFolders);

/**
 * Every way a bundle can be altered on its way from the meeting to the office, each refused with the check that
 * caught it and a message naming the file. "Re-signed" cases play a meeting laptop that signs whatever it is given:
 * only the experts' own signatures and recomputation can catch those.
 */

let meeting: Meeting;
let bundleA: string;
let bundleB: string;
let otherYear: string;
/** A bundle forged with the meeting laptop's key, and the codes its forger's own papers would print. */
interface Forged {
  dir: string;
  paper: PaperCodes;
}
let forgedNominations: Forged;
let forgedPackage: Forged;
let forgedKeys: Forged;
let neverIssued: Forged;
let sheetOf: (n: number) => string;
let blankedExpert = '';
let freezeLine = 0;
let printed: (prefix: string) => string;
/** The codes the office types from the papers signed at the meeting (the commitment page, each expert's sheet). */
let paper: PaperCodes;
let otherYearPaper: PaperCodes;
const made: string[] = [];

beforeAll(async () => {
  meeting = await simulatedMeeting(7);
  bundleA = await exportTo(meeting, tempFolder('sr-usb-a-'));
  // A second, genuine export of the same session, a few seconds later: same key, other bytes.
  meeting.clock.advance(5_000);
  bundleB = await exportTo(meeting, tempFolder('sr-usb-b-'));
  // A genuine bundle of another year, signed by the same (enrolled) meeting laptop, of a package the office issued.
  const data2025 = syntheticBundleData({ year: 2025, sessionId: '2025-S01', nominations: 35, experts: 5, criteria: 5, issuer: meeting.officeKeys });
  issueAtOffice(meeting, data2025);
  otherYear = path.join(tempFolder('sr-usb-y-'), 'bundle-2025');
  writeBundleFolder(otherYear, sealBundle(renderBundle(data2025, meeting.keys.publicKey), meeting.keys));
  otherYearPaper = paperCodesOf(data2025);
  paper = printedPaperCodes(meeting);

  // Insiders: whole bundles invented and signed with the meeting laptop's key, as issue 13 found them accepted. The
  // office is given the codes of the forger's own papers (forged signatures too): only the package stands in the way.
  const forged = (name: string, o: Partial<Parameters<typeof syntheticBundleData>[0]>): Forged => {
    const dir = path.join(tempFolder('sr-usb-f-'), name);
    const data = syntheticBundleData({ year: 2026, sessionId: meeting.sessionId, nominations: 35, experts: 5, criteria: 5, ...o });
    writeBundleFolder(dir, sealBundle(renderBundle(data, meeting.keys.publicKey), meeting.keys));
    return { dir, paper: paperCodesOf(data) };
  };
  const genuinePackage = fs.readFileSync(at(bundleA, DATA.issuedPackage));
  const genuineSession = JSON.parse(fs.readFileSync(at(bundleA, DATA.session), 'utf8')) as SessionFile;
  // The session this office issued, with invented nominations (and experts, keys, scores), carrying the genuine package…
  forgedNominations = forged('invented-nominations', { issuedPackage: genuinePackage });
  // … or a package of the forger's own making for it (signed by a key that is not the office's).
  forgedPackage = forged('invented-package', {});
  // The issued nominations and rules, but experts of the forger's own with fresh keys: a panel drawn from another pool.
  forgedKeys = forged('invented-keys', { issuedPackage: genuinePackage, like: { nominations: genuineSession.nominations, rules: genuineSession.rules as SessionRules } });
  // A session this office never issued.
  neverIssued = forged('never-issued', { sessionId: '2026-S99' });
  const sheets = fs.readdirSync(path.join(bundleA, ...SHEETS_DIR.split('/').filter(Boolean))).sort();
  sheetOf = (n) => `${SHEETS_DIR}${sheets[n]}`;
  const prints = fs.readdirSync(path.join(bundleA, 'print'));
  printed = (prefix) => `print/${prints.find((p) => p.startsWith(prefix))!}`;
});

afterAll(() => {
  meeting.ctx.store.close();
  for (const dir of [meeting.ctx.store.dataDir, path.dirname(bundleA), path.dirname(bundleB), path.dirname(otherYear), ...made]) fs.rmSync(dir, { recursive: true, force: true });
});

/** An office that enrolled the meeting laptop's key but issued no package: the genuine bundle is not its to take in. */
function trustingStranger(): ServiceContext {
  const ctx = office();
  const r = enrolKey(ctx, { content: meeting.keyFile, role: 'meeting-laptop', label: '会场电脑' });
  if (!r.ok) throw new Error(r.error.message.en);
  return ctx;
}

/** A fresh copy of a bundle to spoil. */
function copyOf(source: string): string {
  const dir = path.join(tempFolder('sr-tamper-'), path.basename(source));
  made.push(path.dirname(dir));
  return copyFolder(source, dir);
}

const at = (dir: string, file: string) => path.join(dir, ...file.split('/'));
const meetingName = (expertId: string) => JSON.parse(fs.readFileSync(at(bundleA, DATA.session), 'utf8')).panel.find((m: { expertId: string }) => m.expertId === expertId).name as string;

interface TamperCase {
  name: string;
  /** Spoils the copy in `dir`; `ctx` is the office, for cases that change the office's side. */
  spoil: (dir: string, ctx: ServiceContext) => void | Promise<void>;
  /** Which bundle to start from (default: A). */
  from?: () => string;
  office?: () => ServiceContext;
  code: string;
  /** The file the refusal must name (a function when it is only known after setup). */
  file: string | (() => string);
  /** Part of the English message. */
  says: string | (() => string);
  /** The codes typed from the signed papers (default: the right ones). */
  paper?: () => PaperCodes;
  /** The year the import is for (default 2026), or none given, so that the import takes the settings' selection year. */
  year?: number | 'from settings';
  /** False where the case changes the office (its trust store, an import), so the genuine bundle cannot follow. */
  genuineAfter?: false;
}

const flip = (file: string | (() => string)) => (dir: string) => flipByte(at(dir, typeof file === 'string' ? file : file()));
const resigned = (change: Parameters<typeof resign>[2]) => (dir: string) => resign(dir, meeting.keys, change);

/** A code as misread (or as on a paper that belongs to another meeting): its first character changed. */
const misread = (code: string) => `${code[0] === '0' ? '1' : '0'}${code.slice(1)}`;
const firstExpert = () => Object.keys(paper.experts).sort()[0];

/**
 * A forgery by whoever holds the meeting laptop: every expert's key replaced by an invented one, every sheet and the
 * summary signed again with those, the session's record of check-ins changed to match, the bundle re-signed.
 */
function inventExpertKeys(files: Parameters<Parameters<typeof resign>[2]>[0]): void {
  const invented = new Map<string, { privateKey: ReturnType<typeof privateKeyFromPkcs8>; publicKey: string }>();
  const keyOf = (expertId: string) => {
    if (!invented.has(expertId)) {
      const pair = generateKeyPair();
      invented.set(expertId, { privateKey: privateKeyFromPkcs8(pair.privateKeyPkcs8), publicKey: pair.publicKey });
    }
    return invented.get(expertId)!;
  };
  editJson(files, DATA.signatures, (s: SignaturesFile) => {
    for (const e of s.sheets) {
      const k = keyOf(e.expertId);
      Object.assign(e, { publicKey: k.publicKey, keyId: keyId(k.publicKey), signature: signDigest(SCORE_SHEET_KIND, e.payloadSha256, k.privateKey) });
    }
    const k = keyOf(s.summary.signerId);
    Object.assign(s.summary, { publicKey: k.publicKey, keyId: keyId(k.publicKey), signature: signDigest(SUMMARY_KIND, s.summary.payloadSha256, k.privateKey) });
  });
  editJson(files, DATA.session, (s: SessionFile) => {
    for (const e of s.experts) Object.assign(e, { publicKey: keyOf(e.expertId).publicKey, keyId: keyId(keyOf(e.expertId).publicKey) });
  });
}

const cases: TamperCase[] = [
  // A byte changed in each kind of file.
  { name: 'a byte changed in bundle.json', spoil: flip(BUNDLE_JSON), code: 'file-changed', file: BUNDLE_JSON, says: 'content was changed' },
  { name: 'a byte changed in the session file', spoil: flip(DATA.session), code: 'file-changed', file: DATA.session, says: 'content was changed' },
  { name: 'a byte changed in the draw protocol', spoil: flip(DATA.protocol), code: 'file-changed', file: DATA.protocol, says: 'content was changed' },
  { name: 'a byte changed in the conflicts file', spoil: flip(DATA.conflicts), code: 'file-changed', file: DATA.conflicts, says: 'content was changed' },
  { name: "a byte changed in an expert's score sheet", spoil: flip(() => sheetOf(0)), code: 'file-changed', file: () => sheetOf(0), says: 'content was changed' },
  { name: 'a byte changed in the signatures file', spoil: flip(DATA.signatures), code: 'file-changed', file: DATA.signatures, says: 'content was changed' },
  { name: 'a byte changed in the summary sheet', spoil: flip(DATA.summary), code: 'file-changed', file: DATA.summary, says: 'content was changed' },
  { name: 'a byte changed in the results', spoil: flip(DATA.results), code: 'file-changed', file: DATA.results, says: 'content was changed' },
  { name: 'a byte changed in the proposed list', spoil: flip(DATA.proposed), code: 'file-changed', file: DATA.proposed, says: 'content was changed' },
  { name: 'a byte changed in the audit log', spoil: flip(DATA.audit), code: 'file-changed', file: DATA.audit, says: 'content was changed' },
  { name: 'a byte changed in the summary PDF', spoil: flip(() => printed('汇总表')), code: 'file-changed', file: () => printed('汇总表'), says: 'content was changed' },
  { name: 'a byte changed in the draw record PDF', spoil: flip(() => printed('抽取记录')), code: 'file-changed', file: () => printed('抽取记录'), says: 'content was changed' },
  { name: 'a byte changed in the score matrix xlsx', spoil: flip(() => printed('评分矩阵')), code: 'file-changed', file: () => printed('评分矩阵'), says: 'content was changed' },
  { name: 'a byte changed in the manifest', spoil: flip(MANIFEST), code: 'signature-invalid', file: MANIFEST, says: 'the manifest was changed after signing' },
  { name: 'a byte changed in the signature', spoil: (dir) => {
    const sig = JSON.parse(fs.readFileSync(at(dir, SIGNATURE), 'utf8'));
    const bytes = Buffer.from(sig.signature, 'base64');
    bytes[10] ^= 0x01;
    sig.signature = bytes.toString('base64');
    fs.writeFileSync(at(dir, SIGNATURE), JSON.stringify(sig));
  }, code: 'signature-invalid', file: MANIFEST, says: 'the signature does not match the manifest' },
  // Files removed, added, renamed.
  { name: 'a file removed', spoil: (dir) => fs.rmSync(at(dir, DATA.results)), code: 'file-missing', file: DATA.results, says: 'removed or renamed' },
  { name: 'a file added', spoil: (dir) => fs.writeFileSync(at(dir, 'print/补充说明.txt'), '后补的材料'), code: 'file-extra', file: 'print/补充说明.txt', says: 'not listed in the manifest' },
  { name: 'a file renamed', spoil: (dir) => fs.renameSync(at(dir, printed('建议名单')), at(dir, 'print/建议名单-修订.pdf')), code: 'file-missing', file: () => printed('建议名单'), says: 'removed or renamed' },
  { name: 'the signature file removed', spoil: (dir) => fs.rmSync(at(dir, SIGNATURE)), code: 'signature-missing', file: SIGNATURE, says: 'signature file is missing' },
  // The manifest reordered or edited.
  { name: 'two manifest lines swapped', spoil: (dir) => {
    const lines = fs.readFileSync(at(dir, MANIFEST), 'utf8').split('\n');
    [lines[1], lines[2]] = [lines[2], lines[1]];
    fs.writeFileSync(at(dir, MANIFEST), lines.join('\n'));
  }, code: 'signature-invalid', file: MANIFEST, says: 'the manifest was changed after signing' },
  { name: 'two manifest lines swapped and re-signed', spoil: (dir) => {
    resign(dir, meeting.keys, () => undefined);
    const lines = fs.readFileSync(at(dir, MANIFEST), 'utf8').split('\n');
    [lines[1], lines[2]] = [lines[2], lines[1]];
    fs.writeFileSync(at(dir, MANIFEST), lines.join('\n'));
    // Sign the reordered manifest as it is, like a meeting laptop would sign any manifest it is handed.
    const files = new Map([[MANIFEST, fs.readFileSync(at(dir, MANIFEST))]]);
    const sig = JSON.parse(fs.readFileSync(at(dir, SIGNATURE), 'utf8'));
    sig.manifestSha256 = sha256Hex(files.get(MANIFEST)!);
    sig.signature = signDigest('result-bundle', sig.manifestSha256, meeting.keys.privateKey);
    fs.writeFileSync(at(dir, SIGNATURE), JSON.stringify(sig));
  }, code: 'manifest-unsorted', file: MANIFEST, says: 'lines are out of order' },
  { name: 'a score changed together with its manifest line', spoil: (dir) => {
    const file = at(dir, sheetOf(1));
    const sheet = JSON.parse(fs.readFileSync(file, 'utf8')) as ScoreSheet;
    const cell = sheet.cells.find((c) => c.state === 'scored')!;
    const k = Object.keys(cell.criteria)[0];
    cell.criteria[k] = cell.criteria[k] === 0 ? 0.5 : 0;
    const bytes = Buffer.from(JSON.stringify(sheet));
    fs.writeFileSync(file, bytes);
    const manifest = fs.readFileSync(at(dir, MANIFEST), 'utf8').replace(/^[0-9a-f]{64}(?= {2}data\/score-sheets\/)/gm, (h, offset: number, all: string) =>
      all.slice(offset + 66, all.indexOf('\n', offset)) === sheetOf(1) ? sha256Hex(bytes) : h,
    );
    fs.writeFileSync(at(dir, MANIFEST), manifest);
  }, code: 'signature-invalid', file: MANIFEST, says: 'the manifest was changed after signing' },
  { name: 'the signature swapped for another bundle’s', spoil: (dir) => fs.copyFileSync(at(bundleB, SIGNATURE), at(dir, SIGNATURE)), code: 'signature-invalid', file: MANIFEST, says: 'the signature belongs to another bundle' },
  // Keys.
  { name: 'signed by a key that is not enrolled', spoil: () => undefined, office: () => office(), code: 'signer-not-enrolled', file: SIGNATURE, says: 'not in this computer\'s trust store', genuineAfter: false },
  { name: 'signed by a key that was revoked', spoil: (_dir, ctx) => {
    const r = revokeKey(ctx, keyId(meeting.keys.publicKey), '笔记本电脑丢失');
    if (!r.ok) throw new Error(r.error.message.en);
  }, code: 'signer-revoked', file: SIGNATURE, says: 'was revoked', genuineAfter: false },
  { name: 'signed by a key enrolled for another role', spoil: () => undefined, office: () => office(meeting, 'expert'), code: 'signer-wrong-role', file: SIGNATURE, says: 'not as a meeting laptop', genuineAfter: false },
  // Replays.
  { name: 'a bundle of another year', spoil: () => undefined, from: () => otherYear, code: 'bundle-wrong-year', file: BUNDLE_JSON, says: 'this is a bundle of 2025' },
  { name: "another year's bundle imported without a year (the settings say 2026)", spoil: () => undefined, from: () => otherYear, year: 'from settings', code: 'bundle-wrong-year', file: BUNDLE_JSON, says: 'this is a bundle of 2025, but results are being taken in for 2026 (the selection year in the settings' },
  { name: 'the same session and year again (a later export)', spoil: async (_dir, ctx) => {
    const first = importBundle(ctx, { path: bundleA }, 2026, { paper });
    if (!first.ok) throw new Error(first.error.message.en);
  }, from: () => bundleB, code: 'bundle-already-imported', file: BUNDLE_JSON, says: 'were already taken in', genuineAfter: false },
  // Insiders with the meeting laptop's key: only what the office issued stands in the way (issue 13).
  { name: 'forged with the laptop key for an issued session: invented nominations, with the genuine package', spoil: () => undefined, from: () => forgedNominations.dir, paper: () => forgedNominations.paper,
    code: 'package-nominations-mismatch', file: DATA.session, says: "the session's nominations are not the ones the package issued: nomination N0001 is not in the package (the session has 35, the package" },
  { name: 'forged with the laptop key for an issued session: invented nominations, with a package of its own', spoil: () => undefined, from: () => forgedPackage.dir, paper: () => forgedPackage.paper,
    code: 'package-not-issued', file: DATA.issuedPackage, says: 'not the package' },
  { name: 'forged with the laptop key for an issued session: invented expert keys (its own panel), the issued nominations and rules', spoil: () => undefined, from: () => forgedKeys.dir, paper: () => forgedKeys.paper,
    code: 'package-pool-mismatch', file: DATA.protocol, says: 'not the snapshot' },
  { name: 'a bundle for a session this office never issued', spoil: () => undefined, from: () => neverIssued.dir, paper: () => neverIssued.paper,
    code: 'package-not-issued', file: DATA.issuedPackage, says: 'this office never issued a session package for session 2026-S99' },
  { name: 'the genuine bundle at an office that trusts the laptop but never issued its package', spoil: () => undefined, office: () => trustingStranger(),
    code: 'package-not-issued', file: DATA.issuedPackage, says: "never issued a session package for session 2026-S07", genuineAfter: false },
  { name: 'the issued package edited in the bundle and re-signed', spoil: (dir) => resigned((files) => {
    const env = JSON.parse(files.get(DATA.issuedPackage)!.toString('utf8'));
    env.payload.panelSize += 1;
    const bytes = Buffer.from(canonicalJson(env));
    files.set(DATA.issuedPackage, bytes);
    editJson(files, BUNDLE_JSON, (b: { issuedPackageSha256: string }) => {
      b.issuedPackageSha256 = sha256Hex(bytes);
    });
  })(dir), code: 'package-not-issued', file: DATA.issuedPackage, says: 'not the package' },
  // A meeting laptop signing what it should not: only the experts' signatures and recomputation stand in the way.
  { name: 'a score changed and the bundle re-signed', spoil: (dir) => resigned((files) => {
    const raw = JSON.parse(files.get(sheetOf(2))!.toString()) as ScoreSheet;
    const cell = raw.cells.find((c) => c.state === 'scored')!;
    const k = Object.keys(cell.criteria)[0];
    cell.criteria[k] = cell.criteria[k] === 0 ? 0.5 : 0;
    files.set(sheetOf(2), Buffer.from(canonicalJson(raw)));
  })(dir), code: 'sheet-signature-invalid', file: () => sheetOf(2), says: 'the sheet was changed after the expert signed' },
  { name: "an expert's signature removed (sheet and entry) and re-signed", spoil: (dir) => resigned((files) => {
    editJson(files, DATA.signatures, (s: { sheets: { file: string }[] }) => {
      s.sheets = s.sheets.filter((x) => x.file !== sheetOf(0));
    });
    files.delete(sheetOf(0));
  })(dir), code: 'sheet-signature-missing', file: DATA.signatures, says: 'signed score sheet of expert' },
  { name: "an expert's signature blanked and re-signed", spoil: (dir) => resigned((files) => {
    // Signatures are listed in panel order, sheet files by name: the refusal names the blanked expert's file.
    editJson(files, DATA.signatures, (s: { sheets: { expertId: string; signature: string }[] }) => {
      blankedExpert = s.sheets[3].expertId;
      s.sheets[3].signature = Buffer.alloc(64).toString('base64');
    });
  })(dir), code: 'sheet-signature-invalid', file: () => `${SHEETS_DIR}${blankedExpert}.json`, says: 'the signature does not match the sheet' },
  { name: 'a result changed and re-signed', spoil: (dir) => resigned((files) => {
    editJson(files, DATA.results, (r: { ranking: { rows: { score: number }[] } }) => {
      r.ranking.rows[0].score += 0.01;
    });
  })(dir), code: 'results-mismatch', file: DATA.results, says: 'recomputes from the signed sheets' },
  { name: 'a name on the proposed list changed and re-signed', spoil: (dir) => resigned((files) => {
    editJson(files, DATA.proposed, (p: { entries: { studioName: string }[] }) => {
      p.entries[0].studioName = '另一个工作室';
    });
  })(dir), code: 'proposed-mismatch', file: DATA.proposed, says: 'entries[0].studioName' },
  { name: "the leader's signed ranking changed and re-signed", spoil: (dir) => resigned((files) => {
    editJson(files, DATA.summary, (s: { proposedList: string[] }) => {
      s.proposedList.reverse();
    });
  })(dir), code: 'summary-signature-invalid', file: DATA.summary, says: "leader's signature does not match" },
  { name: "the summary signed with an invented key instead of the leader's (the laptop forging the leader)", spoil: (dir) => resigned((files) => {
    editJson(files, DATA.signatures, (s: SignaturesFile) => {
      const pair = generateKeyPair();
      const k = privateKeyFromPkcs8(pair.privateKeyPkcs8);
      Object.assign(s.summary, { publicKey: pair.publicKey, keyId: keyId(pair.publicKey), signature: signDigest(SUMMARY_KIND, s.summary.payloadSha256, k) });
    });
  })(dir), code: 'summary-key-mismatch', file: DATA.signatures, says: 'other than the one leader' },
  { name: "a witness's digits changed in the draw protocol and re-signed", spoil: (dir) => resigned((files) => {
    editJson(files, DATA.protocol, (p: { witnesses: { digits: string }[] }) => {
      p.witnesses[0].digits = '0123456788';
    });
  })(dir), code: 'draw-mismatch', file: DATA.protocol, says: 'Verification failed' },
  { name: 'the audit chain cut (a row removed) and re-signed', spoil: (dir) => resigned((files) => {
    editAuditRows(files, (rows) => {
      rows.splice(10, 1);
    });
  })(dir), code: 'audit-chain-broken', file: DATA.audit, says: 'Audit log row 12: sequence should be 11' },
  { name: 'the audit chain cut at its end and re-signed', spoil: (dir) => resigned((files) => {
    editAuditRows(files, (rows) => {
      rows.splice(-5, 5);
    });
  })(dir), code: 'audit-chain-broken', file: DATA.audit, says: 'rows were cut off or added at its end' },
  { name: 'an audit row edited and re-signed', spoil: (dir) => resigned((files) => {
    editAuditRows(files, (rows) => {
      rows[20].actor = '某人';
    });
  })(dir), code: 'audit-chain-broken', file: DATA.audit, says: 'Audit log row 21: content was altered' },
  // Paper as a second root: the codes typed from the papers signed at the meeting.
  { name: "mismatched paper fingerprints: an expert's code from their signed sheet differs", spoil: () => undefined,
    paper: () => ({ ...paper, experts: { ...paper.experts, [firstExpert()]: misread(paper.experts[firstExpert()]!) } }),
    code: 'paper-fingerprint-mismatch', file: DATA.session, says: () => `the key fingerprint on the score sheet expert ${meetingName(firstExpert())} (${firstExpert()}) signed begins` },
  { name: 'mismatched paper commitment: the code from the commitment page the witnesses signed differs', spoil: () => undefined,
    paper: () => ({ ...paper, commitment: misread(paper.commitment!) }),
    code: 'paper-commitment-mismatch', file: DATA.protocol, says: 'the commitment hash on the draw commitment page the witnesses signed begins' },
  { name: "an expert's paper neither typed nor marked not checked", spoil: () => undefined,
    paper: () => ({ ...paper, experts: Object.fromEntries(Object.entries(paper.experts).filter(([id]) => id !== firstExpert())) }),
    code: 'paper-code-missing', file: DATA.session, says: () => `no code was given from the score sheet expert ${meetingName(firstExpert())} (${firstExpert()}) signed` },
  { name: 'every expert key invented and the bundle re-signed (a forgery with the laptop key alone)', spoil: (dir) => resigned(inventExpertKeys)(dir),
    code: 'paper-fingerprint-mismatch', file: DATA.session, says: 'which is not the fingerprint of the key this bundle holds for that expert' },
  // Canonical JSON only (RFC 8785 bytes exactly), re-signed so that only this check can catch it.
  { name: 'a data file re-serialized with whitespace and re-signed', spoil: (dir) => resigned((files) => {
    files.set(DATA.results, Buffer.from(JSON.stringify(JSON.parse(files.get(DATA.results)!.toString()), null, 2)));
  })(dir), code: 'data-not-canonical', file: DATA.results, says: 'not canonical JSON (RFC 8785: keys in order, no whitespace): from byte 1 the file has "\\n' },
  { name: 'a data file with its keys reordered and re-signed', spoil: (dir) => resigned((files) => {
    const session = JSON.parse(files.get(DATA.session)!.toString()) as Record<string, unknown>;
    files.set(DATA.session, Buffer.from(JSON.stringify(Object.fromEntries(Object.entries(session).reverse()))));
  })(dir), code: 'data-not-canonical', file: DATA.session, says: 'not canonical JSON' },
  { name: 'a key given twice in a data file and re-signed', spoil: (dir) => resigned((files) => {
    // {"aggregation":…,…,"votes":X,"votes":X}: JSON.parse keeps the last, so the content reads the same.
    const text = files.get(DATA.results)!.toString();
    const last = Object.entries(JSON.parse(text) as Record<string, unknown>).at(-1)!;
    files.set(DATA.results, Buffer.from(`${text.slice(0, -1)},${JSON.stringify(last[0])}:${canonicalJson(last[1])}}`));
  })(dir), code: 'data-duplicate-key', file: DATA.results, says: 'duplicate key "' },
  { name: 'an audit row re-serialized with a space and re-signed', spoil: (dir) => resigned((files) => {
    files.set(DATA.audit, Buffer.from(files.get(DATA.audit)!.toString().replace('","', '", "')));
  })(dir), code: 'data-not-canonical', file: DATA.audit, says: 'line 1: not canonical JSON' },
  // A laptop rewriting its own log (every row chained and hashed again): the audit-event catalog still holds.
  { name: 'an audit row given an action not in the catalog, the chain rebuilt and re-signed', spoil: (dir) => resigned((files) => {
    rewriteAuditLog(files, (rows) => {
      rows[5].action = 'score.erase';
    });
  })(dir), code: 'audit-action-unknown', file: DATA.audit, says: 'line 6: unknown action "score.erase" (not in the audit-event catalog)' },
  { name: 'audit details that do not fit their action, the chain rebuilt and re-signed', spoil: (dir) => resigned((files) => {
    rewriteAuditLog(files, (rows) => {
      const i = rows.findIndex((r) => r.action === 'session.freeze');
      freezeLine = i + 1;
      rows[i].details = { rulesHash: 42 };
    });
  })(dir), code: 'audit-details-invalid', file: DATA.audit, says: () => `line ${freezeLine}: the details of session.freeze do not fit the audit-event catalog: rulesHash` },
  { name: 'the freezing of the rules removed from the log, the chain rebuilt and re-signed', spoil: (dir) => resigned((files) => {
    rewriteAuditLog(files, (rows) => {
      rows.splice(rows.findIndex((r) => r.action === 'session.freeze'), 1);
    });
  })(dir), code: 'audit-anchor-missing', file: DATA.audit, says: 'the log does not record freezing these session rules' },
  // The folder itself.
  { name: 'an unlisted empty folder', spoil: (dir) => fs.mkdirSync(at(dir, 'print/补充材料')), code: 'folder-extra', file: 'print/补充材料/', says: 'a folder not accounted for by the manifest' },
  { name: 'an unlisted folder holding only an empty folder', spoil: (dir) => fs.mkdirSync(at(dir, 'extra/inner'), { recursive: true }), code: 'folder-extra', file: 'extra/', says: 'it is empty or holds only unlisted things' },
  { name: 'a symbolic link in the folder', spoil: (dir) => fs.symlinkSync('/etc/passwd', at(dir, 'print/passwd.pdf')), code: 'bundle-symlink', file: 'print/passwd.pdf', says: 'symbolic link' },
  { name: 'a path outside the folder in a re-signed manifest', spoil: (dir) => {
    resign(dir, meeting.keys, () => undefined);
    const manifest = fs.readFileSync(at(dir, MANIFEST), 'utf8');
    fs.writeFileSync(at(dir, MANIFEST), manifest.replace('  bundle.json', '  ../bundle.json'));
    const sig = JSON.parse(fs.readFileSync(at(dir, SIGNATURE), 'utf8'));
    sig.manifestSha256 = sha256Hex(fs.readFileSync(at(dir, MANIFEST)));
    sig.signature = signDigest('result-bundle', sig.manifestSha256, meeting.keys.privateKey);
    fs.writeFileSync(at(dir, SIGNATURE), JSON.stringify(sig));
  }, code: 'manifest-invalid', file: MANIFEST, says: 'path points outside the folder' },
  { name: 'an oversize file', spoil: (dir) => {
    // Sparse: its size says 65 MB without writing them; it must be refused from its size alone.
    const fd = fs.openSync(at(dir, 'print/附件.pdf'), 'w');
    fs.ftruncateSync(fd, 65 * 1024 * 1024);
    fs.closeSync(fd);
  }, code: 'file-too-large', file: 'print/附件.pdf', says: 'over the per-file limit' },
];

describe('tampered bundles are refused, nothing is stored, the refusal is recorded', () => {
  it('the table is long enough', () => expect(cases.length).toBeGreaterThanOrEqual(25));

  it.each(cases)('$name → $code', async (c) => {
    const ctx = c.office ? c.office() : office(meeting);
    try {
      const dir = copyOf(c.from ? c.from() : bundleA);
      await c.spoil(dir, ctx);
      const before = ctx.store.all(ctx.store.q.selectFrom('imported_bundles').select('session_id')).length;
      const auditBefore = (ctx.store.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;

      const r = importBundle(ctx, { path: dir }, c.year === 'from settings' ? undefined : (c.year ?? 2026), { paper: c.paper ? c.paper() : paper });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      const file = typeof c.file === 'string' ? c.file : c.file();
      expect({ code: r.error.code, file: r.error.details?.[0]?.path }).toEqual({ code: c.code, file });
      expect(r.error.message.en).toContain(typeof c.says === 'string' ? c.says : c.says());
      expect(r.error.message.en).toContain(file);
      expect(r.error.message.zh).toContain(file);
      expect(r.error.message.zh).toContain('未通过');

      // Nothing kept: no bundle, no audit entry of an import; one of the refusal, with its reason.
      expect(ctx.store.all(ctx.store.q.selectFrom('imported_bundles').select('session_id')).length).toBe(before);
      const rows = ctx.store.db.prepare('SELECT action, subject, details FROM audit_log WHERE seq > ? ORDER BY seq').all(auditBefore) as { action: string; subject: string; details: string }[];
      expect(rows.map((x) => ({ action: x.action, subject: x.subject }))).toEqual([{ action: 'bundle.import-refused', subject: `file:${path.basename(dir)}` }]);
      expect(JSON.parse(rows[0].details)).toMatchObject({ code: c.code, reason: r.error.message });

      // The refusal left the office as it was: the genuine bundle is still taken in (reading it changes nothing).
      if (c.genuineAfter !== false) expect(importBundle(ctx, { path: bundleA }, 2026, { paper })).toMatchObject({ ok: true, value: { sessionId: meeting.sessionId } });
    } finally {
      ctx.store.close();
    }
  });

  it('the untouched bundles are accepted, and each only once', () => {
    const ctx = office(meeting);
    try {
      const a = importBundle(ctx, { path: copyOf(bundleA) }, 2026, { paper });
      if (!a.ok) throw new Error(JSON.stringify(a.error));
      expect(a.value.report.verified).toBe(true);
      expect(a.value.report.checks.filter((c) => c.status !== 'passed')).toEqual([]);
      // Every signed paper was compared, and matched.
      expect(a.value.report.checks.find((c) => c.check === 'paper')?.status).toBe('passed');
      expect(a.value.report.paper?.map((o) => o.status)).toEqual(Array(1 + Object.keys(paper.experts).length).fill('matched'));
      expect(a.value.proposedList).toHaveLength(30);
      const y = importBundle(ctx, { path: copyOf(otherYear) }, 2025, { paper: otherYearPaper });
      expect(y.ok).toBe(true);
      expect(importBundle(ctx, { path: copyOf(bundleA) }, 2026, { paper })).toMatchObject({ ok: false, error: { code: 'bundle-already-imported' } });
      const last = ctx.store.db.prepare('SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; details: string };
      expect(last.action).toBe('bundle.import-refused');
      expect(JSON.parse(last.details)).toMatchObject({
        code: 'bundle-already-imported',
        failed: [{ check: 'replay', code: 'bundle-already-imported', file: BUNDLE_JSON }],
        bundleSha256: a.value.bundleSha256,
        sessionId: meeting.sessionId,
        year: 2026,
      });
    } finally {
      ctx.store.close();
    }
  });
});
