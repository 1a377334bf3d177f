import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { FileDownload } from '../../src-shared/api/views';
import { demoNominationId } from '../../src-shared/demo/generate-demo';
import { PRINTED_DATA_BEGIN, PRINTED_DATA_END } from '../../src-shared/draw/printed-data';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { demoDraw } from '../../tests/helpers/demo-draw';
import { pdfText } from '../../tests/helpers/pdf-text';
import { tempDir } from '../../tests/helpers/temp-dir';
import { call } from '../api/dispatch';
import { renderBundle, sealBundle } from '../bundle/render';
import { writeBundleFolder } from '../bundle/write-folder';
import { generateKeyPair, privateKeyFromPkcs8 } from '../crypto/keys';
import { importBundle } from '../office/bundle-import';
import { enrolKey, keyFileBytes } from '../office/trust-store';
import { issuedSyntheticData, paperCodesOf, removeTempFolders, simulatedMeeting } from '../testing/bundle-fixtures';
import { chromiumPdfPrinter } from './chromium-printer';

afterAll(removeTempFolders);

/** Every PDF the app makes, printed by real Chromium: the office's year, the draw, the meeting's sheets, the office's files. */
async function everyPrintout(): Promise<{ out: Record<string, FileDownload>; studios: string[] }> {
  const out: Record<string, FileDownload> = {};
  let studios: string[] = [];

  const year = openTestContext();
  try {
    expectOk(await call(year, 'demo.generate', { seed: 2026 }));
    expectOk(await call(year, 'screening.screenYear', { year: 2026, screener: '张三' }));
    out.qualificationSheet = expectOk(await call(year, 'screening.sheetPdf', { year: 2026 }));
    out.nominationSheet = expectOk(await call(year, 'screening.nominationSheetPdf', { nominationId: demoNominationId(2026, 1) }));
    const draw = await demoDraw(year);
    out.commitment = expectOk(await call(year, 'draw.commitmentPdf', { drawId: draw.drawId }));
    out.drawRecord = expectOk(await call(year, 'draw.recordPdf', { drawId: draw.drawId }));
  } finally {
    year.store.close();
  }

  // The meeting laptop's sheets (the simulation itself prints to the stub; only these go to Chromium).
  const meeting = await simulatedMeeting(16);
  try {
    const laptop = { ...meeting.ctx, printPdf: chromiumPdfPrinter };
    const session = { sessionId: meeting.sessionId };
    const view = expectOk(await call(laptop, 'session.get', session));
    studios = view.nominations.map((n) => n.studioName);
    const expertId = view.panel[0].expertId;
    out.expertSheet = expectOk(await call(laptop, 'session.printout', { ...session, kind: 'expert-sheet', expertId }));
    out.summary = expectOk(await call(laptop, 'session.printout', { ...session, kind: 'summary' }));
    out.proposedList = expectOk(await call(laptop, 'session.printout', { ...session, kind: 'proposed-list' }));
  } finally {
    meeting.ctx.store.close();
  }

  // The office: a verified bundle taken in, its studios published, the register and the ledger.
  const office = openTestContext();
  try {
    const pair = generateKeyPair();
    const keys = { privateKey: privateKeyFromPkcs8(pair.privateKeyPkcs8), publicKey: pair.publicKey };
    expectOk(enrolKey(office, { content: keyFileBytes(keys, { label: '会场', deviceId: 'laptop', appVersion: 'test', exportedAt: office.now().toISOString() }), role: 'meeting-laptop' }));
    const data = issuedSyntheticData(office, { sessionId: '2026-A', year: 2026, nominations: 6, experts: 5, criteria: 3, nominationPrefix: 'A' });
    const dir = path.join(tempDir('sr-printouts-usb-'), 'bundle');
    writeBundleFolder(dir, sealBundle(renderBundle(data, keys.publicKey), keys));
    expectOk(importBundle(office, { path: dir }, 2026, { paper: paperCodesOf(data) }));
    out.verificationReport = expectOk(await call(office, 'bundle.reportPdf', { sessionId: '2026-A', year: 2026 }));
    const proposals = expectOk(await call(office, 'publication.proposals', { year: 2026 }));
    for (const s of proposals.sessions[0].studios) {
      expectOk(await call(office, 'publication.decide', { year: 2026, sessionId: '2026-A', nominationId: s.nominationId, decision: 'adopt', reason: '' }));
    }
    expectOk(await call(office, 'publication.publish', { year: 2026, docNo: '豫教科文卫体工〔2026〕12号', publishedOn: '2026-12-01' }));
    out.publicationList = expectOk(await call(office, 'publication.download', { year: 2026, output: 'pdf' }));
    out.recommendations = expectOk(await call(office, 'recommendation.export', { year: 2026, format: 'pdf' }));
    out.ledgerReport = expectOk(await call(office, 'ledger.report', { year: 2026 })).pdf;
  } finally {
    office.store.close();
  }
  return { out, studios };
}

/** The text people read: the draw record's machine-readable data block (exact instants, for recomputation) left out. */
function readableText(pdf: FileDownload): string {
  const text = pdfText(Buffer.from(pdf.content));
  const begin = text.indexOf(PRINTED_DATA_BEGIN);
  return begin < 0 ? text : text.slice(0, begin) + text.slice(text.indexOf(PRINTED_DATA_END) + PRINTED_DATA_END.length);
}

const UTC_ISO = /\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const ZULU = /\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z\b/;
const LOCAL = /\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/;
/**
 * Issue 16.7: every sheet ends with its print time, local, and the SHA-256 of its content (a PDF cannot carry its own
 * hash), in groups of four.
 */
const PRINT_STAMP = /打印时间 \d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2} · 本表内容 SHA-256 ([0-9a-f]{4} ){15}[0-9a-f]{4}/;
/** The signature line each signed sheet asks for first (the published list is the attachment of a signed notice). */
const SIGNED_BY: Record<string, string | null> = {
  qualificationSheet: '审查人：',
  nominationSheet: '审查人：',
  commitment: '监督人：',
  drawRecord: '监督人：',
  expertSheet: '专家签字（确认评分与密钥指纹）：',
  summary: '专家组组长：',
  proposedList: '专家组组长：',
  verificationReport: '核验人：',
  publicationList: null,
  recommendations: '经办人：',
  ledgerReport: '制表人：',
};

describe('every printout', () => {
  it('every sheet: its year, page x of y, the print time in the office zone as 2026年12月1日 14:35 (never a UTC timestamp), its content SHA-256 and its signature lines', async () => {
    const { out: printouts, studios } = await everyPrintout();
    expect(Object.keys(printouts).sort()).toEqual(Object.keys(SIGNED_BY).sort());
    for (const [name, pdf] of Object.entries(printouts)) {
      expect(Buffer.from(pdf.content).subarray(0, 5).toString(), name).toBe('%PDF-');
      const text = readableText(pdf);
      expect(text, name).not.toMatch(UTC_ISO);
      expect(text, name).not.toMatch(ZULU);
      expect(text, name).toMatch(/第 1 页，共 \d+ 页|Page 1 of \d+/);
      expect(text, name).toMatch(LOCAL);
      expect(text, name).toContain('2026');
      // The stamp may wrap between its groups of four.
      expect(text.replace(/\s+/g, ' '), name).toMatch(PRINT_STAMP);
      const signature = SIGNED_BY[name];
      if (signature) expect(text.replace(/ +/g, ''), name).toContain(signature);
    }
    // The score sheet gives a studio name room: each (up to 10 characters) stands whole on one line, not a character a line.
    const lines = readableText(printouts.expertSheet).split('\n').map((l) => l.replace(/\s+/g, ''));
    for (const studio of studios.filter((n) => n.length <= 10)) expect(lines.some((l) => l.includes(studio)), studio).toBe(true);
  });
});
