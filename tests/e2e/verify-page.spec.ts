import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test, type Page } from '@playwright/test';
import type { BundleCheck } from '../../src-shared/api/ops/bundle';
import { canonicalJson } from '../../src-shared/canonical-json';
import { sha256Hex } from '../../src-shared/sha256';
import { BUNDLE_JSON, DATA, MANIFEST, SIGNATURE } from '../../src-main/bundle/layout';
import type { ScoreSheet } from '../../src-main/bundle/schemas';
import { verifyBundleFolder } from '../../src-main/bundle/verify';
import { trustOneKey } from '../../src-main/bundle/trust-lookup';
import { copyFolder, editAuditRows, editJson, exportTo, flipByte, removeTempFolders, resign, simulatedMeeting, tempFolder, type Meeting } from '../../src-main/testing/bundle-fixtures';
import { VERIFY_PAGE } from '../../src-main/bundle/verify-page';

/**
 * The offline verify page (out/verify-page/verify.html, built by `npm run build` and on `npm ci`), opened from
 * file:// in Chromium: it verifies an exported bundle and refuses spoiled ones with the same checks, codes and files
 * as the app's own verification given the same trust (the bundle's key; no office records), and it asks the
 * network for nothing.
 */

let meeting: Meeting;
let bundle: string;

test.beforeAll(async () => {
  meeting = await simulatedMeeting(11);
  bundle = await exportTo(meeting, tempFolder('sr-page-usb-'));
});

test.afterAll(() => {
  meeting.ctx.store.close();
  removeTempFolders();
});

const at = (dir: string, file: string) => path.join(dir, ...file.split('/'));
const firstSheet = (dir: string) => `data/score-sheets/${fs.readdirSync(at(dir, 'data/score-sheets')).sort()[0]}`;
const resigned = (change: (files: Map<string, Buffer>) => void) => (dir: string) => resign(dir, meeting.keys, change);

/** What the app says of a folder, given what the page has: the bundle's own key, no office records. */
function appFailures(dir: string): Pick<BundleCheck, 'check' | 'code' | 'file'>[] {
  const signer = JSON.parse(fs.readFileSync(at(dir, SIGNATURE), 'utf8')).signer.publicKey as string;
  const { report } = verifyBundleFolder(dir, { trust: trustOneKey(signer, 'meeting-laptop', 'bundle key'), now: new Date() });
  return report.checks.filter((c) => c.status === 'failed').map(({ check, code, file }) => ({ check, code, file }));
}

/** Opens the page from file://, picks the folder, waits for the verdict; every request the page made is kept. */
async function verifyInPage(page: Page, dir: string): Promise<{ verified: boolean; failed: Pick<BundleCheck, 'check' | 'code' | 'file'>[]; requests: string[] }> {
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(pathToFileURL(VERIFY_PAGE).href);
  await expect(page.locator('#own-hash')).toHaveText(/^[0-9a-f]{64}$/);
  await page.locator('#pick').setInputFiles(dir);
  const verdict = page.locator('#verdict');
  await expect(verdict).toBeVisible();
  const failed = await page.locator('#failed li').evaluateAll((items) =>
    items.map((li) => ({ check: li.getAttribute('data-check')!, code: li.getAttribute('data-code')!, file: li.getAttribute('data-file') || null })),
  );
  return { verified: (await verdict.getAttribute('data-verified')) === 'true', failed, requests };
}

test('an exported bundle is VERIFIED in the page, offline, and the page hashes itself right', async ({ page }) => {
  const r = await verifyInPage(page, bundle);
  expect(r.failed).toEqual([]);
  expect(r.verified).toBe(true);
  await expect(page.locator('#verdict')).toHaveText('核验通过');
  await expect(page.locator('#ed25519-engine')).toHaveAttribute('data-engine', 'webcrypto');
  expect(appFailures(bundle)).toEqual([]);
  // The signer's fingerprint, in groups of four, as the app computes it.
  const signer = JSON.parse(fs.readFileSync(at(bundle, SIGNATURE), 'utf8')).signer;
  await expect(page.locator('#signer-fingerprint')).toHaveText(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  const { fingerprint } = await import('../../src-main/crypto/keys');
  await expect(page.locator('#signer-fingerprint')).toHaveText(fingerprint(signer.publicKey));
  // The hash the page shows of itself is the file's.
  await expect(page.locator('#own-hash')).toHaveText(sha256Hex(fs.readFileSync(VERIFY_PAGE)));
  // The bundle carries the page (listed in its manifest), and the page says whether that copy is itself.
  await expect(page.locator('#folder-page-hash')).toContainText(`${sha256Hex(fs.readFileSync(at(bundle, 'verify.html')))} (与本页相同)`);
  // English on request.
  await page.locator('#lang').click();
  await expect(page.locator('#verdict')).toHaveText('VERIFIED');
  expect(r.requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
});

const cases: { name: string; spoil: (dir: string) => void; code: string }[] = [
  { name: 'data: a byte changed in the session file', spoil: (dir) => flipByte(at(dir, DATA.session)), code: 'file-changed' },
  { name: 'data: a data file re-serialized with whitespace and re-signed', spoil: resigned((files) => files.set(DATA.results, Buffer.from(JSON.stringify(JSON.parse(files.get(DATA.results)!.toString()), null, 2)))), code: 'data-not-canonical' },
  {
    name: 'score: a score changed and the bundle re-signed',
    spoil: (dir) => {
      const sheet = firstSheet(dir);
      resigned((files) => {
        const raw = JSON.parse(files.get(sheet)!.toString()) as ScoreSheet;
        const cell = raw.cells.find((c) => c.state === 'scored')!;
        const k = Object.keys(cell.criteria)[0];
        cell.criteria[k] = cell.criteria[k] === 0 ? 0.5 : 0;
        files.set(sheet, Buffer.from(canonicalJson(raw)));
      })(dir);
    },
    code: 'sheet-signature-invalid',
  },
  { name: 'score: a result changed and re-signed', spoil: resigned((files) => editJson(files, DATA.results, (r: { ranking: { rows: { score: number }[] } }) => void (r.ranking.rows[0].score += 0.01))), code: 'results-mismatch' },
  {
    name: 'signature: a byte changed in the bundle signature',
    spoil: (dir) => {
      const sig = JSON.parse(fs.readFileSync(at(dir, SIGNATURE), 'utf8'));
      const bytes = Buffer.from(sig.signature, 'base64');
      bytes[10] ^= 0x01;
      sig.signature = bytes.toString('base64');
      fs.writeFileSync(at(dir, SIGNATURE), canonicalJson(sig));
    },
    code: 'signature-invalid',
  },
  { name: "signature: the leader's signed ranking changed and re-signed", spoil: resigned((files) => editJson(files, DATA.summary, (s: { proposedList: string[] }) => void s.proposedList.reverse())), code: 'summary-signature-invalid' },
  { name: 'manifest: a byte changed in the manifest', spoil: (dir) => flipByte(at(dir, MANIFEST)), code: 'signature-invalid' },
  { name: 'manifest: a file added', spoil: (dir) => fs.writeFileSync(at(dir, 'print/补充说明.txt'), '后补的材料'), code: 'file-extra' },
  { name: 'manifest: a file removed', spoil: (dir) => fs.rmSync(at(dir, DATA.results)), code: 'file-missing' },
  { name: 'audit: an audit row edited and re-signed', spoil: resigned((files) => editAuditRows(files, (rows) => void (rows[20].actor = '某人'))), code: 'audit-chain-broken' },
  { name: 'audit: the chain cut at its end and re-signed', spoil: resigned((files) => editAuditRows(files, (rows) => void rows.splice(-5, 5))), code: 'audit-chain-broken' },
  { name: 'draw: a witness digit changed and re-signed', spoil: resigned((files) => editJson(files, DATA.protocol, (p: { witnesses: { digits: string }[] }) => void (p.witnesses[0].digits = '0123456788'))), code: 'draw-mismatch' },
  { name: 'bundle: bundle.json changed and re-signed', spoil: resigned((files) => editJson(files, BUNDLE_JSON, (b: { auditEntries: number }) => void (b.auditEntries += 1))), code: 'audit-chain-broken' },
];

for (const c of cases) {
  test(`refused like the app: ${c.name} → ${c.code}`, async ({ page }) => {
    const dir = copyFolder(bundle, path.join(tempFolder('sr-page-tamper-'), path.basename(bundle)));
    c.spoil(dir);
    const app = appFailures(dir);
    expect(app.map((f) => f.code)).toContain(c.code);
    const r = await verifyInPage(page, dir);
    expect(r.verified).toBe(false);
    expect(r.failed).toEqual(app);
    expect(r.requests.filter((u) => !/^(file|data|blob):/.test(u))).toEqual([]);
  });
}

test('in a browser whose WebCrypto has no Ed25519 (Chromium before 137), the bundled @noble/curves checks the signatures', async ({ page }) => {
  await page.addInitScript(() => {
    const subtle = crypto.subtle;
    const importKey = subtle.importKey.bind(subtle);
    // As an older Chromium answers: the algorithm name is not recognised.
    subtle.importKey = ((...args: Parameters<SubtleCrypto['importKey']>) => {
      const algorithm = args[2];
      const name = typeof algorithm === 'string' ? algorithm : algorithm.name;
      return name === 'Ed25519' ? Promise.reject(new DOMException('Unrecognized name.', 'NotSupportedError')) : importKey(...args);
    }) as SubtleCrypto['importKey'];
  });
  const genuine = await verifyInPage(page, bundle);
  expect(genuine.failed).toEqual([]);
  expect(genuine.verified).toBe(true);
  await expect(page.locator('#ed25519-engine')).toHaveAttribute('data-engine', 'noble');

  const signature = cases.find((c) => c.code === 'signature-invalid')!;
  const dir = copyFolder(bundle, path.join(tempFolder('sr-page-noble-'), path.basename(bundle)));
  signature.spoil(dir);
  const spoiled = await verifyInPage(page, dir);
  expect(spoiled.verified).toBe(false);
  expect(spoiled.failed).toEqual(appFailures(dir));
  await expect(page.locator('#ed25519-engine')).toHaveAttribute('data-engine', 'noble');
});
