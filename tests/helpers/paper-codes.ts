import fs from 'node:fs';
import path from 'node:path';
import { pdfText } from './pdf-text';

/** The boxed check code (first 8 characters, two groups of four) printed after `heading`. */
function boxedCode(text: string, heading: string): string {
  const m = new RegExp(`${heading}[\\s\\S]*?\\b([0-9A-F]{4} [0-9A-F]{4})\\b`).exec(text);
  if (!m) throw new Error(`no check code after ${heading}`);
  return m[1];
}

/**
 * The codes the office reads from the papers signed at the meeting, taken from the printed sheets a bundle carries
 * (print/): the commitment hash on the draw record (the same header as the commitment page the witnesses sign) and
 * the key fingerprint on each expert's score sheet, as `E0044 → "8D3D F4FC"`.
 */
export function paperCodesFromPrints(bundleDir: string): { commitment: string; experts: Record<string, string> } {
  const sessionId = JSON.parse(fs.readFileSync(path.join(bundleDir, 'bundle.json'), 'utf8')).sessionId as string;
  const prints = fs.readdirSync(path.join(bundleDir, 'print'));
  const record = prints.find((p) => p.startsWith('抽取记录-'));
  if (!record) throw new Error('no draw record in print/');
  const sheet = `评分表-${sessionId}-`;
  return {
    commitment: boxedCode(pdfText(path.join(bundleDir, 'print', record)), '承诺哈希'),
    experts: Object.fromEntries(
      prints.filter((p) => p.startsWith(sheet)).map((p) => [p.slice(sheet.length, -'.pdf'.length), boxedCode(pdfText(path.join(bundleDir, 'print', p)), '专家密钥确认')]),
    ),
  };
}

/** Those codes as `bundle import` takes them: `--paper-commitment CODE --paper-expert ID=CODE …`. */
export function paperCodeArgs(bundleDir: string): string[] {
  const paper = paperCodesFromPrints(bundleDir);
  return ['--paper-commitment', paper.commitment, ...Object.entries(paper.experts).flatMap(([id, code]) => ['--paper-expert', `${id}=${code}`])];
}
