import { bilingualHalf } from '../../../src-shared/text/bilingual-half';
import type { DrawStatus, DrawView } from '../../../src-shared/api/views';
import type { DrawProtocol } from '../../../src-shared/draw/protocol';
import { PRINTED_DATA_BEGIN, PRINTED_DATA_END, printableJson, type PrintedDrawData } from '../../../src-shared/draw/printed-data';
import type { CallOutcome } from '../../../src-shared/draw/replacement';
import type { ResultRow, RowStatus, SkipReason } from '../../../src-shared/draw/walk';
import type { Message } from '../../../src-shared/result';
import { groupsOfFour, groupTicket } from '../../../src-shared/text/groups';
import { DEFAULT_TIME_ZONE, describeTimeZone, formatLocalTime, localIso } from '../../../src-shared/time/local-time';
import { commitmentHash } from '../../../src-shared/draw/seed';
import { stratumLabel } from '../../../src-shared/draw/stratum-label';
import { parenthesizedIn } from '../../../src-shared/text/locale-punctuation';
import { checkCodeHtml, escapeHtml as h, MONO, monoHtml, sheetHtml, type PrintStamp } from '../html';

/**
 * The commitment page and the draw record (抽取记录). The record prints everything a person needs to recompute the
 * draw without the app (§9.1 of docs/draw-spec.md): full tickets in groups of four, full names and unit names, every
 * walk row with its outcome or skip reason, local times, the fingerprints and the protocol file's SHA-256 in groups
 * of four, and the draw's inputs as JSON that survives printing. Labels are in the language of the app: Chinese
 * labels only in Chinese mode, English labels only in English mode (names, units and reasons are data and print as
 * entered; strata print as their sector or unit-type label, the stored Chinese names staying in the JSON).
 */
export type RecordLanguage = 'zh-CN' | 'en';

export interface RecordOptions {
  language: RecordLanguage;
  /** IANA zone for every printed time (default Asia/Shanghai). */
  timeZone?: string;
  /** When the sheet is printed (the app always gives it). */
  printed?: PrintStamp;
}

/** A pool up to this size prints every walk row and the whole snapshot; beyond it, rows up to the last seat or standby place. */
export const RECORD_FULL_ROWS = 1000;

export const SKIP_LABELS: Record<SkipReason, Message> = {
  'excluded-id': { zh: '回避（专家）', en: 'excluded expert' },
  'excluded-unit': { zh: '回避（单位）', en: 'excluded unit' },
  'no-quota': { zh: '该类别无名额', en: 'no seats' },
  'unit-cap': { zh: '单位名额已满', en: 'unit cap reached' },
  'stratum-full': { zh: '该类别已满', en: 'stratum full' },
};

export const CALL_LABELS: Record<CallOutcome, Message> = {
  accepted: { zh: '同意', en: 'accepted' },
  declined: { zh: '谢绝', en: 'declined' },
  unreachable: { zh: '联系不上', en: 'unreachable' },
  conflict: { zh: '申报回避', en: 'declared a conflict' },
};

const STATUS_LABELS: Record<DrawStatus, Message> = {
  committed: { zh: '已承诺', en: 'committed' },
  drawn: { zh: '已抽取', en: 'drawn' },
  finished: { zh: '已结束', en: 'finished' },
  aborted: { zh: '已中止', en: 'aborted' },
};

/** The outcome column of a walk row: `入选 第 1 席`, `候补 第 2 位`, `跳过：单位名额已满` (or in English). */
export function outcomeLabel(status: RowStatus, order: number | undefined, reason: SkipReason | undefined, language: RecordLanguage): string {
  const zh = language === 'zh-CN';
  if (status === 'selected') return zh ? `入选 第 ${order} 席` : `selected, seat ${order}`;
  if (status === 'alternate') return zh ? `候补 第 ${order} 位` : `alternate no. ${order}`;
  const why = reason ? SKIP_LABELS[reason] : { zh: '', en: '' };
  return zh ? `跳过：${why.zh}` : `skipped: ${why.en}`;
}

/** Every label of the two sheets, in both languages; only one of them is printed. */
const L = {
  drawId: { zh: '抽取编号', en: 'Draw id' },
  year: { zh: '年度', en: 'Year' },
  title: { zh: '抽取标题', en: 'Title' },
  place: { zh: '地点', en: 'Place' },
  operator: { zh: '操作人', en: 'Operator' },
  algorithm: { zh: '算法', en: 'Algorithm' },
  algorithmValue: { zh: 'HN-DRAW-1（规则见 docs/draw-spec.md）', en: 'HN-DRAW-1 (rules in docs/draw-spec.md)' },
  status: { zh: '状态', en: 'Status' },
  committedAt: { zh: '承诺时间', en: 'Committed' },
  drawnAt: { zh: '抽取时间', en: 'Drawn' },
  finishedAt: { zh: '结束时间', en: 'Finished' },
  timeZone: { zh: '时区', en: 'Time zone' },
  pool: { zh: '专家库快照', en: 'Pool snapshot' },
  poolHash: { zh: '专家库指纹', en: 'Pool fingerprint' },
  unitCap: { zh: '单位上限', en: 'Unit cap' },
  configHash: { zh: '抽取配置指纹', en: 'Configuration fingerprint' },
  commitment: { zh: '承诺哈希', en: 'Commitment hash' },
  commitmentNote: {
    zh: '承诺哈希由算法名、抽取编号、专家库指纹和抽取配置指纹计算（docs/draw-spec.md 第 5 节）。方框内为前 8 位核对码：结果包送到省教科文卫体工会时，办公室按见证人签字的承诺页录入核对。',
    en: 'The commitment hash is computed from the algorithm, the draw id, the pool fingerprint and the configuration fingerprint (docs/draw-spec.md section 5). The boxed first 8 characters are the check code: the office types them from the commitment page the witnesses signed when the result bundle comes in.',
  },
  quotas: { zh: '名额', en: 'Seats' },
  stratum: { zh: '类别', en: 'Stratum' },
  seats: { zh: '名额', en: 'Seats' },
  standby: { zh: '候补', en: 'Standby' },
  conflicts: { zh: '回避', en: 'Conflicts of interest' },
  kind: { zh: '类型', en: 'Kind' },
  code: { zh: '代码', en: 'Code' },
  name: { zh: '名称', en: 'Name' },
  reason: { zh: '原因', en: 'Reason' },
  unitKind: { zh: '单位', en: 'unit' },
  expertKind: { zh: '专家', en: 'expert' },
  witnesses: { zh: '见证人数字', en: 'Witness digits' },
  order: { zh: '顺序', en: 'Order' },
  witness: { zh: '见证人', en: 'Witness' },
  digits: { zh: '数字', en: 'Digits' },
  key: { zh: '种子原文', en: 'Seed key' },
  seed: { zh: '随机种子', en: 'Seed' },
  walk: { zh: '抽取过程（按签号从小到大）', en: 'The walk (in ticket order)' },
  rank: { zh: '序号', en: 'Rank' },
  id: { zh: '编号', en: 'Id' },
  person: { zh: '姓名', en: 'Name' },
  unit: { zh: '单位（代码）', en: 'Unit (code)' },
  outcome: { zh: '结果', en: 'Outcome' },
  ticket: { zh: '签号', en: 'Ticket' },
  calls: { zh: '通知记录', en: 'Calls' },
  time: { zh: '时间', en: 'Time' },
  caller: { zh: '通知人', en: 'Caller' },
  expert: { zh: '专家', en: 'Expert' },
  note: { zh: '备注', en: 'Note' },
  none: { zh: '无', en: 'none' },
  replacements: { zh: '替补', en: 'Replacements' },
  seat: { zh: '席位', en: 'Seat' },
  replaced: { zh: '原入选专家', en: 'Replaced' },
  replacement: { zh: '递补专家', en: 'Replacement' },
  panel: { zh: '专家组', en: 'Panel' },
  source: { zh: '来源', en: 'Source' },
  confirmed: { zh: '确认', en: 'Confirmed' },
  fromDraw: { zh: '入选', en: 'drawn' },
  fromStandby: { zh: '候补递补', en: 'from standby' },
  yes: { zh: '已确认', en: 'yes' },
  no: { zh: '未确认', en: 'not yet' },
  data: { zh: '核验数据（重新计算所需的全部输入）', en: 'Recomputation data (every input of the draw)' },
  supervisor: { zh: '监督人', en: 'Supervisor' },
  signature: { zh: '本人签名（确认数字无误）', en: 'Signature (confirms the digits)' },
} satisfies Record<string, Message>;

const STYLE = `
  .groups { font-family: ${MONO}; overflow-wrap: anywhere; }
  table.walk { table-layout: fixed; font-size: 9pt; }
  table.walk td { overflow-wrap: anywhere; }
  table.walk tr.ticket td { border-top: none; font-size: 8pt; padding-top: 0; }
  table.walk tr.row td { border-bottom: none; }
  .nowrap { white-space: nowrap; }
  table.walk tbody { break-inside: avoid; page-break-inside: avoid; }
  .data { font-family: ${MONO}; font-size: 7.5pt; word-break: break-all; overflow-wrap: anywhere; border: 0.6pt solid #000; padding: 4pt; }
  .legend { font-size: 9pt; }
  tr.sign td { height: 22pt; vertical-align: middle; }
`;

function frame(options: RecordOptions) {
  const language = options.language;
  const zone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const t = (m: Message) => (language === 'zh-CN' ? m.zh : m.en);
  // Calls and replacements can be seconds apart, so the record shows their seconds; other times to the minute.
  const time = (iso: string | null | undefined, seconds = false) => (iso ? formatLocalTime(iso, language, zone, { seconds }) : '—');
  // A 64-digit hash as two lines of eight groups, so the halves can be compared line by line.
  const groups = (hex: string) =>
    `<span class="groups">${(groupsOfFour(hex).match(/(?:\S+ ?){1,8}/g) ?? []).map((line) => h(line.trim())).join('<br>')}</span>`;
  return { language, zone, t, time, groups, zh: language === 'zh-CN' };
}
type Frame = ReturnType<typeof frame>;

function header(d: DrawView, f: Frame): string {
  const { t, time, groups } = f;
  const c = d.config;
  const quotas = Object.keys({ ...c.quotas, ...c.alternates })
    .map((s) => `<tr><td>${h(t(stratumLabel(s)))}</td><td>${c.quotas[s] ?? 0}</td><td>${c.alternates[s] ?? 0}</td></tr>`)
    .join('');
  const exclusions = d.setup.exclusions
    .map((x) => `<tr><td>${t(x.kind === 'unit' ? L.unitKind : L.expertKind)}</td><td>${h(x.code)}</td><td>${h(x.label)}</td><td>${h(bilingualHalf(x.reason, f.language))}</td></tr>`)
    .join('');
  const poolSize = f.zh ? `${d.poolSize} 人` : `${d.poolSize} experts`;
  const cap = f.zh ? `每单位最多 ${c.unitCap} 人入选` : `at most ${c.unitCap} selected per unit`;
  return `<table>
  <tr><th>${t(L.drawId)}</th><td>${h(d.drawId)}</td><th>${t(L.year)}</th><td>${d.year}</td></tr>
  ${c.title ? `<tr><th>${t(L.title)}</th><td colspan="3">${h(c.title)}</td></tr>` : ''}
  <tr><th>${t(L.place)}</th><td>${h(d.setup.place)}</td><th>${t(L.operator)}</th><td>${h(d.setup.operator)}</td></tr>
  <tr><th>${t(L.algorithm)}</th><td>${t(L.algorithmValue)}</td><th>${t(L.status)}</th><td>${t(STATUS_LABELS[d.status])}</td></tr>
  <tr><th>${t(L.committedAt)}</th><td class="nowrap">${h(time(d.committedAt))}</td><th>${t(L.drawnAt)}</th><td class="nowrap">${h(time(d.drawnAt))}</td></tr>
  <tr><th>${t(L.finishedAt)}</th><td class="nowrap">${h(time(d.finishedAt))}</td><th>${t(L.timeZone)}</th><td>${h(describeTimeZone(f.language, f.zone, d.committedAt))}</td></tr>
  <tr><th>${t(L.pool)}</th><td>${poolSize}</td><th>${t(L.unitCap)}</th><td>${cap}</td></tr>
  <tr><th>${t(L.poolHash)}</th><td colspan="3">${groups(d.poolHash)}</td></tr>
  <tr><th>${t(L.configHash)}</th><td colspan="3">${groups(d.configHash)}</td></tr>
  <tr><th>${t(L.commitment)}</th><td colspan="3">${checkCodeHtml(commitmentHash(c.drawId, d.poolHash, d.configHash))}<div class="legend">${t(L.commitmentNote)}</div></td></tr>
</table>
<h3>${t(L.quotas)}</h3><table><tr><th>${t(L.stratum)}</th><th>${t(L.seats)}</th><th>${t(L.standby)}</th></tr>${quotas}</table>
<h3>${t(L.conflicts)} (${d.setup.exclusions.length})</h3>
<table style="table-layout:fixed"><tr><th style="width:9%">${t(L.kind)}</th><th style="width:19%">${t(L.code)}</th><th style="width:27%">${t(L.name)}</th><th>${t(L.reason)}</th></tr>${exclusions}</table>`;
}

/** The page printed and signed BEFORE any witness digit: it fixes the pool and the configuration. */
export function commitmentHtml(d: DrawView, options: RecordOptions = { language: 'zh-CN' }): string {
  const f = frame(options);
  const note = f.zh
    ? '以上两个指纹及承诺哈希在见证人写下数字之前公布，见证人在本页签字确认。抽取结束后，任何人可用抽取记录重新计算核验。'
    : 'Both fingerprints and the commitment hash are made public before any witness writes a number; the witnesses sign this page to confirm them. After the draw anyone can recompute it from the draw record.';
  return sheetHtml({
    lang: f.language,
    printed: options.printed,
    title: f.zh ? `专家抽取承诺页（${d.drawId}）` : `Draw commitment (${d.drawId})`,
    subtitle: f.zh ? '在任何见证人输入数字之前打印并签字' : 'Printed and signed before any witness input',
    body: `${header(d, f)}<p>${note}</p>`,
    signatures: [`${f.t(L.operator)} ${d.setup.operator}`, f.t(L.supervisor), `${f.t(L.witness)} 1`, `${f.t(L.witness)} 2`, `${f.t(L.witness)} 3`],
    style: STYLE,
  });
}

/** The walk rows the record prints: all of them for a pool up to {@link RECORD_FULL_ROWS}, else up to the last seat or standby place. */
export function printedRows(result: readonly ResultRow[]): ResultRow[] {
  if (result.length <= RECORD_FULL_ROWS) return [...result];
  let last = 0;
  for (const r of result) if (r.status !== 'skipped') last = r.rank;
  return result.slice(0, last);
}

/** The draw's inputs as the record prints them for recomputation (see {@link PrintedDrawData}). */
export function printedData(p: DrawProtocol, timeZone = DEFAULT_TIME_ZONE): PrintedDrawData {
  const rows = printedRows(p.result);
  const full = rows.length === p.result.length;
  return {
    algorithm: p.algorithm,
    poolSize: p.pool.length,
    ...(full ? { pool: p.pool } : { poolPrinted: rows.map((r) => `${r.id}|${r.unitCode}|${r.stratum}`) }),
    config: p.config,
    witnesses: p.witnesses,
    callLog: p.callLog.map((c) => ({ ...c, at: localIso(c.at, timeZone) })),
  };
}

/**
 * A unit's name with its code kept whole. English puts a space before the parenthesis: it stays outside the unbroken
 * code, so a line too short for both breaks there and not inside the unit's name.
 */
function unitCell(f: Frame, unitName: string, unitCode: string): string {
  const aside = parenthesizedIn(f.language, unitCode);
  return `${h(unitName)}${aside.startsWith(' ') ? ' ' : ''}<span class="nowrap">${h(aside.trimStart())}</span>`;
}

function walkTable(d: DrawView, p: DrawProtocol, f: Frame): string {
  const { t } = f;
  const expert = d.experts;
  const rows = printedRows(p.result);
  const body = rows
    .map(
      (r) => `<tbody><tr class="row"><td class="nowrap">${r.rank}</td><td>${h(r.id)}</td><td>${h(expert[r.id]?.name ?? '')}</td><td>${unitCell(f, expert[r.id]?.unitName ?? '', r.unitCode)}</td><td>${h(t(stratumLabel(r.stratum)))}</td><td>${h(outcomeLabel(r.status, r.order, r.reason, f.language))}</td></tr>
<tr class="ticket"><td colspan="6">${t(L.ticket)} <span class="groups">${h(groupTicket(r.ticket))}</span></td></tr></tbody>`,
    )
    .join('');
  const rest = p.result.slice(rows.length);
  let tail = '';
  if (rest.length) {
    const counts = new Map<SkipReason, number>();
    for (const r of rest) if (r.reason) counts.set(r.reason, (counts.get(r.reason) ?? 0) + 1);
    const list = [...counts].map(([reason, n]) => `${t(SKIP_LABELS[reason])} ${n}`).join(f.zh ? '，' : ', ');
    tail = f.zh
      ? `<p>第 ${rows.length + 1}–${p.result.length} 位共 ${rest.length} 人均为跳过（${h(list)}）：此时所有名额和候补均已满，其签号与跳过原因见抽取记录文件（SHA-256 见末页）。</p>`
      : `<p>Ranks ${rows.length + 1}–${p.result.length} (${rest.length} experts) are all skipped (${h(list)}): every seat and standby place was full by then; their tickets and reasons are in the protocol file (SHA-256 on the last page).</p>`;
  }
  const legend = f.zh
    ? '签号为 0 与 1 之间的小数，按从小到大排列，小数点后每四位一组（空格仅为便于阅读）。'
    : 'A ticket is a fraction between 0 and 1; rows are in ascending ticket order; the digits after the point are grouped in fours (the spaces are for reading only).';
  return `<h3>${t(L.walk)}</h3><p class="legend">${legend}</p>
<table class="walk"><thead><tr><th style="width:8%">${t(L.rank)}</th><th style="width:11%">${t(L.id)}</th><th style="width:11%">${t(L.person)}</th><th>${t(L.unit)}</th><th style="width:10%">${t(L.stratum)}</th><th style="width:23%">${t(L.outcome)}</th></tr></thead>${body}</table>${tail}`;
}

/**
 * The seed key one part per line (algorithm, draw id, the two fingerprints, each witness's name=digits), each line
 * ending in the `|` that joins it to the next: joined back without the line breaks it is the key. Short lines never
 * wrap, so a name in a Chinese font cannot be read back out of line order from a wrapped mixed-font line.
 */
function keyHtml(key: string): string {
  const parts = key.split('|');
  return parts.map((part, i) => monoHtml(i < parts.length - 1 ? `${part}|` : part)).join('<br>');
}

/** 抽取记录: everything needed to recompute the draw by hand, for signature, with the protocol file's hash. */
export function drawRecordHtml(d: DrawView, protocolSha256: string, options: RecordOptions = { language: 'zh-CN' }): string {
  const f = frame(options);
  const { t, time } = f;
  const p = d.protocol!;
  const name = (id: string) => d.experts[id]?.name ?? '';
  const unit = (id: string) => d.experts[id]?.unitName ?? '';
  // Each witness signs beside the digits that entered the seed (the same digits as on their own slip).
  const witnesses = p.witnesses.map((w, i) => `<tr class="sign"><td>${i + 1}</td><td>${h(w.name)}</td><td>${monoHtml(w.digits)}</td><td></td></tr>`).join('');
  const calls = p.callLog
    .map((c) => `<tr><td class="nowrap">${h(time(c.at, true))}</td><td>${h(c.caller)}</td><td>${h(c.expertId)} ${h(name(c.expertId))}</td><td>${t(CALL_LABELS[c.outcome])}</td><td>${h(c.note ?? '')}</td></tr>`)
    .join('');
  const replacements = (d.panel?.replacements ?? [])
    .map((r) => `<tr><td>${h(t(stratumLabel(r.stratum)))} ${r.order}</td><td>${h(r.replacedId)} ${h(name(r.replacedId))}</td><td>${h(r.replacementId)} ${h(name(r.replacementId))}</td><td>${t(CALL_LABELS[r.outcome])}</td><td class="nowrap">${h(time(r.at, true))}</td></tr>`)
    .join('');
  const panel = (d.panel?.panel ?? [])
    .map(
      (s) => `<tr><td class="nowrap">${h(t(stratumLabel(s.stratum)))}</td><td>${s.order}</td><td>${h(s.expertId)}</td><td>${h(name(s.expertId))}</td><td>${unitCell(f, unit(s.expertId), s.unitCode)}</td><td>${t(s.source === 'alternate' ? L.fromStandby : L.fromDraw)}</td><td>${t(s.confirmed ? L.yes : L.no)}</td></tr>`,
    )
    .join('');
  const data = printedData(p, f.zone);
  const dataNote = f.zh
    ? `以下是本次抽取的全部输入（${data.pool ? '完整专家库快照' : '已打印各行专家的快照行'}、抽取配置、见证人数字、通知记录），为 JSON 格式。取两行标记之间的文字，去掉页脚和所有空白（包括换行）后即可解析；为便于机器识读，值中的空格、汉字等非 ASCII 字符均写作 \\uXXXX 转义。专家库指纹 = SHA-256（各快照行加换行符后连接）；抽取配置指纹 = SHA-256（抽取配置的 RFC 8785 规范 JSON）；种子原文与随机种子、签号、抽取过程按 docs/draw-spec.md 第 5–8 节计算。`
    : `Below are all inputs of this draw (${data.pool ? 'the whole pool snapshot' : 'the snapshot lines of the printed rows'}, the configuration, the witness digits, the call log) as JSON. Take the text between the two marker lines, drop the page footers and every white-space character (line breaks included) and parse; for machine reading, spaces, Chinese text and any other non-ASCII character in values are written as \\uXXXX escapes. Pool fingerprint = SHA-256 of the snapshot lines, each followed by a line feed; configuration fingerprint = SHA-256 of the RFC 8785 canonical JSON of the configuration; the seed key, seed, tickets and walk follow sections 5–8 of docs/draw-spec.md.`;
  const zoneNote = f.zh ? `本记录中的时间均为${describeTimeZone(f.language, f.zone, p.metadata.time ?? d.committedAt)}。` : `All times on this record are in ${describeTimeZone(f.language, f.zone, p.metadata.time ?? d.committedAt)}.`;
  const fileName = `抽取记录-${d.drawId}.json`;
  return sheetHtml({
    lang: f.language,
    printed: options.printed,
    title: f.zh ? `专家抽取记录（${d.drawId}）` : `Draw record (${d.drawId})`,
    subtitle: f.zh ? `${d.year} 年度 · ${t(STATUS_LABELS[d.status])}` : `${d.year} · ${t(STATUS_LABELS[d.status])}`,
    body: `${header(d, f)}
<p class="legend">${h(zoneNote)}</p>
<h3>${t(L.witnesses)}</h3><table><tr><th style="width:8%">${t(L.order)}</th><th style="width:22%">${t(L.witness)}</th><th>${t(L.digits)}</th><th style="width:30%">${t(L.signature)}</th></tr>${witnesses}</table>
<table><tr><th style="width:14%">${t(L.key)}</th><td>${keyHtml(p.key)}</td></tr><tr><th>${t(L.seed)}</th><td>${f.groups(p.seed)}</td></tr></table>
${walkTable(d, p, f)}
<h3>${t(L.calls)}</h3><table><tr><th style="width:27%">${t(L.time)}</th><th style="width:13%">${t(L.caller)}</th><th>${t(L.expert)}</th><th style="width:14%">${t(L.outcome)}</th><th>${t(L.note)}</th></tr>${calls || `<tr><td colspan="5">${t(L.none)}</td></tr>`}</table>
<h3>${t(L.replacements)}</h3><table><tr><th style="width:14%">${t(L.seat)}</th><th>${t(L.replaced)}</th><th>${t(L.replacement)}</th><th style="width:14%">${t(L.reason)}</th><th style="width:27%">${t(L.time)}</th></tr>${replacements || `<tr><td colspan="5">${t(L.none)}</td></tr>`}</table>
<h3>${t(L.panel)}</h3><table><tr><th style="width:10%">${t(L.stratum)}</th><th style="width:7%">${t(L.seat)}</th><th style="width:11%">${t(L.id)}</th><th style="width:11%">${t(L.person)}</th><th>${t(L.unit)}</th><th style="width:15%">${t(L.source)}</th><th style="width:11%">${t(L.confirmed)}</th></tr>${panel}</table>
<h3>${t(L.data)}</h3><p class="legend">${h(dataNote)}</p>
<div class="data">${PRINTED_DATA_BEGIN}<br>${h(printableJson(data))}<br>${PRINTED_DATA_END}</div>`,
    signatures: [
      `${t(L.operator)} ${d.setup.operator}`,
      t(L.supervisor),
      ...p.witnesses.map((w, i) => `${t(L.witness)} ${i + 1} ${w.name}`),
    ],
    closingNote: f.zh
      ? `抽取记录文件 ${fileName} 的 SHA-256：${groupsOfFour(protocolSha256)}`
      : `SHA-256 of the protocol file ${fileName}: ${groupsOfFour(protocolSha256)}`,
    style: STYLE,
  });
}
