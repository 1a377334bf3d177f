import type { PaperCodes, PaperOutcome } from '../../src-shared/api/ops/bundle';
import type { DrawProtocol } from '../../src-shared/draw/protocol';
import { commitmentHash } from '../../src-shared/draw/seed';
import { groupsOfFour, ungroup } from '../../src-shared/text/groups';
import { normalizePaperCode } from '../../src-shared/text/paper-code';
import { fingerprint, isPublicKeyText } from '../crypto/keys';
import { DATA } from './layout';
import type { ParsedBundle } from './parse-data';
import type { ReportBuilder } from './report';

/** A typed code against the full hex value it should begin: case, spaces and dashes do not matter. */
export function paperCodeMatches(typed: string, hex: string): boolean {
  const code = normalizePaperCode(typed);
  return code.length > 0 && hex.toLowerCase().startsWith(code);
}

/** The whole fingerprint of a public key without its grouping (the score sheet prints it grouped), or undefined for junk. */
const fingerprintHex = (publicKey: string) => (isPublicKeyText(publicKey) ? ungroup(fingerprint(publicKey)) : undefined);

const shownCode = (code: string) => groupsOfFour(code.toUpperCase());

/**
 * Paper as a second root. The meeting laptop's key signs the bundle, and the bundle itself names the expert keys,
 * so whoever holds that laptop could invent the experts' keys too; the papers the witnesses and the experts signed
 * at the meeting cannot be re-signed. The office types the first characters of the commitment hash (from the
 * commitment page) and of each expert's key fingerprint (from their signed score sheet); any difference refuses the
 * bundle, naming the paper and the expert. A paper marked "not checked" is accepted and reported as such.
 *
 * A refusal shows what was typed, never the bundle's value: a clerk who saw the expected code could type it in.
 * `protocol` is the verified draw record; when the draw does not verify, that check already refuses the bundle and
 * the commitment is not compared.
 */
export function checkPaper(p: ParsedBundle, protocol: DrawProtocol | undefined, codes: PaperCodes, report: ReportBuilder): void {
  const outcomes: PaperOutcome[] = [];
  const fail = (code: string, file: string, zh: string, en: string) => report.fail('paper', code, file, zh, en);

  const commitment = protocol && commitmentHash(protocol.config.drawId, protocol.poolHash, protocol.configHash);
  if (codes.commitment === null) {
    outcomes.push({ paper: 'commitment', expertId: null, name: null, status: 'not-checked', code: null });
  } else if (commitment) {
    const matched = paperCodeMatches(codes.commitment, commitment);
    outcomes.push({ paper: 'commitment', expertId: null, name: null, status: matched ? 'matched' : 'mismatched', code: normalizePaperCode(codes.commitment) });
    if (!matched) {
      fail(
        'paper-commitment-mismatch',
        DATA.protocol,
        `见证人签字的抽取承诺页上，承诺哈希开头为 ${shownCode(normalizePaperCode(codes.commitment))}，与结果包中抽取记录的承诺哈希不符`,
        `the commitment hash on the draw commitment page the witnesses signed begins ${shownCode(normalizePaperCode(codes.commitment))}, which is not the commitment hash of this bundle's draw record`,
      );
    }
  }

  const keys = new Map(p.session.experts.map((e) => [e.expertId, e.publicKey]));
  const panel = new Set(p.session.panel.map((m) => m.expertId));
  for (const member of p.session.panel) {
    const { expertId, name } = member;
    const who = { zh: `专家 ${name}（${expertId}）`, en: `expert ${name} (${expertId})` };
    const typed = codes.experts[expertId];
    if (typed === null || (typed === undefined && codes.othersNotChecked)) {
      outcomes.push({ paper: 'expert-key', expertId, name, status: 'not-checked', code: null });
      continue;
    }
    if (typed === undefined) {
      outcomes.push({ paper: 'expert-key', expertId, name, status: 'missing', code: null });
      fail('paper-code-missing', DATA.session, `没有录入${who.zh}签字的评分表上的密钥指纹，也没有标为不核对`, `no code was given from the score sheet ${who.en} signed, and it was not marked as not checked`);
      continue;
    }
    // A panel member without a key, or with a malformed one, is refused by the sheet check; nothing to compare here.
    const key = keys.get(expertId);
    const expected = key === undefined ? undefined : fingerprintHex(key);
    if (!expected) continue;
    const matched = paperCodeMatches(typed, expected);
    outcomes.push({ paper: 'expert-key', expertId, name, status: matched ? 'matched' : 'mismatched', code: normalizePaperCode(typed) });
    if (!matched) {
      fail(
        'paper-fingerprint-mismatch',
        DATA.session,
        `${who.zh}签字的评分表上，密钥指纹开头为 ${shownCode(normalizePaperCode(typed))}，与结果包中该专家的签名密钥不符`,
        `the key fingerprint on the score sheet ${who.en} signed begins ${shownCode(normalizePaperCode(typed))}, which is not the fingerprint of the key this bundle holds for that expert`,
      );
    }
  }
  for (const expertId of Object.keys(codes.experts).filter((id) => !panel.has(id))) {
    outcomes.push({ paper: 'expert-key', expertId, name: null, status: 'not-on-panel', code: codes.experts[expertId] && normalizePaperCode(codes.experts[expertId]) });
    fail('paper-not-on-panel', DATA.session, `录入了专家 ${expertId} 评分表上的密钥指纹，但该专家不在本结果包的专家组中`, `a code was given from the score sheet of expert ${expertId}, who is not on this bundle's panel`);
  }

  report.paper = outcomes;
  if (report.hasFailed('paper')) return;
  const label = (o: PaperOutcome) =>
    o.paper === 'commitment' ? { zh: '抽取承诺页', en: 'the commitment page' } : { zh: `${o.name}（${o.expertId}）的评分表`, en: `the score sheet of ${o.name} (${o.expertId})` };
  const list = (items: PaperOutcome[]) => ({ zh: items.map((o) => label(o).zh).join('、'), en: items.map((o) => label(o).en).join(', ') });
  const matched = outcomes.filter((o) => o.status === 'matched');
  const skipped = outcomes.filter((o) => o.status === 'not-checked');
  if (matched.length) {
    const l = list(matched);
    report.pass('paper', null, `与纸质签字件一致：${l.zh}`, `match the signed papers: ${l.en}`);
  }
  if (skipped.length) {
    const l = list(skipped);
    report.notChecked('paper', 'paper-not-checked', null, `未核对纸质签字件：${l.zh}`, `signed papers NOT compared: ${l.en}`);
  }
}
