import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalJson } from '../../src-shared/canonical-json';
import { configHash, parseDrawConfig } from '../../src-shared/draw/config';
import { readPrintedData, type PrintedDrawData } from '../../src-shared/draw/printed-data';
import { buildPoolSnapshot, parsePoolLines } from '../../src-shared/draw/pool-snapshot';
import { applyCallLog } from '../../src-shared/draw/replacement';
import { commitmentHash, seedFromKey, seedKey } from '../../src-shared/draw/seed';
import { walkDraw, type ResultRow } from '../../src-shared/draw/walk';
import { formatLocalTime } from '../../src-shared/time/local-time';
import type { DrawView } from '../../src-shared/api/views';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { demoDraw } from '../../tests/helpers/demo-draw';
import { pdfText } from '../../tests/helpers/pdf-text';
import { call } from '../api/dispatch';
import type { ServiceContext } from './context';

/**
 * The printed draw record (抽取记录) must let anyone recompute the draw from the paper: this test prints the record of
 * the demo draw (with one refusal, so the panel has a replacement), reads the PDF's text back (as pdftotext or pdf.js read it), and from that
 * text alone rebuilds the pool snapshot, the configuration, the fingerprints, the seed key and seed, every ticket and
 * every walk row, and the panel after the call log — and checks each against what the record prints beside it.
 * The labels below are written out here, not imported, so a renamed label on paper fails the test.
 */
const LABELS = {
  'zh-CN': {
    title: '专家抽取记录',
    poolHash: '专家库指纹',
    configHash: '抽取配置指纹',
    commitment: '承诺哈希',
    key: '种子原文',
    seed: '随机种子',
    walk: '抽取过程',
    calls: '通知记录',
    replacements: '替补',
    panel: '专家组',
    data: '核验数据',
    ticket: '签号',
    sha: 'SHA-256：',
    /** A stratum as the walk prints it: its stored Chinese name. */
    stratum: (stored: string) => stored,
    selected: /^入选 第 (\d+) 席$/,
    alternate: /^候补 第 (\d+) 位$/,
    skipped: /^跳过：(.+)$/,
    reasons: { '回避（专家）': 'excluded-id', '回避（单位）': 'excluded-unit', 该类别无名额: 'no-quota', 单位名额已满: 'unit-cap', 该类别已满: 'stratum-full' },
    outcome: /(入选 第 \d+ 席|候补 第 \d+ 位|跳过：\S+)\s*$/,
    source: { 入选: 'selected', 候补递补: 'alternate' },
    confirmed: { 已确认: true, 未确认: false },
    panelRow: /^\s*(\S+)\s+(\d+)\s+(\S+)\s+(\S+)\s+.*\s(入选|候补递补)\s+(已确认|未确认)\s*$/,
    witnessLine: (i: number, name: string) => `见证人 ${i + 1} ${name}：`,
    otherLanguage: ['Draw record', 'Pool fingerprint', 'Configuration fingerprint', 'Commitment hash', 'Seed key', 'Ticket', 'Outcome', 'Witness', 'Panel', 'Page '],
  },
  en: {
    title: 'Draw record',
    poolHash: 'Pool fingerprint',
    configHash: 'Configuration fingerprint',
    commitment: 'Commitment hash',
    key: 'Seed key',
    seed: 'Seed',
    walk: 'The walk',
    calls: 'Calls',
    replacements: 'Replacements',
    panel: 'Panel',
    data: 'Recomputation data',
    ticket: 'Ticket',
    sha: '\\.json:',
    /** A stratum as the walk prints it: its sector and unit type in English, white space removed. */
    stratum: (stored: string) =>
      stored
        .split('·')
        .map((p) => ({ 教育: 'Education', 科技: 'Science&technology', 文化: 'Culture', 卫生: 'Health', 体育: 'Sports', 高校: 'University', 医院: 'Hospital', 科研院所: 'Researchinstitute', 其他: 'Other' })[p] ?? p)
        .join('·'),
    selected: /^selected, seat (\d+)$/,
    alternate: /^alternate no\. (\d+)$/,
    skipped: /^skipped: (.+)$/,
    reasons: { 'excluded expert': 'excluded-id', 'excluded unit': 'excluded-unit', 'no seats': 'no-quota', 'unit cap reached': 'unit-cap', 'stratum full': 'stratum-full' },
    outcome: /(selected, seat \d+|alternate no\. \d+|skipped: [a-z ]+?)\s*$/,
    source: { drawn: 'selected', 'from standby': 'alternate' },
    confirmed: { yes: true, 'not yet': false },
    panelRow: /^\s*(.+?)\s+(\d+)\s+(E\d+)\s+(\S+)\s+.*\s(drawn|from standby)\s+(yes|not yet)\s*$/,
    witnessLine: (i: number, name: string) => `Witness ${i + 1} ${name}:`,
    otherLanguage: ['专家抽取记录', '专家库指纹', '抽取配置指纹', '承诺哈希', '随机种子', '种子原文', '签号', '见证人', '通知记录', '第 1 页'],
  },
} as const;
type Language = keyof typeof LABELS;

const FOOTER = /^\s*(第 \d+ 页，共 \d+ 页|Page \d+ of \d+)\s*$/;
const HEX_GROUPS = '((?:[0-9a-f]{4}\\s+){15}[0-9a-f]{4})';

/** The lines of the text from the line holding `from` up to (not including) the line holding `to`, footers dropped. */
function section(text: string, from: string | RegExp, to: string | RegExp): string[] {
  const lines = text.split('\n').filter((l) => !FOOTER.test(l));
  const hit = (l: string, m: string | RegExp) => (typeof m === 'string' ? l.trim().startsWith(m) : m.test(l));
  const start = lines.findIndex((l) => hit(l, from));
  const end = lines.findIndex((l, i) => i > start && hit(l, to));
  expect(start, `section ${String(from)}`).toBeGreaterThanOrEqual(0);
  expect(end, `end of section ${String(from)}`).toBeGreaterThan(start);
  return lines.slice(start, end);
}

/** A 64-digit hash printed after `label` in groups of four (possibly over two lines); asserts the grouping. */
function printedHash(text: string, label: string): string {
  const m = text.match(new RegExp(`${label}\\s*${HEX_GROUPS}`));
  expect(m, `${label} in groups of four`).not.toBeNull();
  return m![1].replace(/\s+/g, '');
}

interface PrintedRow {
  rank: number;
  id: string;
  ticket: string;
  status: ResultRow['status'];
  order?: number;
  reason?: string;
  /** Everything printed for the row except the ticket, white space removed (name, unit, stratum, outcome). */
  text: string;
}

/** The walk table: a row line (rank, id, name, unit, stratum, outcome), maybe wrapped cells, then the ticket line. */
function printedWalk(text: string, lang: Language): PrintedRow[] {
  const L = LABELS[lang];
  const lines = section(text, L.walk, L.calls);
  const rows: PrintedRow[] = [];
  let current: Omit<PrintedRow, 'ticket'> | null = null;
  let ticket: string[] | null = null;
  const flush = () => {
    if (current && ticket) rows.push({ ...current, ticket: ticket.join('').replace(/\s+/g, '') });
    current = null;
    ticket = null;
  };
  for (const line of lines) {
    const head = line.match(/^\s*(\d+)\s+(\S+)\s/);
    const outcome = line.match(L.outcome);
    if (head && outcome) {
      flush();
      const label = outcome[1].trim();
      const sel = label.match(L.selected);
      const alt = label.match(L.alternate);
      const skip = label.match(L.skipped);
      const reason = skip ? (L.reasons as Record<string, string>)[skip[1].trim()] : undefined;
      expect(sel || alt || reason, `outcome "${label}"`).toBeTruthy();
      current = {
        rank: Number(head[1]),
        id: head[2],
        status: sel ? 'selected' : alt ? 'alternate' : 'skipped',
        ...(sel || alt ? { order: Number((sel ?? alt)![1]) } : { reason }),
        text: line.replace(/\s+/g, ''),
      };
    } else if (current && line.trim().startsWith(`${L.ticket} `)) {
      ticket = [line.trim().slice(L.ticket.length)];
    } else if (current && ticket && /^\s*[\d ]+$/.test(line)) {
      ticket.push(line); // a ticket wrapped onto the next line
    } else if (current && !ticket) {
      current.text += line.replace(/\s+/g, ''); // a wrapped name or unit cell
    } else if (current && ticket) {
      flush();
    }
  }
  flush();
  return rows;
}

let ctx: ServiceContext;
let drawn: DrawView;
let protocolSha256: string;
beforeAll(async () => {
  ctx = openTestContext();
  expectOk(await call(ctx, 'demo.generate', { seed: 2026 }));
  const first = await demoDraw(ctx);
  const refusing = first.protocol!.result.find((r) => r.status === 'selected')!;
  drawn = expectOk(await call(ctx, 'draw.call', { drawId: first.drawId, expertId: refusing.id, outcome: 'declined', caller: '周操作', note: '出差 在外' }));
  protocolSha256 = expectOk(await call(ctx, 'draw.protocolFile', { drawId: drawn.drawId })).sha256;
});
afterAll(() => ctx.store.close());

async function printRecord(language: Language): Promise<string> {
  expectOk(await call(ctx, 'settings.update', { language }));
  const record = expectOk(await call(ctx, 'draw.recordPdf', { drawId: drawn.drawId }));
  return pdfText(Buffer.from(record.content));
}

describe('the printed draw record', () => {
  it.each<Language>(['zh-CN', 'en'])(
    'recomputes the draw from its PDF text alone (%s): fingerprints, seed, every ticket and walk row, the panel',
    async (lang) => {
      const L = LABELS[lang];
      const text = await printRecord(lang);
      expect(text).toContain(L.title);

      // The inputs, as printed.
      const data = readPrintedData(text) as PrintedDrawData;
      expect(data.algorithm).toBe('HN-DRAW-1');
      expect(data.pool, 'a pool this size is printed whole').toBeDefined();
      expect(data.poolSize).toBe(data.pool!.length);
      const snapshot = expectOk(buildPoolSnapshot(expectOk(parsePoolLines(data.pool!))));
      const config = expectOk(parseDrawConfig(data.config));
      expect(canonicalJson(config)).toBe(canonicalJson(data.config));

      // The fingerprints and the seed recompute to what the record prints in groups of four.
      expect(printedHash(text, L.poolHash)).toBe(snapshot.poolHash);
      expect(printedHash(text, L.configHash)).toBe(configHash(config));
      // The commitment hash the witnesses sign, in groups of four after its first 8 characters set apart (the code
      // the office types back), recomputes from the printed draw id and the two fingerprints.
      const commitment = text.match(new RegExp(`${L.commitment}\\s*([0-9A-F]{4} [0-9A-F]{4})\\s+((?:[0-9A-F]{4}\\s+){15}[0-9A-F]{4})`));
      expect(commitment, `${L.commitment} in groups of four`).not.toBeNull();
      const commitmentHex = commitmentHash(config.drawId, snapshot.poolHash, configHash(config)).toUpperCase();
      expect(commitment![2].replace(/\s+/g, '')).toBe(commitmentHex);
      expect(commitment![1]).toBe(`${commitmentHex.slice(0, 4)} ${commitmentHex.slice(4, 8)}`);
      const key = seedKey(config.drawId, snapshot.poolHash, configHash(config), data.witnesses);
      const printedKey = section(text, L.key, new RegExp(`^\\s*${L.seed}\\s`)).join('').replace(/\s+/g, '').slice(L.key.replace(/\s+/g, '').length);
      expect(printedKey).toBe(key);
      const seed = seedFromKey(key);
      expect(printedHash(text, `\\n\\s*${L.seed}`)).toBe(seed);
      data.witnesses.forEach((w, i) => {
        expect(text).toMatch(new RegExp(`^\\s*${i + 1}\\s+${w.name}\\s+${w.digits}\\s*$`, 'm')); // signed beside the digits
        expect(text).toContain(L.witnessLine(i, w.name)); // and a signature line at the end
      });

      // Every walk row: rank, id, full ticket, outcome and skip reason, as recomputed from the seed.
      const rows = walkDraw(snapshot.entries, config, seed);
      const walk = printedWalk(text, lang);
      expect(walk.map((r) => r.rank)).toEqual(rows.map((r) => r.rank));
      for (const [i, r] of rows.entries()) {
        const p = walk[i];
        expect({ rank: p.rank, id: p.id, ticket: p.ticket, status: p.status, order: p.order, reason: p.reason }).toEqual({
          rank: r.rank,
          id: r.id,
          ticket: r.ticket,
          status: r.status,
          order: r.order,
          reason: r.reason,
        });
        // A long English stratum wraps in its column, its lines between the next column's: each word is there.
        for (const word of L.stratum(r.stratum).split(/[·&]/)) expect(p.text).toContain(word);
        const who = drawn.experts[r.id];
        expect(p.text, `full name and unit of ${r.id}`).toContain(who.name);
        expect(p.text).toContain(who.unitName.replace(/\s+/g, ''));
      }
      expect(text).not.toContain('…');

      // The panel after the call log, as the record prints it.
      const panel = expectOk(applyCallLog({ result: rows, config }, data.callLog));
      expect(panel.replacements).toHaveLength(1);
      const printedPanel = section(text, new RegExp(`^\\s*${L.panel}\\s*$`), L.data)
        .map((l) => l.match(L.panelRow))
        .filter((m): m is RegExpMatchArray => m !== null)
        .map((m) => ({
          stratum: m[1].replace(/\s+/g, ''),
          order: Number(m[2]),
          expertId: m[3],
          source: (L.source as Record<string, string>)[m[5]],
          confirmed: (L.confirmed as Record<string, boolean>)[m[6]],
        }));
      expect(printedPanel).toEqual(panel.panel.map((s) => ({ stratum: L.stratum(s.stratum), order: s.order, expertId: s.expertId, source: s.source, confirmed: s.confirmed })));
      const replacementLines = section(text, new RegExp(`^\\s*${L.replacements}\\s*$`), new RegExp(`^\\s*${L.panel}\\s*$`)).join('\n');
      expect(replacementLines).toContain(panel.replacements[0].replacedId);
      expect(replacementLines).toContain(panel.replacements[0].replacementId);

      // The same draw as the app holds, and the protocol file's SHA-256 in groups of four.
      expect(seed).toBe(drawn.protocol!.seed);
      expect(rows).toEqual(drawn.protocol!.result);
      expect(printedHash(text, L.sha)).toBe(protocolSha256);

      // Local times only, labels in one language only.
      expect(text).toContain(formatLocalTime(drawn.committedAt, lang));
      expect(text).toContain(formatLocalTime(drawn.protocol!.callLog[0].at, lang));
      expect(text).not.toMatch(/\d{2}:\d{2}(:\d{2}(\.\d+)?)?Z/);
      for (const other of L.otherLanguage) expect(text, `"${other}" on a ${lang} record`).not.toContain(other);
    },
    120_000,
  );
});
