import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { call } from '../src-main/api/dispatch';
import { APP_VERSION } from '../src-main/app-version';
import { importBundle } from '../src-main/office/bundle-import';
import { renderBundle, sealBundle } from '../src-main/bundle/render';
import { writeBundleFolder } from '../src-main/bundle/write-folder';
import { systemClock } from '../src-main/clock';
import { generateKeyPair, privateKeyFromPkcs8 } from '../src-main/crypto/keys';
import { writeWorkbookAtomically } from '../src-main/import/atomic-write';
import { chromiumPdfPrinter, closeChromiumPrinter } from '../src-main/print/chromium-printer';
import type { ServiceContext } from '../src-main/services/context';
import { enrolKey, keyFileBytes } from '../src-main/office/trust-store';
import { Store } from '../src-main/store/store';
import { paperCodesOf } from '../src-main/testing/bundle-fixtures';
import { syntheticBundleData } from '../src-main/testing/synthetic-bundle';
import { median, type BenchResult } from './harness';

const STUDIOS = 30;
const RUNS = 5;
const YEAR = 2026;

function open(dir: string): ServiceContext {
  const opened = Store.open(dir, systemClock);
  if (!opened.ok) throw new Error(opened.error.message.en);
  return { store: opened.value, actor: 'bench', appVersion: APP_VERSION, printPdf: chromiumPdfPrinter, now: systemClock };
}

const must = <T>(r: { ok: true; value: T } | { ok: false; error: { message: { en: string } } }): T => {
  if (!r.ok) throw new Error(r.error.message.en);
  return r.value;
};

/** An office data folder holding one verified bundle of the year proposing 30 studios, closed, to be copied per run. */
function preparedOffice(root: string): string {
  const dir = path.join(root, 'office');
  const ctx = open(dir);
  try {
    const pair = generateKeyPair();
    const keys = { privateKey: privateKeyFromPkcs8(pair.privateKeyPkcs8), publicKey: pair.publicKey };
    must(enrolKey(ctx, { content: keyFileBytes(keys, { label: '会场', deviceId: 'bench', appVersion: 'bench', exportedAt: ctx.now().toISOString() }), role: 'meeting-laptop' }));
    const data = syntheticBundleData({ sessionId: `${YEAR}-BENCH`, year: YEAR, nominations: 40, experts: 5, criteria: 3 });
    const bundle = path.join(root, 'bundle');
    writeBundleFolder(bundle, sealBundle(renderBundle(data, keys.publicKey), keys));
    const taken = must(importBundle(ctx, { path: bundle }, YEAR, { paper: paperCodesOf(data) }));
    if (taken.proposedList.length !== STUDIOS) throw new Error(`the bench bundle proposes ${taken.proposedList.length}, not ${STUDIOS}`);
  } finally {
    ctx.store.close();
  }
  return dir;
}

/** The office's whole step: 30 adopt decisions, the publication, then the list as xlsx and PDF into a folder. */
async function publishYear(ctx: ServiceContext, out: string): Promise<void> {
  const p = must(await call(ctx, 'publication.proposals', { year: YEAR }));
  const [session] = p.sessions;
  for (const s of session.studios) must(await call(ctx, 'publication.decide', { year: YEAR, sessionId: session.sessionId, nominationId: s.nominationId, decision: 'adopt' }));
  const published = must(await call(ctx, 'publication.publish', { year: YEAR, docNo: '豫教科文卫体工〔2026〕12号', publishedOn: '2026-12-01' }));
  if (published.studios.length !== STUDIOS) throw new Error('not 30 published');
  const files = must(await call(ctx, 'publication.files', { year: YEAR, destination: out }));
  if (files.files.length !== 2) throw new Error('not two files');
}

/** What any publication must do at the least: print one PDF page through the same Chromium, write and re-read a one-cell xlsx. */
async function floorOnce(ctx: ServiceContext, out: string): Promise<void> {
  const pdf = await ctx.printPdf('<!doctype html><html lang="zh-CN"><meta charset="utf-8"><body><p>名单</p></body></html>', { language: 'zh-CN' });
  fs.writeFileSync(path.join(out, 'floor.pdf'), pdf);
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('名单').addRow(['2026-JKWWT-01']);
  const written = await writeWorkbookAtomically(wb, path.join(out, 'floor.xlsx'), async (temp) => {
    await new ExcelJS.Workbook().xlsx.readFile(temp);
    return { ok: true, value: undefined };
  });
  if (!written.ok) throw new Error(written.error.message.en);
}

/**
 * Publishing a year of 30 studios and producing its PDF and xlsx (issue 14), against a floor measured in the same run
 * with the same printer: a trivial one-page PDF printed through the same Chromium plus a one-cell xlsx written and
 * read back. Each measured run starts from a copy of the same office folder (the copy is not timed); runs alternate
 * with the floor so a drift in the machine's speed hits both.
 */
export async function publicationBench(): Promise<BenchResult> {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-publication-bench-'));
  try {
    const prepared = preparedOffice(root);
    const warm = open(path.join(root, 'warm'));
    const measured: number[] = [];
    const floor: number[] = [];
    try {
      await floorOnce(warm, root); // starts the shared Chromium: neither side pays for its launch
      for (let i = 0; i < RUNS; i++) {
        const dir = path.join(root, `run-${i}`);
        fs.cpSync(prepared, dir, { recursive: true });
        const out = fs.mkdtempSync(path.join(root, 'out-'));
        const ctx = open(dir);
        try {
          let t = performance.now();
          await publishYear(ctx, out);
          measured.push(performance.now() - t);
          t = performance.now();
          await floorOnce(warm, out);
          floor.push(performance.now() - t);
        } finally {
          ctx.store.close();
        }
      }
    } finally {
      warm.store.close();
      await closeChromiumPrinter();
    }
    return {
      name: `publish a year of ${STUDIOS} studios (${STUDIOS} decisions, the publication, the list as xlsx and PDF written to a folder; vs printing a one-page PDF through the same Chromium and writing a one-cell xlsx)`,
      measured: median(measured),
      floor: median(floor),
      // Measured here at about 3.2x on a loaded machine: the list is two A4 pages of five tables, which Chromium lays
      // out and prints in about 2.5 times the one-page floor; the workbook is written, read back and copied; the 30
      // decisions and the publication are transactions of a few milliseconds each. 4x leaves room for a slower
      // printer, and a layout or a query that grew with the number of studios would show at once.
      target: 4,
      unit: 'ms',
    };
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
}
