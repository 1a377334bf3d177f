import type { Honour } from '../domain/nomination';
import type { HonourKind, HonourLevel } from '../domain/vocabulary';
import type { Message } from '../result';
import { echo } from '../text/echo';
import { HONOUR_KIND_VALUES, HONOUR_LEVEL_VALUES } from './labels';

/**
 * Honours arrive as one cell of text: `2019年河南省劳动模范；2021年郑州市五一劳动奖章；享受国务院政府特殊
 * 津贴专家(2018)`. Each item is a year, the certificate's wording and, in brackets, optional notes: the
 * issuer, the year, and a level or kind label when the wording does not show it (中原大工匠（省级，工匠人才）).
 * The kind is read from the wording. A level is kept only where someone stated it: otherwise screening reads
 * it from the wording with its reason, or sends it to a reviewer (honours/honour-level.ts). A missing year
 * is a problem.
 */

export interface HonourProblem {
  /** The item as written. */
  text: string;
  reason: Message;
}

export interface HonourParse {
  honours: Honour[];
  problems: HonourProblem[];
}

const OPEN = '（(【[〔';
const CLOSE = '）)】]〕';
const ITEM_SEPARATORS = new Set(['；', ';', '、', '，', ',', '\n', '\r']);
const BRACKET_GROUP = /[（(【[〔]([^（(【[〔）)】\]〕]*)[）)】\]〕]/g;
const NOTE_SEPARATOR = /[，,]/;
const YEAR_TOKEN = /^((?:19|20)\d{2})\s*年?度?$/;
const YEAR_IN_TEXT = /(?<!\d)((?:19|20)\d{2})(?!\d)\s*(?:年度|年)?/;
// 享受 stays: 享受国务院政府特殊津贴专家 is how that honour is named.
const LEAD_VERB = /^(?:荣获|获得|获评|获|被评为|被授予)+/;
const ISSUER_PREFIX = /^(?:颁发单位|颁发机关|授予单位|发证单位|颁发)[:：]?/;
const EDGE_PUNCTUATION = /^[\s:：\-—·.。]+|[\s:：\-—·.。]+$/g;
const FULL_WIDTH_DIGIT = /[０-９]/g;

// Order matters: a medal is checked before model workers, whose wording it does not share but whose
// category it must not fall into.
const KIND_RULES: ReadonlyArray<[RegExp, HonourKind]> = [
  [/五一劳动奖章/, 'may-day-medal'],
  [/劳动模范|劳模|先进工作者/, 'model-worker'],
  [/特殊津贴/, 'special-allowance'],
  [/科技进步奖|科学技术进步奖/, 'sci-tech-progress-award'],
  [/学术技术带头人|百千万人才工程/, 'academic-leader'],
  [/工匠|技术能手/, 'craftsman-talent'],
];

export function inferHonourKind(name: string): HonourKind {
  for (const [re, kind] of KIND_RULES) if (re.test(name)) return kind;
  return 'other';
}

/** Items separated by ；;、，, or line breaks, except inside brackets (中共中央、国务院 is one issuer). */
function splitItems(text: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (OPEN.includes(c)) depth++;
    else if (CLOSE.includes(c)) depth = Math.max(0, depth - 1);
    else if (depth === 0 && ITEM_SEPARATORS.has(c)) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  return items.map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s !== '');
}

function problem(text: string, zh: string, en: string): HonourProblem {
  return { text, reason: { zh, en } };
}

function parseItem(item: string, problems: HonourProblem[]): Honour | undefined {
  let year: number | undefined;
  let level: HonourLevel | undefined;
  let kind: HonourKind | undefined;
  const issuerParts: string[] = [];
  const digits = item.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
  let rest = digits.replace(BRACKET_GROUP, (_, inner: string) => {
    for (const raw of inner.split(NOTE_SEPARATOR)) {
      const token = raw.trim();
      const y = YEAR_TOKEN.exec(token);
      if (token === '') continue;
      else if (y && year === undefined) year = Number(y[1]);
      else if (level === undefined && HONOUR_LEVEL_VALUES.lookup(token)) level = HONOUR_LEVEL_VALUES.lookup(token);
      else if (kind === undefined && HONOUR_KIND_VALUES.lookup(token)) kind = HONOUR_KIND_VALUES.lookup(token);
      else issuerParts.push(token.replace(ISSUER_PREFIX, '').trim());
    }
    return ' ';
  });
  if (year === undefined) {
    const m = YEAR_IN_TEXT.exec(rest);
    if (m) {
      year = Number(m[1]);
      rest = rest.slice(0, m.index) + ' ' + rest.slice(m.index + m[0].length);
    }
  }
  const name = rest.replace(/\s+/g, '').replace(EDGE_PUNCTUATION, '').replace(LEAD_VERB, '');
  const issuer = issuerParts.filter((p) => p !== '').join('，');
  if (name === '') {
    problems.push(problem(item, `荣誉名称为空：${echo(item)}`, `honour name missing: ${echo(item)}`));
    return undefined;
  }
  let ok = true;
  if (year === undefined) {
    problems.push(problem(item, `荣誉缺少获得年份（如 2019年${echo(name)}）：${echo(item)}`, `honour year missing (e.g. 2019年${echo(name)}): ${echo(item)}`));
    ok = false;
  } else if (year < 1950 || year > 2100) {
    problems.push(problem(item, `荣誉年份超出范围（1950–2100）：${echo(item)}`, `honour year out of range (1950–2100): ${echo(item)}`));
    ok = false;
  }
  if (name.length > 100 || issuer.length > 100) {
    problems.push(problem(item, `荣誉名称或颁发单位超过 100 字：${echo(item)}`, `honour name or issuer longer than 100 characters: ${echo(item)}`));
    ok = false;
  }
  if (!ok) return undefined;
  return { kind: kind ?? inferHonourKind(name), name, ...(level ? { level } : {}), year: year!, issuer };
}

export function parseHonourText(text: string): HonourParse {
  const honours: Honour[] = [];
  const problems: HonourProblem[] = [];
  for (const item of splitItems(text.normalize('NFC'))) {
    const h = parseItem(item, problems);
    if (h) honours.push(h);
  }
  return { honours, problems };
}

/**
 * The text `parseHonourText` reads back to exactly these honours: a stated level is always written (it was
 * someone's statement, not a reading of the wording), the kind only where the wording would not show it.
 */
export function formatHonour(h: Honour): string {
  const notes: string[] = [];
  if (h.level) notes.push(HONOUR_LEVEL_VALUES.label(h.level));
  if (inferHonourKind(h.name) !== h.kind) notes.push(HONOUR_KIND_VALUES.label(h.kind));
  if (h.issuer !== '') notes.push(h.issuer);
  return `${h.year}年${h.name}${notes.length ? `（${notes.join('，')}）` : ''}`;
}

export function formatHonours(honours: readonly Honour[]): string {
  return honours.map(formatHonour).join('；');
}
