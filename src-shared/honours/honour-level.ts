import type { HonourLevel } from '../domain/vocabulary';
import type { Message } from '../result';
import { FORMER_PLACE_NAMES, HENAN_PREFECTURES, OTHER_PROVINCES } from './henan-places';
import {
  KNOWN_KIND_LABELS,
  KNOWN_KIND_LEVEL,
  KNOWN_NAMES,
  type KnownKind,
  ORGANISATION_KIND_LABELS,
  ORGANISATION_WORDS,
  type OrganisationWord,
  PROVINCIAL_ORGAN_MARKERS,
  SECTOR_SYSTEMS,
  SECTOR_UNION_MARKERS,
} from './known-issuers';

/**
 * The level of an honour (Art. 4.1 turns on it), read from its wording and, when the wording does not
 * settle it, from its issuer. Never a guess: `level: null` means a reviewer decides, and `why` says why
 * in both languages. Rules, in order (see shared/domain.md, "Honour levels"):
 *
 *  1. A sector union's, an industry union's or a sector system's honour (河南省教科文卫体系统…, 河南省能源化学
 *     地质工会…, …教育系统…, 省直机关…): the office's call.
 *  2. An organisation named before the honour (中原油田劳动模范, 郑州大学优秀教师): unit-internal.
 *  3. Another province's place (湖北省…): a reviewer, unless a national issuer or 全国 settles it.
 *  4. A known issuer or title (河南省总工会, 中原大工匠, 国务院…): its level, the longest name winning.
 *  5. The leading place: 河南省 / 省 → provincial; a prefecture (郑州市, 郑州, 济源…) → city; a district,
 *     county-level city or county (郑州市中原区, 新郑市, 中牟县) → county; 国家… → national.
 *  6. A leading place not on the Henan list (武汉市…): a reviewer.
 *  An explicit level word (全国, 国家级, 省级, 市级, 县级, 区级, 校级…) is taken as written, but when it
 *  contradicts what the rules read (新郑市市级劳动模范) a reviewer decides.
 */

export type LevelFinding = { level: HonourLevel; why: Message } | { level: null; why: Message };

// ---------------------------------------------------------------------------------------------------
// Labels

const LEVEL_ZH: Record<HonourLevel, string> = {
  national: '国家级',
  provincial: '省级',
  city: '市级',
  county: '县级',
  unit: '单位内部荣誉',
};
const LEVEL_EN: Record<HonourLevel, string> = {
  national: 'national level',
  provincial: 'provincial level',
  city: 'city (prefecture) level',
  county: 'county level',
  unit: 'unit-internal',
};

function msg(zh: string, en: string): Message {
  return { zh, en };
}

// ---------------------------------------------------------------------------------------------------
// Regex helpers

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation, longest first, so that at any position the longest name wins. */
function alternation(words: Iterable<string>, guard: (w: string) => string = () => ''): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => escapeRe(w) + guard(w))
    .join('|');
}

const CJK = '\\u4e00-\\u9fff';

/** Words of the honour itself: an organisation word after them belongs to the honour (河南省优秀医院管理者). */
const HONOUR_WORD_RE =
  /优秀|先进|劳动|劳模|模范|标兵|十佳|最美|杰出|奖|工匠|能手|名师|名医|带头人|人才|专家|骨干|红旗|三八|五一|五四|特殊津贴|管理者|工作者|称号|荣誉|表彰|学者|文明/;

// ---------------------------------------------------------------------------------------------------
// Henan places, indexed once

type PlaceKind = 'prefecture' | 'district' | 'county-city' | 'county' | 'former';

interface PlaceInfo {
  /** Canonical full name (中原区, 郑州市…); for a former name, the name itself. */
  name: string;
  kind: PlaceKind;
  level: 'city' | 'county';
  /** Prefecture.name this place belongs to (itself for a prefecture). */
  prefecture: string;
  /** For a former name: what it is now. */
  now?: string;
}

const PLACES = new Map<string, PlaceInfo>();

function addPlace(token: string, info: PlaceInfo): void {
  const existing = PLACES.get(token);
  if (existing && existing.name !== info.name) throw new Error(`henan-places: ${token} names both ${existing.name} and ${info.name}`);
  PLACES.set(token, info);
}

for (const p of HENAN_PREFECTURES) {
  const pref: PlaceInfo = { name: p.name, kind: 'prefecture', level: 'city', prefecture: p.name };
  for (const token of [p.name, p.short, ...p.aliases]) addPlace(token, pref);
  for (const d of p.districts) {
    const info: PlaceInfo = { name: d, kind: 'district', level: 'county', prefecture: p.name };
    addPlace(d, info);
    if (d.includes('回族区')) addPlace(d.replace('回族区', '区'), info); // 管城区 for 管城回族区
  }
  for (const c of p.countyCities) {
    const info: PlaceInfo = { name: c, kind: 'county-city', level: 'county', prefecture: p.name };
    addPlace(c, info);
    if (c.length === 3) addPlace(c.slice(0, 2), info); // 巩义 for 巩义市, 辉县 for 辉县市
  }
  for (const c of p.counties) addPlace(c, { name: c, kind: 'county', level: 'county', prefecture: p.name });
}
for (const f of FORMER_PLACE_NAMES) {
  addPlace(f.name, { name: f.name, kind: 'former', level: f.level, prefecture: f.prefecture, now: f.now });
}

// Places are read only where a place can stand (the text's start, after 河南省 or a prefecture), so 南阳
// is never read out of 河南阳光… and 范县 never out of 示范县.
const PLACE_AT_RE = new RegExp(alternation(PLACES.keys()), 'y');
const PLACE_ONLY_RE = new RegExp(`^(?:${alternation([...PLACES.keys(), '河南省', '河南', '中国', '全国', '省', '市', '县', '区'])})+$`);

function placeAt(t: string, index: number): { token: string; info: PlaceInfo } | undefined {
  PLACE_AT_RE.lastIndex = index;
  const m = PLACE_AT_RE.exec(t);
  return m ? { token: m[0], info: PLACES.get(m[0])! } : undefined;
}

function placeWhy(token: string, info: PlaceInfo): Message {
  switch (info.kind) {
    case 'prefecture':
      return info.name === '济源示范区'
        ? msg(`“${token}”为济源示范区（省直管，与省辖市同级），属市级`, `${token} is the Jiyuan demonstration zone, at prefecture level: city level`)
        : msg(`“${token}”为省辖市，属市级`, `${token} is a prefecture-level city (省辖市): city level`);
    case 'district':
      return msg(`“${token}”为${info.prefecture}辖区，属县级`, `${token} is a district of ${info.prefecture}: county level`);
    case 'county-city':
      return msg(`“${token}”为${info.prefecture}辖县级市，属县级`, `${token} is a county-level city under ${info.prefecture}: county level`);
    case 'county':
      return msg(`“${token}”为${info.prefecture}辖县，属县级`, `${token} is a county under ${info.prefecture}: county level`);
    case 'former':
      return info.level === 'city'
        ? msg(`“${token}”为${info.now}旧称，按市级认定`, `${token} is the former name of ${info.now}: city level`)
        : msg(
            `“${token}”为旧称（今${info.prefecture}${info.now}），属县级`,
            `${token} is a former name (now ${info.now}, ${info.prefecture}): county level`,
          );
  }
}

// ---------------------------------------------------------------------------------------------------
// Known issuers and titles, indexed once

interface KnownInfo {
  kind: KnownKind;
  name: string;
}

const KNOWN = new Map<string, KnownInfo>();
for (const [kind, names] of Object.entries(KNOWN_NAMES) as [KnownKind, (typeof KNOWN_NAMES)[KnownKind]][]) {
  for (const n of names) for (const token of [n.name, ...(n.aliases ?? [])]) KNOWN.set(token, { kind, name: n.name });
}
// 教育部 is a ministry, 教育部门 any education department.
const KNOWN_RE = new RegExp(alternation(KNOWN.keys(), (w) => (w.endsWith('部') ? '(?!门)' : '')), 'g');

// ---------------------------------------------------------------------------------------------------
// Organisation words

const ORG_WORDS = new Map<string, OrganisationWord>(ORGANISATION_WORDS.map((w) => [w.word, w]));
const ORG_GUARDS: Record<string, string> = { 大学: '(?!生)', 中学: '(?!生)', 小学: '(?!生)', 厂: '(?!长)', 矿: '(?![业工山区产井务物长])' };
// 中国科学院院士 is a national title, not the academy's own honour.
const ORG_RE = new RegExp(alternation(ORG_WORDS.keys(), (w) => `${ORG_GUARDS[w] ?? ''}(?!院士)`), 'g');
/** Before a weak word, a prefix ending like an issuer (河南省教育厅直属学校…) does not name an organisation. */
const ISSUER_END_RE = /(?:厅|政府|委员会|委|直属|所属)$/;

// ---------------------------------------------------------------------------------------------------
// Other regexes

const SECTOR_UNION_RE = new RegExp(alternation(SECTOR_UNION_MARKERS));
const SECTOR_SYSTEM_RE = new RegExp(`(?:${alternation(SECTOR_SYSTEMS)})系统`);
const ANY_SYSTEM_RE = new RegExp(`[${CJK}]{0,6}系统(?=[${CJK}]*?(?:劳动模范|劳模|奖章|先进|优秀|标兵|能手|工匠|模范|红旗))`);
const PROVINCIAL_ORGAN_RE = new RegExp(alternation(PROVINCIAL_ORGAN_MARKERS));
/** An industry union (河南省能源化学地质工会, 郑州市教育工会…), not a federation (总工会). */
const INDUSTRY_UNION_RE = new RegExp(`^([${CJK}]{2,16}?)(?<!总)工会`);
const ORG_TEST_RE = new RegExp(ORG_RE.source);

const EXPLICIT_WORDS: Record<string, HonourLevel | 'township'> = {
  国家级: 'national',
  全国: 'national',
  省部级: 'provincial',
  省级: 'provincial',
  地市级: 'city',
  市级: 'city',
  县区级: 'county',
  区县级: 'county',
  县级: 'county',
  区级: 'county',
  乡镇级: 'township',
  乡级: 'township',
  镇级: 'township',
  街道级: 'township',
  校级: 'unit',
  院级: 'unit',
  厂级: 'unit',
  公司级: 'unit',
  集团级: 'unit',
  单位级: 'unit',
  单位内部: 'unit',
};
const EXPLICIT_RE = new RegExp(alternation(Object.keys(EXPLICIT_WORDS)), 'g');

const LEAD = '(?:中国共产党|中共|共青团)?';
const LEAD_RE = new RegExp(LEAD, 'y');
const PROVINCE_RE = /河南省|河南|省/y;
// 国家一级演员 is a professional title, not a national honour.
const NATIONAL_PREFIX_RE = /中华人民共和国|国家(?![一二三四]级)/y;
const OTHER_PROVINCE_NAMES = alternation(OTHER_PROVINCES);
const OTHER_PROVINCE_RE = new RegExp(
  `^${LEAD}(?:${OTHER_PROVINCE_NAMES})(?:省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)?|(?:${OTHER_PROVINCE_NAMES})(?:省|壮族自治区|回族自治区|维吾尔自治区|自治区)`,
);
/** A leading place name not on the Henan list (武汉市…, 郑东新区…). */
const UNKNOWN_PLACE_RE = new RegExp(`^${LEAD}([${CJK}]{2,5}?)(?:市|县|区|自治州|自治县)(?!级)`);
/** Function zones under a prefecture: not on the list of districts; the office decides their level. */
const ZONE_RE = new RegExp(
  `^[${CJK}]{0,6}?(?:高新技术产业开发区|高新区|经济技术开发区|经济开发区|经开区|开发区|(?<!创)新区|航空港区|航空港经济综合实验区|航空港|产业集聚区|城乡一体化示范区|综合实验区)`,
);
/** A district or county not on the list (郑州市某某区…). 社区, 景区, 校区… are not places. */
const UNLISTED_SUBPLACE_RE = new RegExp(`^([${CJK}]{1,3}?)(?:回族)?(?:区|县)(?![级域])`);
const NOT_A_SUBPLACE_END = /[社园景校城辖片郊病营矿厂学]$/;
/** A township or street under a county (登封市大金店镇…): below every honour level. */
const TOWNSHIP_RE = new RegExp(`^([${CJK}]{1,4}?)(?:镇|乡|街道)`);

const LEAD_NOISE_RE =
  /^(?:[\s"'“”‘’《〈【「『(（[]|(?:19|20)\d{2}(?:年度|年)?|第[一二三四五六七八九十百零〇\d]+(?:届|批|次|期)|首届|荣获|获得|获评|被评为|被授予|授予|享受)+/;

function normalise(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(LEAD_NOISE_RE, '');
}

// ---------------------------------------------------------------------------------------------------
// Readings of one text

/**
 * What one text (a name or an issuer) says. A null finding has a mode:
 * `final`: nothing else settles it (a sector union's honour, contradictory wording);
 * `foreign`: another province's or an unlisted place: a national issuer or 全国 may still settle it;
 * `vague`: an explicit level word in the text settles it (郑州高新区（县级）…).
 */
type Reading =
  | { level: HonourLevel; why: Message }
  | { level: null; why: Message; mode: 'final' | 'foreign' | 'vague' };

function settled(level: HonourLevel, why: Message): Reading {
  return { level, why };
}
function review(mode: 'final' | 'foreign' | 'vague', zh: string, en: string): Reading {
  return { level: null, why: msg(zh, en), mode };
}

function readSector(t: string): Reading | undefined {
  if (SECTOR_UNION_RE.test(t)) {
    const national = /^(?:中国|全国)/.test(t);
    return review(
      'final',
      `${national ? '中国' : '河南省'}教科文卫体工会系统荣誉，级别由办公室认定（与省总工会的荣誉不同）`,
      `an honour of the ${national ? 'national' : 'Henan provincial'} education, science, culture, health and sports union system: its level is the office's call (not the provincial federation's honour)`,
    );
  }
  const system = SECTOR_SYSTEM_RE.exec(t) ?? ANY_SYSTEM_RE.exec(t);
  if (system) {
    return review(
      'final',
      `“${system[0]}”荣誉为行业系统荣誉，不同于总工会或政府的荣誉，级别由办公室认定`,
      `"${system[0]}" is a sector system's honour, not the federation's or the government's: its level is the office's call`,
    );
  }
  const union = INDUSTRY_UNION_RE.exec(t);
  if (union && !HONOUR_WORD_RE.test(union[1]) && !ORG_TEST_RE.test(union[1]) && !PLACE_ONLY_RE.test(union[1])) {
    return review(
      'final',
      `“${union[0]}”为产业（行业）工会，其荣誉不同于总工会的荣誉，级别由办公室认定`,
      `"${union[0]}" is an industry union, not a federation of trade unions (总工会): its level is the office's call`,
    );
  }
  const organ = PROVINCIAL_ORGAN_RE.exec(t);
  if (organ) {
    return review(
      'final',
      `“${organ[0]}”荣誉（如省直机关工会、工委的荣誉）不同于省总工会或省政府的荣誉，级别由办公室认定`,
      `"${organ[0]}" (provincial organs' union or committee) is not the provincial federation's or government's honour: its level is the office's call`,
    );
  }
  return undefined;
}

function readUnit(t: string): Reading | undefined {
  for (const m of t.matchAll(ORG_RE)) {
    const prefix = t.slice(0, m.index);
    if (HONOUR_WORD_RE.test(prefix)) return undefined; // the word belongs to the honour; later ones too
    const word = ORG_WORDS.get(m[0])!;
    if (prefix.length < 2 || (word.weak && ISSUER_END_RE.test(prefix))) continue;
    const org = prefix + m[0];
    const kind = ORGANISATION_KIND_LABELS[word.kind];
    if (word.weak && PLACE_ONLY_RE.test(prefix)) {
      return review(
        'vague',
        `“${org}”可能是单位名称，也可能指该地的${kind.zh}行业，级别请审核人员认定`,
        `"${org}" may name an organisation (${kind.en}) or the place's sector: a reviewer decides`,
      );
    }
    return settled(
      'unit',
      msg(`“${org}”为单位（${kind.zh}）名称，属单位内部荣誉`, `"${org}" names an organisation (${kind.en}): its own honour, unit-internal`),
    );
  }
  return undefined;
}

function readForeign(t: string): Reading | undefined {
  const m = OTHER_PROVINCE_RE.exec(t);
  if (!m) return undefined;
  const place = m[0].replace(/^(?:中国共产党|中共|共青团)/, '');
  return review('foreign', `“${place}”为外省地名，外省荣誉请审核人员认定`, `${place} is outside Henan: a reviewer decides`);
}

function readKnown(t: string): Reading | undefined {
  let best: { token: string; info: KnownInfo } | undefined;
  const levels = new Set<HonourLevel>();
  for (const m of t.matchAll(KNOWN_RE)) {
    const info = KNOWN.get(m[0])!;
    levels.add(KNOWN_KIND_LEVEL[info.kind]);
    if (!best || m[0].length > best.token.length) best = { token: m[0], info };
  }
  if (!best) return undefined;
  if (levels.size > 1) {
    return review(
      'final',
      `文字中的颁发机关或称号级别不一致（${[...levels].map((l) => LEVEL_ZH[l]).join('、')}），请审核人员认定`,
      `the bodies or titles named are of different levels (${[...levels].map((l) => LEVEL_EN[l]).join(', ')}): a reviewer decides`,
    );
  }
  const level = KNOWN_KIND_LEVEL[best.info.kind];
  const label = KNOWN_KIND_LABELS[best.info.kind];
  const named = best.token === best.info.name ? best.token : `${best.token}（${best.info.name}）`;
  return settled(level, msg(`“${named}”为${label.zh}，属${LEVEL_ZH[level]}`, `"${named}" is ${label.en}: ${LEVEL_EN[level]}`));
}

/** The place the text opens with: 河南省 / 省, a prefecture, a district or county, 国家. */
function readLeadingPlace(t: string): Reading | undefined {
  LEAD_RE.lastIndex = 0;
  let i = LEAD_RE.exec(t)?.[0].length ?? 0;
  NATIONAL_PREFIX_RE.lastIndex = i;
  const national = NATIONAL_PREFIX_RE.exec(t);
  if (national) return settled('national', msg(`以“${national[0]}”冠名，属国家级`, `named for the state (${national[0]}): national level`));

  PROVINCE_RE.lastIndex = i;
  const province = PROVINCE_RE.exec(t);
  if (province) i += province[0].length;

  let first = placeAt(t, i);
  if (!first) {
    if (!province) return undefined;
    return settled('provincial', msg(`以“${province[0]}”冠名，属省级`, `named for the province (${province[0]}): provincial level`));
  }
  i += first.token.length;
  if (first.info.level === 'city') {
    const sub = placeAt(t, i);
    if (!sub || sub.info.level === 'city') {
      const rest = t.slice(i);
      const zone = ZONE_RE.exec(rest);
      if (zone && !HONOUR_WORD_RE.test(zone[0])) {
        const z = first.token + zone[0];
        return review('vague', `“${z}”为功能区（开发区、新区等），不在县区名单中，级别请审核人员认定`, `${z} is a development zone, not on the list of districts: a reviewer decides`);
      }
      const unlisted = UNLISTED_SUBPLACE_RE.exec(rest);
      if (unlisted && !HONOUR_WORD_RE.test(unlisted[1]) && !NOT_A_SUBPLACE_END.test(unlisted[1])) {
        const u = first.token + unlisted[0];
        return review('vague', `“${u}”不在河南省县区名单中，级别请审核人员认定`, `${u} is not on the list of Henan's districts and counties: a reviewer decides`);
      }
      return settled('city', placeWhy(first.token, first.info));
    }
    if (sub.info.prefecture !== first.info.prefecture) {
      return review(
        'final',
        `“${sub.token}”不属于“${first.token}”，地名有误，请审核人员认定`,
        `${sub.token} does not belong to ${first.token}: a reviewer decides`,
      );
    }
    i += sub.token.length;
    first = sub;
  }
  const township = TOWNSHIP_RE.exec(t.slice(i));
  if (township && !HONOUR_WORD_RE.test(township[1]) && !township[1].endsWith('城')) {
    const w = first.token + township[0];
    return review('vague', `“${w}”为乡镇（街道）一级，低于县级，级别请审核人员认定`, `${w} is a township or street, below county level: a reviewer decides`);
  }
  return settled('county', placeWhy(first.token, first.info));
}

function readUnknownPlace(t: string): Reading | undefined {
  const m = UNKNOWN_PLACE_RE.exec(t);
  if (!m || HONOUR_WORD_RE.test(m[1]) || m[1].endsWith('城')) return undefined;
  const place = m[0].replace(/^(?:中国共产党|中共|共青团)/, '');
  return review('foreign', `“${place}”不在河南省地名表中，级别请审核人员认定`, `${place} is not on the list of Henan's places: a reviewer decides`);
}

/** Explicit level words, one per level written. */
function readExplicit(t: string): { level: HonourLevel | 'township'; word: string }[] {
  const seen = new Map<HonourLevel | 'township', string>();
  for (const m of t.matchAll(EXPLICIT_RE)) {
    const level = EXPLICIT_WORDS[m[0]];
    if (!seen.has(level)) seen.set(level, m[0]);
  }
  return [...seen].map(([level, word]) => ({ level, word }));
}

function withExplicit(t: string, primary: Reading | undefined): Reading | undefined {
  const explicit = readExplicit(t);
  if (explicit.length === 0) return primary;
  if (explicit.length > 1) {
    const words = explicit.map((e) => `“${e.word}”`).join('、');
    return review('final', `写有${words}，级别不一致，请审核人员认定`, `the text says ${words}, which disagree: a reviewer decides`);
  }
  const { level, word } = explicit[0];
  if (level === 'township') {
    return review('vague', `写明“${word}”，低于县级，不在荣誉级别之列，请审核人员认定`, `written as ${word}, below county level: a reviewer decides`);
  }
  const asWritten = msg(`写明“${word}”，按所写认定为${LEVEL_ZH[level]}`, `written as ${word}: taken as ${LEVEL_EN[level]}`);
  if (!primary) return settled(level, asWritten);
  if (primary.level === level) return primary;
  if (primary.level === null) {
    if (primary.mode === 'vague' || (primary.mode === 'foreign' && level === 'national')) return settled(level, asWritten);
    return primary;
  }
  return review(
    'final',
    `写明“${word}”（${LEVEL_ZH[level]}），但${primary.why.zh}；两者不一致，请审核人员认定`,
    `written as ${word} (${LEVEL_EN[level]}), but ${primary.why.en}; they disagree: a reviewer decides`,
  );
}

function read(text: string | undefined): Reading | undefined {
  const t = normalise(text ?? '');
  if (t === '') return undefined;
  const sector = readSector(t);
  if (sector) return sector;
  const primary = readUnit(t) ?? readForeign(t) ?? readKnown(t) ?? readLeadingPlace(t) ?? readUnknownPlace(t);
  return withExplicit(t, primary);
}

function finding(r: Reading): LevelFinding {
  return r.level === null ? { level: null, why: r.why } : { level: r.level, why: r.why };
}

function fromIssuer(r: Reading): Message {
  return msg(`颁发单位：${r.why.zh}`, `issuer: ${r.why.en}`);
}

// ---------------------------------------------------------------------------------------------------

/**
 * The level of an honour from its name (the certificate's wording) and, when the name does not settle
 * it, its issuer. An issuer that is a sector union (河南省教科文卫体工会) sends the honour to a reviewer
 * whatever the name says: such a union's medal is often worded like the provincial federation's.
 */
export function classifyHonourLevel(name: string, issuer?: string): LevelFinding {
  const byIssuer = read(issuer);
  if (byIssuer?.level === null && byIssuer.mode === 'final' && readSector(normalise(issuer ?? ''))) {
    return { level: null, why: fromIssuer(byIssuer) };
  }
  const byName = read(name);

  if (byName?.level != null) return finding(byName);
  if (byName) {
    if (byName.mode === 'foreign' && byIssuer?.level === 'national') {
      return {
        level: 'national',
        why: msg(`${byName.why.zh}；但颁发单位为国家级：${byIssuer.why.zh}`, `${byName.why.en}; but the issuer is national: ${byIssuer.why.en}`),
      };
    }
    return finding(byName);
  }
  if (byIssuer) {
    const why = fromIssuer(byIssuer);
    return byIssuer.level === null
      ? { level: null, why }
      : { level: byIssuer.level, why: msg(`名称未写明级别；${why.zh}`, `the name does not show the level; ${why.en}`) };
  }
  const shown = name.trim() === '' ? '（空）' : name.trim();
  const issuerText = issuer?.trim() ? issuer.trim() : '';
  return {
    level: null,
    why: msg(
      `“${shown}”${issuerText ? `及颁发单位“${issuerText}”` : ''}未写明级别，请审核人员认定`,
      `"${shown}"${issuerText ? ` (issuer: ${issuerText})` : ''} does not show the level: a reviewer decides`,
    ),
  };
}
