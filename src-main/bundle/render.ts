import { canonicalJson } from '../../src-shared/canonical-json';
import { compareUtf8 } from '../../src-shared/draw/hash';
import type { DrawProtocol } from '../../src-shared/draw/protocol';
import { sha256Hex } from '../../src-shared/sha256';
import type { SigningKeys } from '../crypto/envelope';
import { keyId } from '../crypto/keys';
import { signDigest } from './digest-signature';
import { BUNDLE_FORMAT_VERSION, BUNDLE_JSON, BUNDLE_TYPE, DATA, MANIFEST, pathProblem, sheetPath, SIGNATURE } from './layout';
import { manifestText } from './manifest';
import type {
  BundleJson,
  ConflictsFile,
  ProposedListFile,
  ResultsFile,
  ScoreSheet,
  SessionFile,
  SignatureFile,
  SignaturesFile,
  SummarySheet,
} from './schemas';
import type { AuditLog } from './schemas';
import { auditLogText } from './audit-rows';

export const RESULT_BUNDLE = 'result-bundle';
export const SCORE_SHEET_KIND = 'score-sheet';
export const SUMMARY_KIND = 'summary-sheet';

/** Everything a bundle holds, before it becomes files. Built from the database (collect.ts) or made up (testing/synthetic-bundle.ts). */
export interface BundleData {
  createdAt: string;
  deviceId: string;
  appVersion: string;
  session: SessionFile;
  protocol: DrawProtocol;
  sheets: { payload: ScoreSheet; signature: string; publicKey: string; signedAt: string }[];
  summary: { signerId: string; payload: SummarySheet; signature: string; publicKey: string; signedAt: string };
  results: ResultsFile;
  proposed: ProposedListFile;
  audit: AuditLog;
  /** The issued session package the session was made from: the file's bytes as the office signed them. */
  issuedPackage: Buffer;
  /** The printed sheets and the spreadsheet, under print/. */
  human: { path: string; content: Buffer }[];
}

/** Files of a bundle by path; bytes are what is hashed, signed and written. */
export type BundleFiles = Map<string, Buffer>;

const json = (value: unknown) => Buffer.from(canonicalJson(value), 'utf8');

/** The recusals of the signed sheets, in a fixed order; the verifier derives the same list and compares. */
export function declaredConflicts(sheets: readonly ScoreSheet[]): ConflictsFile['declared'] {
  return sheets
    .flatMap((s) => s.cells.filter((c) => c.state === 'recused').map((c) => ({ expertId: c.expertId, nominationId: c.nominationId, reason: c.recusalReason })))
    .sort((a, b) => compareUtf8(a.expertId, b.expertId) || compareUtf8(a.nominationId, b.nominationId));
}

export function drawConflicts(protocol: DrawProtocol): ConflictsFile['draw'] {
  return {
    excludedUnitCodes: protocol.config.excludedUnitCodes,
    excludedIds: protocol.config.excludedIds,
    reasons: protocol.config.exclusionReasons,
  };
}

/** The content files (bundle.json, data/, print/): everything the manifest lists. */
export function renderBundle(data: BundleData, signerPublicKey: string): BundleFiles {
  const files: BundleFiles = new Map();
  const sheetEntries: SignaturesFile['sheets'] = [];
  for (const s of data.sheets) {
    // The file is the canonical JSON the expert signed, byte for byte: its SHA-256 is the one in the signature.
    const bytes = json(s.payload);
    const file = sheetPath(s.payload.expertId);
    files.set(file, bytes);
    sheetEntries.push({
      expertId: s.payload.expertId,
      kind: 'score-sheet',
      dissent: s.payload.dissent,
      file,
      keyId: keyId(s.publicKey),
      publicKey: s.publicKey,
      payloadSha256: sha256Hex(bytes),
      signature: s.signature,
      signedAt: s.signedAt,
    });
  }
  const summaryBytes = json(data.summary.payload);
  files.set(DATA.summary, summaryBytes);
  const signatures: SignaturesFile = {
    sheets: sheetEntries,
    summary: {
      signerId: data.summary.signerId,
      kind: 'summary-sheet',
      file: DATA.summary,
      keyId: keyId(data.summary.publicKey),
      publicKey: data.summary.publicKey,
      payloadSha256: sha256Hex(summaryBytes),
      signature: data.summary.signature,
      signedAt: data.summary.signedAt,
    },
  };
  const conflicts: ConflictsFile = { draw: drawConflicts(data.protocol), declared: declaredConflicts(data.sheets.map((s) => s.payload)) };
  files.set(DATA.session, json(data.session));
  files.set(DATA.protocol, json(data.protocol));
  files.set(DATA.conflicts, json(conflicts));
  files.set(DATA.signatures, json(signatures));
  files.set(DATA.results, json(data.results));
  files.set(DATA.proposed, json(data.proposed));
  files.set(DATA.audit, Buffer.from(auditLogText(data.audit.rows), 'utf8'));
  files.set(DATA.issuedPackage, data.issuedPackage);
  for (const h of data.human) {
    if (pathProblem(h.path) || files.has(h.path)) throw new Error(`bundle: unusable print file name ${h.path}`);
    files.set(h.path, h.content);
  }
  const bundle: BundleJson = {
    type: BUNDLE_TYPE,
    formatVersion: BUNDLE_FORMAT_VERSION,
    sessionId: data.session.sessionId,
    year: data.session.year,
    createdAt: data.createdAt,
    signerKeyId: keyId(signerPublicKey),
    deviceId: data.deviceId,
    appVersion: data.appVersion,
    drawId: data.session.drawId,
    rulesHash: data.session.rulesHash,
    issuedPackageSha256: sha256Hex(data.issuedPackage),
    auditEntries: data.audit.entries,
    auditHeadHash: data.audit.headHash,
  };
  files.set(BUNDLE_JSON, json(bundle));
  return files;
}

/**
 * Adds manifest.sha256 (every file but itself and the signature) and signature.json (over the manifest's bytes).
 * Any manifest or signature already in `files` is replaced, so a changed bundle can be signed again (tests use
 * that to play a meeting laptop that signs whatever it is given).
 */
export function sealBundle(files: BundleFiles, keys: SigningKeys): BundleFiles {
  const out: BundleFiles = new Map([...files].filter(([p]) => p !== MANIFEST && p !== SIGNATURE));
  const manifest = Buffer.from(manifestText([...out].map(([path, bytes]) => ({ path, sha256: sha256Hex(bytes) }))), 'utf8');
  const manifestSha256 = sha256Hex(manifest);
  const signature: SignatureFile = {
    format: 'studio-review-bundle-signature',
    version: 1,
    kind: 'result-bundle',
    signer: { keyId: keyId(keys.publicKey), publicKey: keys.publicKey },
    manifestSha256,
    signature: signDigest(RESULT_BUNDLE, manifestSha256, keys.privateKey),
  };
  out.set(MANIFEST, manifest);
  out.set(SIGNATURE, json(signature));
  return out;
}

export function totalBytes(files: BundleFiles): number {
  let n = 0;
  for (const b of files.values()) n += b.length;
  return n;
}
