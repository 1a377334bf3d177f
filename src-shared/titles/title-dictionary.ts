import type { Message } from '../result';
import { DEFAULT_TITLES } from './default-titles';
import { echo } from '../text/echo';
import { findHidden, hiddenCharacterMessage } from '../text/hidden-characters';

/**
 * Title (职称) dictionary: which national title series rank a written title belongs to.
 * Art. 4.1 wants a leader of senior rank or above and Art. 6 a pool of mainly full-senior experts, so the
 * rank is looked up here from data the office can extend, never typed in by hand. Skill grades (技师,
 * 高级技师…) are listed so that they are recognised, but they are not title ranks: a reviewer decides.
 */
export const DICTIONARY_RANKS = ['full-senior', 'associate-senior', 'intermediate', 'junior', 'skill-grade'] as const;
export type DictionaryRank = (typeof DICTIONARY_RANKS)[number];

export interface TitleEntry {
  title: string;
  rank: DictionaryRank;
  aliases: readonly string[];
  series: string;
}

export type TitleLookup =
  | { kind: 'ranked'; rank: Exclude<DictionaryRank, 'skill-grade'>; entry: TitleEntry; matched: 'title' | 'alias' }
  | { kind: 'skill-grade'; entry: TitleEntry }
  | { kind: 'unknown' };

export interface DictionaryProblem {
  /** The row the office sees in its spreadsheet: entry index + `firstRow` (1 by default). */
  row: number;
  column: 'title' | 'rank' | 'aliases' | 'series';
  value: string;
  reason: Message;
}

export type DictionaryInput = readonly {
  title: string;
  rank: string;
  aliases: readonly string[];
  series?: string;
  /** The spreadsheet row this entry came from, when rows were skipped; else index + firstRow. */
  row?: number;
}[];

// Staff type the Chinese label in their spreadsheet; the code is what the app stores.
const RANK_LABELS: ReadonlyMap<string, DictionaryRank> = new Map([
  ...DICTIONARY_RANKS.map((r) => [r, r] as const),
  ['正高级', 'full-senior'],
  ['正高', 'full-senior'],
  ['副高级', 'associate-senior'],
  ['副高', 'associate-senior'],
  ['中级', 'intermediate'],
  ['初级', 'junior'],
  ['技能等级', 'skill-grade'],
  ['职业技能等级', 'skill-grade'],
]);

export function parseDictionaryRank(text: string): DictionaryRank | undefined {
  if (typeof text !== 'string') return undefined;
  return RANK_LABELS.get(text.normalize('NFC').replace(/\s+/g, '').toLowerCase());
}

const OPENERS = '(\\[【〔〖';
const CLOSERS = ')\\]】〕〗';
const NOTE = new RegExp(`[${OPENERS}]([^${OPENERS}${CLOSERS}]*)[${CLOSERS}]`, 'g');
const UNCLOSED = new RegExp(`[${OPENERS}](.*)$`);
const STRAY_CLOSER = new RegExp(`[${CLOSERS}]`, 'g');
const INVISIBLE = /[\s\u200B-\u200D\u2060\uFEFF]+/g;

/** Splits a written title into its key and its bracketed notes (the notes are checked by lookup). */
function splitNotes(text: string): { key: string; notes: string[] } {
  let s = text
    .normalize('NFC')
    .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(INVISIBLE, '');
  const notes: string[] = [];
  // Innermost notes first, until none is left: "正高级工程师(教授级(二级))".
  for (let prev = ''; prev !== s; ) {
    prev = s;
    s = s.replace(NOTE, (_, note: string) => (notes.push(note), ''));
  }
  // A cell cut short ("教授（二级") leaves an unclosed note: it runs to the end of the text.
  s = s.replace(UNCLOSED, (_, note: string) => (notes.push(note), '')).replace(STRAY_CLOSER, '');
  return { key: s.replace(/职称$/, '').toLowerCase(), notes };
}

/**
 * Normalised key: NFC, full-width ASCII → half-width, all whitespace removed, bracketed notes removed
 * ((正高), （二级）, 【】, 〔〕), trailing 职称 removed; lower-case ASCII.
 */
export function titleKey(text: string): string {
  return splitNotes(text).key;
}

const FULL: readonly DictionaryRank[] = ['full-senior'];
const SENIOR: readonly DictionaryRank[] = ['full-senior', 'associate-senior'];
/**
 * A note that names a rank must agree with the dictionary: "高级工程师（正高级）" or "(教授级)高级工程师" is
 * someone saying the rank is higher than the bare title, and the rule is never to guess, so it goes to a
 * reviewer. Notes that are not rank words ("二级", "中医") are ignored.
 */
const NOTE_RANKS = new Map<string, readonly DictionaryRank[]>([
  ['正高', FULL],
  ['正高级', FULL],
  ['教授级', FULL],
  ['研究员级', FULL],
  ['正研级', FULL],
  ['副高', ['associate-senior']],
  ['副高级', ['associate-senior']],
  ['高级', SENIOR],
  ['中级', ['intermediate']],
  ['初级', ['junior']],
]);

function notesContradict(notes: readonly string[], rank: DictionaryRank): boolean {
  return notes.some((n) => {
    const allowed = NOTE_RANKS.get(splitNotes(n).key);
    return allowed !== undefined && !allowed.includes(rank);
  });
}

const UNKNOWN: TitleLookup = Object.freeze({ kind: 'unknown' });

type Claim = { row: number; column: 'title' | 'aliases'; value: string };
const COLUMN_ZH = { title: '职称名称', aliases: '别名' } as const;
const COLUMN_EN = { title: 'title', aliases: 'alias' } as const;

function clean(v: unknown): string {
  return typeof v === 'string' ? v.normalize('NFC').trim() : v == null ? '' : String(v).trim();
}

export class TitleDictionary {
  private constructor(
    readonly entries: readonly TitleEntry[],
    // Results are built once per key, so a lookup (run for 100,000 rows) only normalises the text and reads a map.
    private readonly byKey: ReadonlyMap<string, TitleLookup>,
  ) {}

  /** `firstRow`: the spreadsheet row of the first entry, so every message names the row staff see. */
  static build(rows: DictionaryInput, firstRow = 1): { ok: true; value: TitleDictionary } | { ok: false; problems: DictionaryProblem[] } {
    const problems: DictionaryProblem[] = [];
    const problem = (row: number, column: DictionaryProblem['column'], value: string, zh: string, en: string) =>
      problems.push({ row, column, value, reason: { zh, en } });
    const claims = new Map<string, Claim>();
    const claim = (c: Claim): void => {
      const key = titleKey(c.value);
      const other = claims.get(key);
      if (!other) {
        claims.set(key, c);
        return;
      }
      const where = other.row === c.row ? { zh: '本行', en: 'the same row' } : { zh: `第${other.row}行`, en: `row ${other.row}` };
      problem(
        c.row,
        c.column,
        c.value,
        `${COLUMN_ZH[c.column]}“${echo(c.value)}”与${where.zh}的${COLUMN_ZH[other.column]}“${echo(other.value)}”重复`,
        `${COLUMN_EN[c.column]} “${echo(c.value)}” duplicates the ${COLUMN_EN[other.column]} “${echo(other.value)}” in ${where.en}`,
      );
    };

    const entries: TitleEntry[] = rows.map((raw, i) => {
      const row = raw.row ?? i + firstRow;
      const title = clean(raw.title);
      const rank = parseDictionaryRank(clean(raw.rank));
      const aliases = (raw.aliases ?? []).map(clean);
      // As written, before trimming: a hidden character is refused wherever it is (see hidden-characters.ts).
      const written: [DictionaryProblem['column'], unknown][] = [['title', raw.title], ['rank', raw.rank], ['series', raw.series]];
      for (const [column, value] of [...written, ...(raw.aliases ?? []).map((a): [DictionaryProblem['column'], unknown] => ['aliases', a])]) {
        const hidden = typeof value === 'string' ? findHidden(value) : undefined;
        if (hidden) problems.push({ row, column, value: value as string, reason: hiddenCharacterMessage(hidden) });
      }
      if (titleKey(title) === '') problem(row, 'title', title, '职称名称为空', 'the title is empty');
      else claim({ row, column: 'title', value: title });
      if (!rank) {
        problem(
          row,
          'rank',
          clean(raw.rank),
          `等级“${echo(clean(raw.rank))}”无法识别，应为正高级、副高级、中级、初级或技能等级`,
          `unknown rank “${echo(clean(raw.rank))}”: use full-senior, associate-senior, intermediate, junior or skill-grade`,
        );
      }
      aliases.forEach((alias, j) => {
        if (titleKey(alias) === '') problem(row, 'aliases', alias, `第${j + 1}个别名为空`, `alias ${j + 1} is empty`);
        else claim({ row, column: 'aliases', value: alias });
      });
      // An unknown rank is already a problem, so the placeholder never leaves this function.
      return Object.freeze({ title, rank: rank ?? 'junior', aliases: Object.freeze(aliases), series: clean(raw.series) });
    });
    if (problems.length > 0) return { ok: false, problems };

    const byKey = new Map<string, TitleLookup>();
    for (const entry of entries) {
      const result = (matched: 'title' | 'alias'): TitleLookup =>
        entry.rank === 'skill-grade'
          ? Object.freeze({ kind: 'skill-grade', entry })
          : Object.freeze({ kind: 'ranked', rank: entry.rank, entry, matched });
      byKey.set(titleKey(entry.title), result('title'));
      for (const alias of entry.aliases) byKey.set(titleKey(alias), result('alias'));
    }
    return { ok: true, value: new TitleDictionary(Object.freeze(entries), byKey) };
  }

  /** The rank of a title as written; anything not in the dictionary is unknown and goes to a reviewer. */
  lookup(text: string): TitleLookup {
    if (typeof text !== 'string') return UNKNOWN;
    const { key, notes } = splitNotes(text);
    const hit = this.byKey.get(key);
    if (!hit) return UNKNOWN;
    if (hit.kind === 'ranked' && notes.length > 0 && notesContradict(notes, hit.rank)) return UNKNOWN;
    return hit;
  }
}

/** Built at module load: invalid default data is a programming error, not a user's mistake. */
export const DEFAULT_DICTIONARY: TitleDictionary = (() => {
  const built = TitleDictionary.build(DEFAULT_TITLES);
  if (!built.ok) {
    const lines = built.problems.map((p) => `row ${p.row} ${p.column}: ${p.reason.en}`);
    throw new Error(`DEFAULT_TITLES is invalid:\n${lines.join('\n')}`);
  }
  return built.value;
})();
