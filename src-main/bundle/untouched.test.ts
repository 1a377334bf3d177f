import fs from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateKeyPair, privateKeyFromPkcs8 } from '../crypto/keys';
import { enrolKey, keyFileBytes } from '../office/trust-store';
import { trustOneKey } from './trust-lookup';
import { issuedSyntheticData, openCtx, paperCodesOf, removeTempFolders, tempFolder } from '../testing/bundle-fixtures';
import { TEST_START } from '../testing/clock';
import { importBundle, verifyBundleSource } from '../office/bundle-import';
import { renderBundle, sealBundle } from './render';
import { readIssuedPackage, termsOf } from '../services/issued-packages/payload';
import { syntheticBundleData } from '../testing/synthetic-bundle';
import { verifyBundleFiles } from './verify';
import { writeBundleFolder } from './write-folder';

// Registered first so it runs last, after the hooks below close their stores.
afterAll(removeTempFolders);

const pair = generateKeyPair();
const keys = { privateKey: privateKeyFromPkcs8(pair.privateKeyPkcs8), publicKey: pair.publicKey };
const trust = trustOneKey(keys.publicKey, 'meeting-laptop', '合成会场');
const made: string[] = [];
afterAll(() => made.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

const keyFile = () => keyFileBytes(keys, { label: '合成会场', deviceId: 'synthetic', appVersion: 'test', exportedAt: TEST_START });
const officePair = generateKeyPair();
const office = { privateKey: privateKeyFromPkcs8(officePair.privateKeyPkcs8), publicKey: officePair.publicKey };

describe('untouched bundles are always accepted', () => {
  it.each(Array.from({ length: 12 }, (_, i) => ({ seed: i + 1, nominations: 31 + i * 7, experts: 3 + (i % 6), criteria: 1 + (i % 10) })))(
    'seed $seed: $nominations nominations × $experts experts × $criteria criteria',
    (o) => {
      const data = syntheticBundleData({ ...o, year: 2020 + (o.seed % 7), issuer: office });
      const files = sealBundle(renderBundle(data, keys.publicKey), keys);
      // As the office that issued its package verifies it…
      const terms = readIssuedPackage(data.issuedPackage);
      if (!terms.ok) throw new Error(terms.error.message.en);
      const issued = (id: string) => (id === data.session.sessionId ? termsOf(terms.value.payload, terms.value.sha256, terms.value.signer.keyId) : undefined);
      const { report } = verifyBundleFiles(files, { trust, issued, now: new Date(TEST_START) });
      expect(report.checks.filter((c) => c.status !== 'passed')).toEqual([]);
      expect(report.verified).toBe(true);
      // … and as anyone else: verified, with the office's own question left open.
      const elsewhere = verifyBundleFiles(files, { trust, now: new Date(TEST_START) }).report;
      expect(elsewhere.verified).toBe(true);
      expect(elsewhere.checks.filter((c) => c.status !== 'passed').map((c) => c.code)).toEqual(['not-performed']);
    },
  );

  it('also as the files of a folder picked in the browser (paths under the folder name), and only once', () => {
    const ctx = openCtx(tempFolder('sr-office-'));
    made.push(ctx.store.dataDir);
    const data = issuedSyntheticData(ctx, { nominations: 40, experts: 5, criteria: 3 });
    const paper = { paper: paperCodesOf(data) };
    const files = sealBundle(renderBundle(data, keys.publicKey), keys);
    const list = [...files].map(([p, content]) => ({ relativePath: `评审结果包-2026-SYN/${p}`, content }));
    try {
      expect(enrolKey(ctx, { content: keyFile(), role: 'meeting-laptop' }).ok).toBe(true);
      expect(verifyBundleSource(ctx, { files: list }, 2026).verified).toBe(true);
      const r = importBundle(ctx, { files: list }, 2026, paper);
      if (!r.ok) throw new Error(JSON.stringify(r.error));
      expect(r.value.proposedList).toHaveLength(30);
      expect(importBundle(ctx, { files: list }, 2026, paper)).toMatchObject({ ok: false, error: { code: 'bundle-already-imported' } });

      // A picked file list gets the folder's name and size checks before anything is written.
      const evil = [...list, { relativePath: '评审结果包-2026-SYN/../../outside.txt', content: Buffer.from('x') }];
      const refused = importBundle(ctx, { files: evil }, 2026, paper);
      expect(refused).toMatchObject({ ok: false, error: { code: 'bundle-path' } });
      const report = verifyBundleSource(ctx, { files: evil }, 2026);
      expect(report.checks.find((c) => c.status === 'failed')!.message.en).toContain('points outside the folder');
      expect(report.checks.filter((c) => c.status === 'skipped').length).toBeGreaterThan(5);
    } finally {
      ctx.store.close();
    }
  });

  it('a folder path works the same, and a missing folder is a clear refusal', () => {
    const dir = path.join(tempFolder('sr-usb-'), 'bundle');
    made.push(path.dirname(dir));
    const ctx = openCtx(tempFolder('sr-office-'));
    made.push(ctx.store.dataDir);
    const data = issuedSyntheticData(ctx, { nominations: 33, experts: 4, criteria: 2 });
    const paper = { paper: paperCodesOf(data) };
    writeBundleFolder(dir, sealBundle(renderBundle(data, keys.publicKey), keys));
    try {
      expect(enrolKey(ctx, { content: keyFile(), role: 'meeting-laptop' }).ok).toBe(true);
      expect(importBundle(ctx, { path: dir }, undefined, paper).ok).toBe(true);
      expect(importBundle(ctx, { path: path.join(dir, 'nothing-here') }, undefined, paper)).toMatchObject({ ok: false, error: { code: 'bundle-not-found' } });
    } finally {
      ctx.store.close();
    }
  });
});
