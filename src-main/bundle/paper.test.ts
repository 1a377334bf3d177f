import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PaperCodes } from '../../src-shared/api/ops/bundle';
import { isPaperCode, normalizePaperCode } from '../../src-shared/text/paper-code';
import { call } from '../api/dispatch';
import { generateKeyPair, privateKeyFromPkcs8 } from '../crypto/keys';
import type { ServiceContext } from '../services/context';
import { enrolKey, keyFileBytes } from '../office/trust-store';
import { copyFolder, issuedSyntheticData, openCtx, paperCodesOf, removeTempFolders, tempFolder } from '../testing/bundle-fixtures';
import { TEST_START } from '../testing/clock';
import { paperCodeMatches } from './check-paper';
import { importBundle } from '../office/bundle-import';
import { DATA } from './layout';
import { renderBundle, sealBundle } from './render';
import { verificationReportHtml } from './report-pdf';
import { writeBundleFolder } from './write-folder';

// Registered first so it runs last, after the hooks below close their stores.
afterAll(removeTempFolders);

/**
 * Paper as a second root: the office types the first 8 characters of the commitment hash and of each expert's key
 * fingerprint from the papers signed at the meeting. A difference refuses the bundle, naming the paper and the
 * expert, and stores nothing; a paper marked "not checked" is accepted and the report says so.
 */

describe('a code typed from paper', () => {
  it('ignores case, spaces and dashes (full-width ones too), and needs at least 8 hex digits', () => {
    expect(normalizePaperCode(' 3F2A 91c0 ')).toBe('3f2a91c0');
    expect(normalizePaperCode('3F2A-91C0')).toBe('3f2a91c0');
    expect(normalizePaperCode('3F2A　91C0')).toBe('3f2a91c0');
    expect(normalizePaperCode('3F2A－91C0')).toBe('3f2a91c0');
    expect(normalizePaperCode('3F2A—91C0')).toBe('3f2a91c0');
    expect(isPaperCode('3F2A 91C0')).toBe(true);
    expect(isPaperCode('3F2A 91C0 77E1 0D3B')).toBe(true);
    expect(isPaperCode('3F2A 91C')).toBe(false);
    expect(isPaperCode('3F2A 91CO')).toBe(false); // the letter O
    expect(isPaperCode('')).toBe(false);
  });

  it('matches the value it begins, with as many characters as were typed', () => {
    const hex = '3f2a91c077e10d3b'.padEnd(64, '0');
    expect(paperCodeMatches('3F2A 91C0', hex)).toBe(true);
    expect(paperCodeMatches('3f2a-91c0-77e1', hex)).toBe(true);
    expect(paperCodeMatches('3F2A 91C1', hex)).toBe(false);
    expect(paperCodeMatches('3F2A 91C0 77E2', hex)).toBe(false);
    expect(paperCodeMatches('91C0 3F2A', hex)).toBe(false);
    expect(paperCodeMatches('', hex)).toBe(false);
  });
});

const pair = generateKeyPair();
const keys = { privateKey: privateKeyFromPkcs8(pair.privateKeyPkcs8), publicKey: pair.publicKey };
/** The office that issued the made-up meeting's package: every `freshOffice()` is a copy of it. */
const officeHome = tempFolder('sr-office-home-');
const data = (() => {
  const ctx = openCtx(officeHome);
  try {
    return issuedSyntheticData(ctx, { nominations: 34, experts: 5, criteria: 3 });
  } finally {
    ctx.store.close();
  }
})();
/** What the papers of this made-up meeting say. */
const right = paperCodesOf(data);
/** The form a code is kept in: lower case, no spaces. */
const kept = (code: string | null) => code && normalizePaperCode(code);
const experts = Object.keys(right.experts).sort();
const nameOf = (id: string) => data.session.panel.find((m) => m.expertId === id)!.name;
let bundle: string;

beforeAll(() => {
  bundle = path.join(tempFolder('sr-usb-'), 'bundle');
  writeBundleFolder(bundle, sealBundle(renderBundle(data, keys.publicKey), keys));
});

function freshOffice(): ServiceContext {
  const ctx = openCtx(copyFolder(officeHome, path.join(tempFolder('sr-office-'), 'data')));
  const enrolled = enrolKey(ctx, { content: keyFileBytes(keys, { label: '合成会场', deviceId: 'synthetic', appVersion: 'test', exportedAt: TEST_START }), role: 'meeting-laptop' });
  if (!enrolled.ok) throw new Error(enrolled.error.message.en);
  return ctx;
}

const counts = (ctx: ServiceContext) => ({
  bundles: (ctx.store.db.prepare('SELECT count(*) AS n FROM imported_bundles').get() as { n: number }).n,
  audit: (ctx.store.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action <> 'bundle.import-refused'").get() as { n: number }).n,
  refused: (ctx.store.db.prepare("SELECT count(*) AS n FROM audit_log WHERE action = 'bundle.import-refused'").get() as { n: number }).n,
});

function lastImportAudit(ctx: ServiceContext): { paper: unknown } {
  const row = ctx.store.db.prepare("SELECT details FROM audit_log WHERE action = 'bundle.import' ORDER BY seq DESC LIMIT 1").get() as { details: string };
  return JSON.parse(row.details);
}

function withOffice(test: (ctx: ServiceContext) => void | Promise<void>) {
  return async () => {
    const ctx = freshOffice();
    try {
      await test(ctx);
    } finally {
      ctx.store.close();
    }
  };
}

describe('the office compares the signed papers when it takes a bundle in', () => {
  it(
    'the right codes, typed as people type them, are accepted: the report and the audit entry say every paper was checked',
    withOffice(async (ctx) => {
      const typed: PaperCodes = {
        commitment: right.commitment!.toUpperCase().replace(/(.{4})/, '$1 '),
        experts: Object.fromEntries(experts.map((id) => [id, `${right.experts[id]!.slice(0, 4)}-${right.experts[id]!.slice(4)}`])),
      };
      const r = importBundle(ctx, { path: bundle }, 2026, { paper: typed });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      const line = r.value.report.checks.filter((c) => c.check === 'paper');
      expect(line).toEqual([expect.objectContaining({ status: 'passed', code: 'ok' })]);
      expect(line[0].message.zh).toContain('抽取承诺页');
      for (const id of experts) expect(line[0].message.zh).toContain(`${nameOf(id)}（${id}）`);
      expect(r.value.report.paper).toEqual([
        { paper: 'commitment', expertId: null, name: null, status: 'matched', code: kept(right.commitment) },
        ...data.session.panel.map((m) => ({ paper: 'expert-key', expertId: m.expertId, name: m.name, status: 'matched', code: kept(right.experts[m.expertId]) })),
      ]);
      // The stored record keeps what was compared.
      expect(await call(ctx, 'bundle.list', {})).toMatchObject({ ok: true, value: [{ report: { paper: r.value.report.paper } }] });
      expect(lastImportAudit(ctx).paper).toEqual({ commitment: 'checked', experts: Object.fromEntries(experts.map((id) => [id, 'checked'])) });
    }),
  );

  it(
    "refuses an expert's code that differs, naming the paper and the expert and not showing the bundle's value; nothing is stored, and the right codes are accepted afterwards",
    withOffice((ctx) => {
      const before = counts(ctx);
      const id = experts[2];
      const code = kept(right.experts[id])!;
      const wrong = `${code[0] === 'f' ? 'e' : 'f'}${code.slice(1)}`;
      const r = importBundle(ctx, { path: bundle }, 2026, { paper: { ...right, experts: { ...right.experts, [id]: wrong } } });
      expect(r.ok).toBe(false);
      if (r.ok) return;
      expect(r.error.code).toBe('paper-fingerprint-mismatch');
      expect(r.error.details).toHaveLength(1);
      expect(r.error.details![0].path).toBe(DATA.session);
      expect(r.error.message.zh).toContain(`专家 ${nameOf(id)}（${id}）签字的评分表上，密钥指纹开头为 ${wrong.toUpperCase().slice(0, 4)} ${wrong.toUpperCase().slice(4)}`);
      expect(r.error.message.en).toContain(`the key fingerprint on the score sheet expert ${nameOf(id)} (${id}) signed begins`);
      const shown = `${r.error.message.zh}${r.error.message.en}`.replace(/\s+/g, '').toLowerCase();
      expect(shown).not.toContain(code);
      expect(counts(ctx)).toEqual({ ...before, refused: before.refused + 1 });

      expect(importBundle(ctx, { path: bundle }, 2026, { paper: right }).ok).toBe(true);
    }),
  );

  it(
    'refuses a commitment code that differs, and a code for an expert who is not on the panel',
    withOffice((ctx) => {
      const before = counts(ctx);
      const commitment = importBundle(ctx, { path: bundle }, 2026, { paper: { ...right, commitment: '0000 0000' } });
      expect(commitment).toMatchObject({ ok: false, error: { code: 'paper-commitment-mismatch', details: [{ path: DATA.protocol }] } });
      if (!commitment.ok) expect(commitment.error.message.zh).toContain('见证人签字的抽取承诺页上，承诺哈希开头为 0000 0000');
      const stranger = importBundle(ctx, { path: bundle }, 2026, { paper: { ...right, experts: { ...right.experts, E9999: 'abcd abcd' } } });
      expect(stranger).toMatchObject({ ok: false, error: { code: 'paper-not-on-panel' } });
      if (!stranger.ok) expect(stranger.error.message.en).toContain('expert E9999, who is not on this bundle');
      expect(counts(ctx)).toEqual({ ...before, refused: before.refused + 2 });
    }),
  );

  it(
    'accepts papers marked not checked, and the report, the stored record and the audit entry say which',
    withOffice(async (ctx) => {
      const skipped = experts[1];
      const r = importBundle(ctx, { path: bundle }, 2026, { paper: { ...right, experts: { ...right.experts, [skipped]: null } } });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.value.report.verified).toBe(true);
      const lines = r.value.report.checks.filter((c) => c.check === 'paper');
      expect(lines.map((c) => c.status)).toEqual(['passed', 'not-checked']);
      expect(lines[1]).toMatchObject({ code: 'paper-not-checked', message: { zh: `未核对纸质签字件：${nameOf(skipped)}（${skipped}）的评分表`, en: `signed papers NOT compared: the score sheet of ${nameOf(skipped)} (${skipped})` } });
      expect(r.value.report.paper!.find((o) => o.expertId === skipped)).toMatchObject({ status: 'not-checked', code: null });
      expect(lastImportAudit(ctx).paper).toEqual({
        commitment: 'checked',
        experts: Object.fromEntries(experts.map((id) => [id, id === skipped ? 'not-checked' : 'checked'])),
      });

      // Printed for the file: the warning first, in red, and the line itself in red.
      const html = verificationReportHtml(r.value.report, r.value.proposedList);
      expect(html).toMatch(/<div class="paper-warning">注意：纸质签字件未核对[^<]*<br>未核对纸质签字件：/);
      expect(html).toContain('<tr class="not-checked">');
      expect(html).toMatch(/\.paper-warning \{ color: #c00;/);
    }),
  );

  it(
    'nothing compared at all (--paper-not-checked): accepted, every paper reported as not checked',
    withOffice((ctx) => {
      const r = importBundle(ctx, { path: bundle }, 2026, { paper: { commitment: null, experts: {}, othersNotChecked: true } });
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      const lines = r.value.report.checks.filter((c) => c.check === 'paper');
      expect(lines.map((c) => c.status)).toEqual(['not-checked']);
      expect(lines[0].message.zh).toContain('抽取承诺页');
      expect(r.value.report.paper!.every((o) => o.status === 'not-checked')).toBe(true);
      expect(lastImportAudit(ctx).paper).toEqual({ commitment: 'not-checked', experts: Object.fromEntries(experts.map((id) => [id, 'not-checked'])) });
    }),
  );

  it(
    'the API asks for the paper codes, in the right form',
    withOffice(async (ctx) => {
      const before = counts(ctx);
      expect(await call(ctx, 'bundle.import', { path: bundle, expectYear: 2026 } as never)).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(await call(ctx, 'bundle.import', { path: bundle, expectYear: 2026, paper: { ...right, commitment: '3F2A' } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(await call(ctx, 'bundle.import', { path: bundle, expectYear: 2026, paper: { ...right, experts: { [experts[0]]: 'not hex!' } } })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
      expect(counts(ctx)).toEqual(before);
      expect(await call(ctx, 'bundle.import', { path: bundle, expectYear: 2026, paper: right })).toMatchObject({ ok: true });
    }),
  );
});
