import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const WORKER = path.join(__dirname, 'pdf-text-worker.mjs');

/**
 * The text of a PDF, line by line as laid out (what a person would copy out of the file), read with pdf.js from npm so
 * that the tests need no poppler-utils.
 */
export function pdfText(pdf: Uint8Array | string): string {
  const file = typeof pdf === 'string' ? pdf : path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'pdf-')), 'x.pdf');
  if (typeof pdf !== 'string') fs.writeFileSync(file, pdf);
  return execFileSync(process.execPath, [WORKER, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
}

export function pdfPageCount(pdf: Buffer): number {
  return (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
}

/** Each page's width and height in points, from its MediaBox (A4 portrait is about 595 × 842). */
export function pdfPageSizes(pdf: Buffer): { width: number; height: number }[] {
  return [...pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/g)].map((m) => ({ width: Number(m[1]), height: Number(m[2]) }));
}
