import { PRINT_FONT_FAMILY } from './bundled-font';
import { groupsOfFour } from '../../src-shared/text/groups';
import { PAPER_CODE_LENGTH } from '../../src-shared/text/paper-code';
import { sha256Hex } from '../../src-shared/sha256';
import { formatLocalTime } from '../../src-shared/time/local-time';

/** Everything printed goes through here, so user text can never become markup. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export interface SheetFrame {
  title: string;
  subtitle: string;
  body: string;
  /** Who must sign at the end, e.g. 审查人 / Screener. */
  signatures: string[];
  /** Printed on the last page, e.g. the SHA-256 of the file that belongs to the sheet. */
  closingNote?: string;
  /** The sheet's language (its `lang` attribute and punctuation); Chinese unless a layout prints in English. */
  lang?: 'zh-CN' | 'en';
  /** Extra CSS for this layout. */
  style?: string;
  /** When it was printed; every printout from the app has it (layouts called alone, in tests, may leave it out). */
  printed?: PrintStamp;
}

/** When a sheet was printed (UTC ISO, as stored) and the office's zone it is printed in. */
export interface PrintStamp {
  at: string;
  timeZone: string;
}

/**
 * The last line of every sheet: when it was printed, in local time, and the SHA-256 of what it prints. A PDF cannot
 * carry its own hash, so the hash is of the sheet's content (everything printed but this line, as the HTML the
 * printer gets): printed again from the same data, a sheet shows the same hash, so two papers, or a paper and the
 * app's current data, are compared by this one line.
 */
export function printStampHtml(stamp: PrintStamp, language: 'zh-CN' | 'en', content: string): string {
  const at = formatLocalTime(stamp.at, language, stamp.timeZone);
  const hash = groupsOfFour(sha256Hex(content));
  const text = language === 'en' ? `Printed ${at} · content SHA-256 ${hash}` : `打印时间 ${at} · 本表内容 SHA-256 ${hash}`;
  return `<div class="printed">${escapeHtml(text)}</div>`;
}

/** The bundled font first (see bundled-font.ts), the usual system fonts after it. */
export const SANS = `'${PRINT_FONT_FAMILY}', 'Noto Sans CJK SC', 'Microsoft YaHei', 'PingFang SC', sans-serif`;
/** Hex and codes in a monospace font; a Chinese character among them still gets the bundled font. */
export const MONO = `'DejaVu Sans Mono', Consolas, 'Liberation Mono', '${PRINT_FONT_FAMILY}', monospace`;

const STYLE = `
  @page { size: A4; }
  body { font-family: ${SANS}; font-size: 10.5pt; color: #000; }
  h1 { font-size: 17pt; text-align: center; margin: 0 0 4pt; }
  .subtitle { text-align: center; margin-bottom: 10pt; }
  table { width: 100%; border-collapse: collapse; margin-bottom: 8pt; page-break-inside: auto; }
  tr { page-break-inside: avoid; }
  th, td { border: 0.6pt solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left; }
  th { background: #eee; white-space: nowrap; }
  .fail { font-weight: bold; }
  tr.exception th, tr.exception td { border: 2px solid #000; }
  tr.judgement th { font-style: italic; }
  .signatures { margin-top: 18pt; page-break-inside: avoid; }
  .signatures div { display: inline-block; width: 46%; margin: 14pt 2% 0 0; border-bottom: 0.6pt solid #000; padding-bottom: 2pt; }
  .mono { font-family: ${MONO}; word-break: break-all; overflow-wrap: anywhere; }
  .closing { margin-top: 12pt; font-family: ${MONO}; font-size: 8.5pt; overflow-wrap: anywhere; }
  .printed { margin-top: 8pt; font-size: 8.5pt; overflow-wrap: anywhere; page-break-inside: avoid; }
  .check-code { font-family: ${MONO}; }
  .check-code .head { font-size: 22pt; font-weight: bold; letter-spacing: 0.08em; border: 1.5pt solid #000; padding: 1pt 6pt; display: inline-block; margin-bottom: 3pt; }
  .check-code .full { font-size: 10pt; overflow-wrap: anywhere; }
`;

export function sheetHtml(frame: SheetFrame): string {
  const lang = frame.lang ?? 'zh-CN';
  const content = `<h1>${escapeHtml(frame.title)}</h1>
<div class="subtitle">${escapeHtml(frame.subtitle)}</div>
${frame.body}
<div class="signatures">${frame.signatures.map((s) => `<div>${escapeHtml(s)}${lang === 'en' ? ':' : '：'}</div>`).join('')}</div>
${frame.closingNote ? `<div class="closing">${escapeHtml(frame.closingNote)}</div>` : ''}`;
  return `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(frame.title)}</title>
<style>${STYLE}${frame.style ?? ''}</style></head><body>
${content}
${frame.printed ? printStampHtml(frame.printed, lang, content) : ''}
</body></html>`;
}

/** A value to be copied exactly (hash, digits, key): fixed-width, wrapped anywhere, never cut. */
export function monoHtml(value: string): string {
  return `<span class="mono">${escapeHtml(value)}</span>`;
}

/**
 * A hash that is compared against a signed paper: its first {@link PAPER_CODE_LENGTH} characters large and boxed, as
 * two groups of four (the check code the office types back when a bundle comes in), then the whole value in groups
 * of four, in upper case like the key fingerprints.
 */
export function checkCodeHtml(hex: string): string {
  const upper = hex.toUpperCase();
  // Lines of eight groups, as every other hash on paper, so the halves can be compared line by line.
  const lines = (upper.match(/.{1,32}/g) ?? []).map((line) => escapeHtml(groupsOfFour(line))).join('<br>');
  return `<div class="check-code"><span class="head">${escapeHtml(groupsOfFour(upper.slice(0, PAPER_CODE_LENGTH)))}</span><br><span class="full">${lines}</span></div>`;
}
