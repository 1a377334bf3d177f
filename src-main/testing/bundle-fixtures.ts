import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { canonicalJson } from '../../src-shared/canonical-json';
import { APP_VERSION } from '../app-version';
import type { SigningKeys } from '../crypto/envelope';
import type { PdfPrinter } from '../print/pdf-printer';
import type { Clock } from '../clock';
import type { ServiceContext } from '../services/context';
import { declineDeviceKeyPassphrase, deviceKey } from '../services/device-key';
import { simulateSession } from './simulate';
import { syntheticBundleData, type SyntheticOptions } from './synthetic-bundle';
import { enrolKey, exportKeyFile } from '../office/trust-store';
import type { KeyRole, PaperCodes } from '../../src-shared/api/ops/bundle';
import { commitmentHash } from '../../src-shared/draw/seed';
import { ungroup } from '../../src-shared/text/groups';
import { PAPER_CODE_LENGTH } from '../../src-shared/text/paper-code';
import { fingerprint } from '../crypto/keys';
import { getDraw } from '../services/draws';
import { getSession } from '../services/scoring/sessions';
import type { ImportOptions } from '../office/bundle-import';
import { auditRowHash, GENESIS_HASH, type AuditRecord } from '../store/audit-log';
import { Store } from '../store/store';
import { auditLogText, parseAuditLog } from '../bundle/audit-rows';
import { exportBundle } from '../bundle/export';
import { BUNDLE_JSON, DATA } from '../bundle/layout';
import { readBundleFolder } from '../bundle/read-folder';
import { sealBundle, type BundleData, type BundleFiles } from '../bundle/render';
import { recordIssuedPackage } from '../services/issued-packages/records';
import type { Result } from '../../src-shared/result';
import type { ExportedAuditRow } from '../bundle/schemas';
import { writeBundleFolder } from '../bundle/write-folder';
import { fixedClock, type FixedClock } from './clock';

/**
 * Test helpers: meetings, offices and bundles on real folders and real SQLite files. Not used by the app.
 * Printing goes to a stub unless a test asks for the real printer: a PDF is just bytes to the verifier.
 */
export const stubPrinter: PdfPrinter = async (html: string) => Buffer.from(`%PDF-1.4\n% stub print of ${html.length} characters\n%%EOF\n`, 'latin1');

const made: string[] = [];

/** A fresh real folder, removed when the test file is done (after every store opened in it is closed). */
export function tempFolder(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/**
 * Removes every folder `tempFolder` made. Each test file registers it as its first hook, `afterAll(removeTempFolders)`,
 * so it runs after the file's other afterAll hooks have closed their stores; this module does not import vitest.
 */
export function removeTempFolders(): void {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
}

export function openCtx(dir: string, printPdf: PdfPrinter = stubPrinter, actor = 'test', now: Clock = fixedClock()): ServiceContext {
  const opened = Store.open(dir, now);
  if (!opened.ok) throw new Error(opened.error.message.en);
  return { store: opened.value, actor, appVersion: APP_VERSION, printPdf, now };
}

export interface Meeting {
  ctx: ServiceContext;
  sessionId: string;
  keys: SigningKeys;
  keyFile: Buffer;
  /** The meeting laptop's clock: it stands still until a test moves it. */
  clock: FixedClock;
  /** The office that issued the session's package: its data folder, closed; `office(meeting)` opens copies of it. */
  officeDir: string;
  /** The office's device key, which signs the packages it issues. */
  officeKeys: SigningKeys;
}

const must = <T>(r: Result<T>): T => {
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};

/**
 * A whole simulated meeting on a laptop of its own, from a package issued by an office of its own (another data
 * folder, which holds the record of what it issued).
 */
export async function simulatedMeeting(seed: number, printPdf: PdfPrinter = stubPrinter): Promise<Meeting> {
  const clock = fixedClock();
  const ctx = openCtx(tempFolder('sr-meeting-'), printPdf, 'meeting', clock);
  const officeDir = tempFolder('sr-office-home-');
  const desk = openCtx(officeDir, stubPrinter, 'office');
  try {
    const { session } = await simulateSession(ctx, seed, { office: desk });
    const file = must(exportKeyFile(ctx, '评审会场笔记本'));
    return { ctx, sessionId: session.sessionId, keys: must(deviceKey(ctx)), keyFile: Buffer.from(file.content), clock, officeDir, officeKeys: must(deviceKey(desk)) };
  } finally {
    desk.store.close();
  }
}

/**
 * Has the meeting's office issue the package a synthetic bundle carries, as it issues its own: signed with the
 * office's key and recorded in its data folder (so every `office(meeting)` opened afterwards holds it).
 */
export function issueAtOffice(meeting: Meeting, bundle: BundleData): void {
  const desk = openCtx(meeting.officeDir, stubPrinter, 'office');
  try {
    must(recordIssuedPackage(desk, bundle.issuedPackage));
  } finally {
    desk.store.close();
  }
}

/**
 * A made-up bundle's data (synthetic-bundle.ts) whose package the office in `ctx` issued: signed with that office's
 * device key (a test office: by the recorded choice to run without a passphrase) and recorded in its data folder.
 */
export function issuedSyntheticData(ctx: ServiceContext, o: SyntheticOptions): BundleData {
  must(declineDeviceKeyPassphrase(ctx));
  const data = syntheticBundleData({ ...o, issuer: must(deviceKey(ctx)) });
  must(recordIssuedPackage(ctx, data.issuedPackage));
  return data;
}

export async function exportTo(meeting: Meeting, dest: string): Promise<string> {
  const r = await exportBundle(meeting.ctx, meeting.sessionId, dest);
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value.folder;
}

/**
 * An office installation. With a meeting: a fresh copy of the office that issued its package, with the meeting
 * laptop's key enrolled in `role`; without: an office that issued nothing and trusts nobody.
 */
export function office(meeting?: Meeting, role: KeyRole = 'meeting-laptop'): ServiceContext {
  const dir = tempFolder('sr-office-');
  if (meeting) copyFolder(meeting.officeDir, path.join(dir, 'data'));
  const ctx = openCtx(meeting ? path.join(dir, 'data') : dir, stubPrinter, 'office');
  if (meeting) {
    const r = enrolKey(ctx, { content: meeting.keyFile, role, label: '会场电脑' });
    if (!r.ok) throw new Error(r.error.message.en);
  }
  return ctx;
}

export function copyFolder(from: string, to: string): string {
  fs.cpSync(from, to, { recursive: true, verbatimSymlinks: true });
  return to;
}

export function readFiles(dir: string): BundleFiles {
  const r = readBundleFolder(dir);
  if (!r.files) throw new Error(JSON.stringify(r.problems));
  return r.files;
}

/** Replaces the bundle in `dir` by `change(files)` signed again with `keys`: a meeting laptop signing whatever it is given. */
export function resign(dir: string, keys: SigningKeys, change: (files: BundleFiles) => void): void {
  const files = readFiles(dir);
  change(files);
  fs.rmSync(dir, { recursive: true });
  writeBundleFolder(dir, sealBundle(files, keys));
}

/** Edits a JSON file of the bundle in place, writing it back as canonical JSON (only its content changed). */
export function editJson(files: BundleFiles, file: string, change: (value: never) => void): void {
  const value = JSON.parse(files.get(file)!.toString('utf8'));
  change(value as never);
  files.set(file, Buffer.from(canonicalJson(value), 'utf8'));
}

/** Edits the rows of the bundle's audit log and writes them back in the app's form (each row keeps its recorded hash). */
export function editAuditRows(files: BundleFiles, change: (rows: ExportedAuditRow[]) => void): void {
  const parsed = parseAuditLog(files.get(DATA.audit)!.toString('utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const rows: ExportedAuditRow[] = parsed.value.map(({ text: _text, ...row }) => row);
  change(rows);
  files.set(DATA.audit, Buffer.from(auditLogText(rows), 'utf8'));
}

/**
 * Edits the audit log as a laptop that rewrites its own log would: every row is chained and hashed again from the
 * first, and bundle.json is given the new length and head, so only what the rows say can be caught.
 */
export function rewriteAuditLog(files: BundleFiles, change: (rows: AuditRecord[]) => void): void {
  const parsed = parseAuditLog(files.get(DATA.audit)!.toString('utf8'));
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  const records: AuditRecord[] = parsed.value.map(({ text: _text, hash: _hash, ...record }) => record);
  change(records);
  let head = GENESIS_HASH;
  const rows = records.map((r, i) => {
    const record = { ...r, seq: i + 1, prevHash: head };
    head = auditRowHash(record);
    return { ...record, hash: head };
  });
  files.set(DATA.audit, Buffer.from(auditLogText(rows), 'utf8'));
  editJson(files, BUNDLE_JSON, (b: { auditEntries: number; auditHeadHash: string }) => {
    b.auditEntries = rows.length;
    b.auditHeadHash = head;
  });
}

export function flipByte(file: string, at = 0.5): void {
  const bytes = fs.readFileSync(file);
  const i = Math.floor(bytes.length * at);
  // Stay inside printable ASCII where the byte is one, so a JSON file stays readable text: only its content changes.
  bytes[i] = bytes[i] >= 0x30 && bytes[i] <= 0x39 ? 0x30 + ((bytes[i] - 0x30 + 1) % 10) : bytes[i] ^ 0x01;
  fs.writeFileSync(file, bytes);
}

/** No signed paper compared: for tests about everything else (an import must say so explicitly). */
export const PAPER_NOT_CHECKED: ImportOptions = { paper: { commitment: null, experts: {}, othersNotChecked: true } };

const head = (hex: string) => hex.slice(0, PAPER_CODE_LENGTH);

/**
 * The codes on the papers signed at a meeting, as the office reads them: the first characters of the commitment
 * hash the commitment page prints, and of each expert's key fingerprint their score sheet prints (from the meeting
 * laptop's database, not from the bundle).
 */
export function printedPaperCodes(meeting: Meeting): PaperCodes {
  const session = getSession(meeting.ctx, meeting.sessionId);
  if (!session.ok || !session.value.drawId) throw new Error('no session with a draw');
  const draw = getDraw(meeting.ctx, session.value.drawId);
  if (!draw.ok) throw new Error(draw.error.message.en);
  const d = draw.value;
  return {
    commitment: head(commitmentHash(d.config.drawId, d.poolHash, d.configHash)),
    experts: Object.fromEntries(session.value.experts.map((e) => [e.expertId, head(ungroup(e.fingerprint))])),
  };
}

/** The same codes for a made-up bundle (synthetic-bundle.ts): what its meeting would have printed. */
export function paperCodesOf(data: BundleData): PaperCodes {
  const p = data.protocol;
  return {
    commitment: head(commitmentHash(p.config.drawId, p.poolHash, p.configHash)),
    experts: Object.fromEntries(data.session.experts.map((e) => [e.expertId, head(ungroup(fingerprint(e.publicKey)))])),
  };
}
