import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../tests/helpers/pdf-text';
import { sha256Hex } from '../../src-shared/sha256';
import { call } from '../api/dispatch';
import { chromiumPdfPrinter } from '../print/chromium-printer';
import { prepareSession } from '../testing/simulate';
import { verifyAuditChain } from '../store/audit-log';
import {
  office,
  openCtx,
  printedPaperCodes,
  removeTempFolders,
  simulatedMeeting,
  stubPrinter,
  tempFolder,
  type Meeting,
} from '../testing/bundle-fixtures';
import { exportBundle } from './export';
import { importBundle } from '../office/bundle-import';
import { BUNDLE_JSON, DATA, MANIFEST, SIGNATURE, VERIFY_HTML } from './layout';
import { verificationReportPdf } from '../office/verification-report';
import { nodeIo, type WriteIo } from './write-folder';
import { expectOk } from '../../tests/helpers/context';
import { setDeviceKeyPassphrase } from '../services/device-key';

// Registered first so it runs last, after the hooks below close their stores.
afterAll(removeTempFolders);

let meeting: Meeting;
const made: string[] = [];
const stick = () => {
  const dir = tempFolder('sr-stick-');
  made.push(dir);
  return dir;
};

beforeAll(async () => {
  meeting = await simulatedMeeting(11, chromiumPdfPrinter);
});

afterAll(() => {
  meeting.ctx.store.close();
  for (const dir of [meeting.ctx.store.dataDir, ...made]) fs.rmSync(dir, { recursive: true, force: true });
});

describe('exporting a result bundle to a stick', () => {
  let folder: string;

  it('writes one verified folder under its final name, checkable with sha256sum, and says it is safe to remove', async () => {
    const dest = stick();
    const r = await exportBundle(meeting.ctx, meeting.sessionId, dest);
    if (!r.ok) throw new Error(r.error.message.en);
    folder = r.value.folder;
    expect(r.value.safeToRemove).toBe(true);
    expect(fs.readdirSync(dest)).toEqual([r.value.name]);
    expect(r.value.name).toMatch(/^评审结果包-2026-S11-\d{8}T\d{6}Z$/);

    // Standard tools check it: every file listed is OK, and the signature is the only file not listed.
    const out = execFileSync('sha256sum', ['-c', MANIFEST], { cwd: folder, encoding: 'utf8' });
    const lines = out.trim().split('\n');
    expect(lines.every((l) => l.endsWith(': OK'))).toBe(true);
    const all = execFileSync('find', ['.', '-type', 'f'], { cwd: folder, encoding: 'utf8' }).trim().split('\n').map((f) => f.slice(2));
    expect(all.filter((f) => !lines.some((l) => l.startsWith(`${f}:`))).sort()).toEqual([MANIFEST, SIGNATURE]);
    expect(r.value.bundleSha256).toBe(sha256Hex(fs.readFileSync(path.join(folder, MANIFEST))));

    // The export is in the meeting laptop's audit log, after the rows the bundle carries.
    const last = meeting.ctx.store.db.prepare('SELECT action, details FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { action: string; details: string };
    expect(last.action).toBe('bundle.export');
    expect(JSON.parse(last.details).bundleSha256).toBe(r.value.bundleSha256);
    expect(verifyAuditChain(meeting.ctx.store.db).valid).toBe(true);
  });

  it('carries the offline verify page, listed in the manifest, the same bytes the app saves on its own', async () => {
    const page = fs.readFileSync(path.join(folder, VERIFY_HTML));
    expect(fs.readFileSync(path.join(folder, MANIFEST), 'utf8')).toContain(`${sha256Hex(page)}  ${VERIFY_HTML}\n`);
    const alone = expectOk(await call(meeting.ctx, 'bundle.verifyPage', {}));
    expect(alone.fileName).toBe('verify.html');
    expect(alone.sha256).toBe(sha256Hex(page));
    expect(Buffer.from(alone.content).equals(page)).toBe(true);
  });

  it('carries the printed sheets: the summary shows the audit head the bundle ends in, the draw record the protocol hash', () => {
    const bundle = JSON.parse(fs.readFileSync(path.join(folder, BUNDLE_JSON), 'utf8'));
    const prints = fs.readdirSync(path.join(folder, 'print'));
    expect(prints.filter((p) => p.startsWith('评分表-'))).toHaveLength(5);
    expect(prints.some((p) => p.endsWith('.xlsx'))).toBe(true);
    const summary = pdfText(path.join(folder, 'print', prints.find((p) => p.startsWith('汇总表'))!)).replace(/\s+/g, '');
    expect(summary).toContain(bundle.auditHeadHash);
    const record = pdfText(path.join(folder, 'print', prints.find((p) => p.startsWith('抽取记录'))!)).replace(/\s+/g, '');
    expect(record).toContain(sha256Hex(fs.readFileSync(path.join(folder, ...DATA.protocol.split('/')))));
  });

  it('is taken in at the office, whose verification report prints with each check and the bundle hash', async () => {
    const ctx = office(meeting);
    ctx.printPdf = chromiumPdfPrinter;
    try {
      const r = importBundle(ctx, { path: folder }, 2026, { paper: printedPaperCodes(meeting) });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      const pdf = await verificationReportPdf(ctx, r.value.sessionId, r.value.year);
      if (!pdf.ok) throw new Error(pdf.error.message.en);
      const text = pdfText(Buffer.from(pdf.value.content));
      expect(text).toContain('结果包核验报告');
      expect(text).toContain('核验通过');
      expect(text).toMatch(/第 1 页，共 \d+ 页/);
      expect(text.replace(/\s+/g, '')).toContain(r.value.bundleSha256);
      expect(text).toContain('审计日志链');
      // The office holds the package it issued for the session: the bundle carries exactly that one.
      expect(r.value.report.checks.find((c) => c.check === 'issued')).toMatchObject({ status: 'passed', file: DATA.issuedPackage });
      expect(text).toContain('本办公室于');
      const stored = ctx.store.db.prepare('SELECT session_id, year, signer_label FROM imported_bundles').all();
      expect(stored).toEqual([{ session_id: '2026-S11', year: 2026, signer_label: '会场电脑' }]);
    } finally {
      ctx.store.close();
    }
  });

  it('bundle.verify trusts key files given besides the trust store (`bundle verify --trust`), never a key the store revoked', async () => {
    const ctx = office();
    try {
      // A computer that is not the office (`bundle verify` without --data-dir) has no record of issued packages.
      const input = { path: folder, expectYear: 2026, officeRecord: false };
      const keyFile = { name: 'meeting-key.json', content: meeting.keyFile };
      const failed = (r: { checks: { status: string; code: string }[] }) => r.checks.filter((c) => c.status === 'failed').map((c) => c.code);
      expect(failed(expectOk(await call(ctx, 'bundle.verify', input)))).toEqual(['signer-not-enrolled']);
      const trusted = expectOk(await call(ctx, 'bundle.verify', { ...input, trustKeyFiles: [keyFile] }));
      expect(trusted.verified).toBe(true);
      // … so whether the office issued the package is said to be not performed, never passed in silence.
      const issued = trusted.checks.find((c) => c.check === 'issued')!;
      expect(issued).toMatchObject({ status: 'skipped', code: 'not-performed', file: DATA.issuedPackage });
      expect(issued.message.en).toContain('not confirmed that the office issued this package');
      expect(trusted.checks.find((c) => c.check === 'package')).toMatchObject({ status: 'passed' });
      // This data folder issued nothing: with its record the same bundle is refused.
      const asOffice = expectOk(await call(ctx, 'bundle.verify', { ...input, officeRecord: true, trustKeyFiles: [keyFile] }));
      expect(failed(asOffice)).toEqual(['package-not-issued']);

      const enrolled = expectOk(await call(ctx, 'keys.enrol', { content: meeting.keyFile, role: 'meeting-laptop' }));
      expectOk(await call(ctx, 'keys.revoke', { keyId: enrolled.keyId, reason: '电脑送修' }));
      expect(failed(expectOk(await call(ctx, 'bundle.verify', { ...input, trustKeyFiles: [keyFile] })))).toEqual(['signer-revoked']);

      const notAKey = await call(ctx, 'bundle.verify', { ...input, trustKeyFiles: [{ name: 'notes.json', content: Buffer.from('{}') }] });
      expect(notAKey).toMatchObject({ ok: false, error: { code: 'key-file-invalid' } });
    } finally {
      ctx.store.close();
    }
  });
});

describe('a stick that fails leaves no half bundle', () => {
  // What is printed does not matter here; printing for real would only make each case slower.
  beforeAll(() => {
    meeting.ctx.printPdf = stubPrinter;
  });

  const failing = (fail: (file: string, n: number) => void, free = Number.MAX_SAFE_INTEGER): WriteIo => {
    let n = 0;
    return {
      freeBytes: () => free,
      writeFile: (file, bytes) => {
        fail(file, ++n);
        nodeIo.writeFile(file, bytes);
      },
    };
  };

  it('refuses at once when the stick is too small (fs.statfs), writing nothing', async () => {
    const dest = stick();
    const r = await exportBundle(meeting.ctx, meeting.sessionId, dest, { io: failing(() => undefined, 200_000) });
    expect(r).toMatchObject({ ok: false, error: { code: 'not-enough-space' } });
    if (!r.ok) expect(r.error.message.zh).toMatch(/U 盘空间不足：结果包需要 [\d.]+ MB/);
    expect(fs.readdirSync(dest)).toEqual([]);
  });

  it.each([
    ['an I/O error half way', 'EIO', 'write-failed', /写入 .* 失败（EIO/],
    ['the stick filling up half way', 'ENOSPC', 'not-enough-space', /写入时 U 盘空间用完/],
    ['the stick going read-only', 'EROFS', 'write-failed', /EROFS/],
  ])('%s: a clear message, and the folder is gone', async (_name, code, expected, message) => {
    const dest = stick();
    const io = failing((_file, n) => {
      if (n === 12) throw Object.assign(new Error(`simulated ${code}`), { code });
    });
    const r = await exportBundle(meeting.ctx, meeting.sessionId, dest, { io });
    expect(r).toMatchObject({ ok: false, error: { code: expected } });
    if (!r.ok) expect(r.error.message.zh).toMatch(message);
    expect(fs.readdirSync(dest)).toEqual([]);
  });

  it('a copy that reads back different from what was written is refused and removed', async () => {
    const dest = stick();
    const io: WriteIo = {
      freeBytes: nodeIo.freeBytes,
      writeFile: (file, bytes) => nodeIo.writeFile(file, file.endsWith('results.json') ? Buffer.concat([bytes, Buffer.from(' ')]) : bytes),
    };
    const r = await exportBundle(meeting.ctx, meeting.sessionId, dest, { io });
    expect(r).toMatchObject({ ok: false, error: { code: 'bundle-copy-corrupt' } });
    if (!r.ok) expect(r.error.message.en).toContain('data/results.json');
    expect(fs.readdirSync(dest)).toEqual([]);
  });

  it('refuses a destination that is not a folder, and a session that is not signed yet', async () => {
    const file = path.join(stick(), 'not-a-folder.txt');
    fs.writeFileSync(file, 'x');
    expect(await exportBundle(meeting.ctx, meeting.sessionId, file)).toMatchObject({ ok: false, error: { code: 'destination-not-folder' } });
    const other = openCtx(tempFolder('sr-unsigned-'));
    made.push(other.store.dataDir);
    try {
      const s = await prepareSession(other, 4);
      expect(await exportBundle(other, s.sessionId, stick())).toMatchObject({ ok: false, error: { code: 'session-not-signed' } });
    } finally {
      other.store.close();
    }
  });
});

describe('exporting with a passphrase on the meeting laptop key', () => {
  it('refuses without the passphrase, writing nothing, and exports a bundle the office still accepts with it', async () => {
    expectOk(setDeviceKeyPassphrase(meeting.ctx, undefined, '第一会场 passphrase'));
    try {
      const dest = stick();
      for (const [passphrase, code] of [[undefined, 'device-key-locked'], ['guess guess', 'device-key-passphrase-wrong']] as const) {
        const r = await exportBundle(meeting.ctx, meeting.sessionId, dest, { passphrase });
        expect(r).toMatchObject({ ok: false, error: { code } });
        expect(fs.readdirSync(dest)).toEqual([]);
      }
      const r = expectOk(await exportBundle(meeting.ctx, meeting.sessionId, dest, { passphrase: '第一会场 passphrase' }));
      // The key did not change, so the enrolment made before the passphrase was set still holds.
      const officeCtx = office(meeting);
      expect(expectOk(importBundle(officeCtx, { path: r.folder }, undefined, { paper: printedPaperCodes(meeting) })).report.verified).toBe(true);
      officeCtx.store.close();
      made.push(officeCtx.store.dataDir);
    } finally {
      expectOk(setDeviceKeyPassphrase(meeting.ctx, '第一会场 passphrase', undefined));
    }
  });
});
