import { SECTOR_LABELS, TITLE_RANK_LABELS, UNIT_TYPE_LABELS } from '../../src-shared/domain/vocabulary';
import { STUDIO_STATUS_LABELS } from '../../src-shared/office/register-labels';
import { HONOUR_KIND_LABELS, HONOUR_LEVEL_LABELS } from '../../src-shared/screening/labels';
import { zhCN } from '../../src-renderer/i18n/zh-CN';

/**
 * The language walk's rules (language-walk.spec.ts): what counts as text in the wrong script or as an identifier.
 * Data (people's, units' and studios' names, document numbers) is not the UI's to translate, so text the app's API
 * sent as data is allowed in either language; the rest is the app's own and must be in the language in use.
 */

/** Every string value the API sent, except bilingual messages ({zh, en}: the app's own words, one shown per language). */
export function dataStrings(value: unknown, into: Set<string>): void {
  if (typeof value === 'string') into.add(value);
  else if (Array.isArray(value)) value.forEach((v) => dataStrings(v, into));
  else if (value && typeof value === 'object') {
    const keys = Object.keys(value);
    if (keys.length === 2 && keys.includes('zh') && keys.includes('en')) return;
    for (const v of Object.values(value)) dataStrings(v, into);
  }
}

/** A code (`panel-vote`, `criterion:innovation-results`, `screening.record`, `trimmed-mean`): never shown as such. */
const IDENTIFIER = /^[a-z][a-z0-9]*([-.:_][a-z0-9]+)+$|^[a-z]+$/;

/** Latin in Chinese text that is Chinese usage, not English left untranslated. */
const ZH_LATIN_ALLOWED = [
  /^(PDF|SHA-256|SHA256|Excel|xlsx|XLSX|csv|CSV|JSON|json|USB|PIN|ID|MB|KB|GB|A4|Ed25519|OK|RFC|ASCII)$/,
  // The draw record's note on its escaped JSON names the escape form.
  /^uXXXX$/,
  // File extensions named as such (the backup's .sha256 file).
  /^sha256$/,
  // The language switch names the other language in its own script.
  /^English$/,
  // Ids and codes of the data: P00001, N-2026-001, 2026-DRAW-01, 2026-S03, 2026-JKWWT-01.
  /^(?=.*\d)[A-Z0-9]+([-_][A-Z0-9]+)*(\.(json|pdf|xlsx|txt|sha256))?$/,
  // The device id (a random UUID), which may start with a letter and so look like a kebab-case code.
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,
  // Hashes, keys and their groups of four.
  /^[0-9a-fA-F]{8,}$/,
  /^[0-9a-fA-F]{4}$/,
];

function latinTokens(text: string): string[] {
  return text.match(/[A-Za-z0-9][A-Za-z0-9._:/+-]*[A-Za-z0-9]|[A-Za-z]/g)?.filter((t) => /[A-Za-z]/.test(t)) ?? [];
}

/** Data strings whose Latin words may show in Chinese mode: anything but a bare code. */
function latinData(data: Set<string>): string {
  return [...data].filter((s) => !IDENTIFIER.test(s)).join('\n');
}

/**
 * In Chinese mode: each Latin word that is neither Chinese usage nor part of the data; identifiers always. `extraAllowed`
 * matches a word or its whole line.
 */
export function wrongInChinese(text: string, data: Set<string>, extraAllowed: RegExp[] = []): string[] {
  const corpus = latinData(data);
  const found = new Set<string>();
  for (const line of text.split(/[\n\t]/)) {
    // The draw record's inputs as printed JSON, escaped to ASCII so they survive printing: for machines, not read.
    if (/\\u[0-9a-f]{4}/.test(line) || /"[A-Za-z]+":/.test(line)) continue;
    for (const token of latinTokens(line)) {
      if (ZH_LATIN_ALLOWED.some((re) => re.test(token)) || extraAllowed.some((re) => re.test(token) || re.test(line.trim()))) continue;
      if (!IDENTIFIER.test(token) && corpus.includes(token)) continue;
      found.add(`${token}  ⟨${line.trim().slice(0, 120)}⟩`);
    }
  }
  return [...found];
}

/** The app's own Chinese words (UI strings and vocabulary labels): wrong in English mode even where data contains them. */
export const CHINESE_LABELS: Set<string> = (() => {
  const labels = new Set<string>();
  const walk = (v: unknown) => {
    if (typeof v === 'string') labels.add(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  walk(zhCN);
  for (const table of [SECTOR_LABELS, UNIT_TYPE_LABELS, TITLE_RANK_LABELS, HONOUR_KIND_LABELS, HONOUR_LEVEL_LABELS, STUDIO_STATUS_LABELS]) {
    for (const m of Object.values(table) as { zh: string }[]) labels.add(m.zh);
  }
  return labels;
})();

/** Han characters and CJK (full-width) punctuation. */
const CJK_RUN = /[\u3000-\u303f\u3400-\u9fff\uff00-\uffef]+/g;

/**
 * In English mode: each run of Chinese (characters or full-width punctuation) that is not in the data, or that is
 * one of the app's own Chinese labels standing alone.
 */
export function wrongInEnglish(text: string, data: Set<string>, extraAllowed: RegExp[] = []): string[] {
  const corpus = [...data].join('\n');
  const found = new Set<string>();
  for (const line of text.split(/[\n\t]/)) {
    const trimmed = line.trim();
    for (const run of line.match(CJK_RUN) ?? []) {
      if (extraAllowed.some((re) => re.test(run) || re.test(trimmed))) continue;
      const label = CHINESE_LABELS.has(run) && (trimmed === run || !corpus.includes(trimmed));
      if (!label && corpus.includes(run)) continue;
      found.add(`${run}  ⟨${trimmed.slice(0, 120)}⟩`);
    }
  }
  return [...found];
}
