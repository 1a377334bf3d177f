import { compareUtf8 } from '../../src-shared/draw/hash';
import { aggregateValid } from '../../src-shared/scoring/aggregate';
import { validateParsedCells } from '../../src-shared/scoring/cells';
import { ok } from '../../src-shared/result';
import { rank, type Ranking } from '../../src-shared/scoring/rank';
import type { SessionRules } from '../../src-shared/scoring/session-rules';
import { keyId } from '../crypto/keys';
import { scoreCells } from '../services/scoring/results';
import { verifyDigest } from './digest-signature';
import { firstDifference, shown, type Difference } from './first-difference';
import { DATA } from './layout';
import type { ParsedBundle } from './parse-data';
import { SCORE_SHEET_KIND, SUMMARY_KIND } from './render';
import type { ReportBuilder } from './report';

/**
 * Every panel member has a score sheet with a valid signature by the key they scored with (the key is in the
 * session's record of check-ins and imported score files), over exactly the bytes in the bundle, for this session
 * and these rules, holding only their own cells. The sheet file's SHA-256 from the manifest check is the hash in
 * the expert's signed message.
 */
export function checkSheets(p: ParsedBundle, digests: Map<string, string>, rules: SessionRules | undefined, report: ReportBuilder): void {
  const entries = new Map(p.signatures.sheets.map((e) => [e.expertId, e]));
  const experts = new Map(p.session.experts.map((e) => [e.expertId, e]));
  const nominations = new Set(rules?.nominationIds ?? p.session.nominations.map((n) => n.id));
  let good = 0;
  const panel = new Set(p.session.panel.map((m) => m.expertId));
  for (const entry of p.signatures.sheets) {
    if (!panel.has(entry.expertId)) report.fail('sheets', 'sheet-not-on-panel', entry.file, `${entry.expertId} 不是专家组成员`, `${entry.expertId} is not on the panel`);
  }
  if (entries.size !== p.signatures.sheets.length) report.fail('sheets', 'sheet-duplicate', DATA.signatures, '同一位专家有多份签名评分表', 'an expert has more than one signed sheet');
  for (const member of p.session.panel) {
    const id = member.expertId;
    const entry = entries.get(id);
    if (!entry) {
      report.fail('sheets', 'sheet-signature-missing', DATA.signatures, `缺少专家 ${member.name}（${id}）的签名评分表`, `the signed score sheet of expert ${member.name} (${id}) is missing`);
      continue;
    }
    const fail = (code: string, zh: string, en: string) => report.fail('sheets', code, entry.file, `专家 ${id}：${zh}`, `expert ${id}: ${en}`);
    const digest = digests.get(entry.file);
    const sheet = p.sheets.get(id);
    const checkedIn = experts.get(id);
    if (!digest || !sheet) {
      fail('sheet-signature-missing', '评分表文件不在清单中', 'the sheet file is not in the manifest');
      continue;
    }
    if (!checkedIn || checkedIn.publicKey !== entry.publicKey) {
      fail('sheet-key-mismatch', '签名密钥不是该专家签到或提交评分时使用的密钥', 'the signing key is not the key this expert checked in or sent scores with');
      continue;
    }
    if (keyId(entry.publicKey) !== entry.keyId || digest !== entry.payloadSha256 || !verifyDigest(SCORE_SHEET_KIND, digest, entry.signature, entry.publicKey)) {
      fail('sheet-signature-invalid', '签名与评分表内容不符（评分表在专家签字后被改动，或签名被替换）', 'the signature does not match the sheet (the sheet was changed after the expert signed, or the signature was replaced)');
      continue;
    }
    if (sheet.expertId !== id || sheet.sessionId !== p.session.sessionId || sheet.rulesHash !== p.session.rulesHash || sheet.dissent !== entry.dissent) {
      fail('sheet-mismatch', '评分表属于另一位专家、另一场评审会或另一套规则', 'the sheet belongs to another expert, session or set of rules');
      continue;
    }
    const foreign = sheet.cells.find((c) => c.expertId !== id || !nominations.has(c.nominationId));
    if (foreign) {
      fail('sheet-mismatch', `评分表含有不属于该专家或本评审会的评分（${foreign.expertId} / ${foreign.nominationId}）`, `the sheet holds a cell that is not this expert's or not of this session (${foreign.expertId} / ${foreign.nominationId})`);
      continue;
    }
    good += 1;
  }
  if (!report.hasFailed('sheets')) report.pass('sheets', DATA.signatures, `${good} 位专家的评分表签名全部有效`, `all ${good} experts' sheet signatures are valid`);
}

export interface Recomputed {
  ranking: Ranking;
}

/** JSON has no undefined and no -0: compare the recomputed value in the form it would have been written in. */
const asJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/**
 * Aggregation and ranking recomputed from the raw cells of the signed sheets, under the frozen rules and the
 * recorded panel votes, must equal results.json value for value. Cells are taken in the order the meeting laptop
 * reads them (expert, then nomination, by bytes) so every floating-point sum is done in the same order.
 */
export function checkResults(p: ParsedBundle, rules: SessionRules, report: ReportBuilder): Recomputed | undefined {
  const file = DATA.results;
  const cells = [...p.sheets.values()]
    .flatMap((s) => s.cells)
    .sort((a, b) => compareUtf8(a.expertId, b.expertId) || compareUtf8(a.nominationId, b.nominationId));
  const valid = validateParsedCells(rules, scoreCells(cells));
  const aggregation = valid.ok ? ok(aggregateValid(rules, valid.value)) : valid;
  if (!aggregation.ok) {
    report.fail('results', 'results-invalid', file, `评分无法汇总：${aggregation.error.message.zh}`, `the scores cannot be aggregated: ${aggregation.error.message.en}`);
    return undefined;
  }
  const decisions = p.results.votes.map(({ nominationIds, order, record }) => ({ nominationIds, order, record }));
  const ranking = rank(rules, aggregation.value, decisions);
  if (!ranking.ok) {
    report.fail('results', 'results-invalid', file, `无法排名：${ranking.error.message.zh}`, `cannot rank: ${ranking.error.message.en}`);
    return undefined;
  }
  const r = p.results;
  const d: Difference | null =
    (r.sessionId !== p.session.sessionId ? { path: 'sessionId', recorded: r.sessionId, recomputed: p.session.sessionId } : null) ??
    (r.rulesHash !== p.session.rulesHash ? { path: 'rulesHash', recorded: r.rulesHash, recomputed: p.session.rulesHash } : null) ??
    (r.method !== rules.method ? { path: 'method', recorded: r.method, recomputed: rules.method } : null) ??
    firstDifference(r.aggregation, asJson(aggregation.value), 'aggregation') ??
    firstDifference(r.ranking, asJson(ranking.value), 'ranking');
  if (d) {
    report.fail('results', 'results-mismatch', file, `${d.path} 记录为 ${shown(d.recorded)}，由签名评分表重算为 ${shown(d.recomputed)}`, `${d.path} is ${shown(d.recorded)} but recomputes from the signed sheets to ${shown(d.recomputed)}`);
  } else {
    report.pass('results', file, `由 ${cells.length} 个评分单元重算，汇总与排名完全一致`, `recomputed from ${cells.length} cells: aggregation and ranking match exactly`);
  }
  return { ranking: ranking.value };
}

/** The panel leader's signature over the summary, and the summary is the recomputed ranking and list. */
export function checkSummary(p: ParsedBundle, digests: Map<string, string>, recomputed: Recomputed | undefined, report: ReportBuilder): void {
  const s = p.signatures.summary;
  const file = DATA.summary;
  const digest = digests.get(file);
  if (s.file !== file || !digest) {
    report.fail('summary', 'summary-signature-missing', DATA.signatures, '缺少组长签名的汇总表', "the panel leader's signed summary is missing");
    return;
  }
  if (s.signerId !== p.session.leaderId) {
    report.fail('summary', 'summary-signature-invalid', DATA.signatures, `汇总表签字人 ${s.signerId} 不是组长 ${p.session.leaderId}`, `the summary is signed by ${s.signerId}, not by the leader ${p.session.leaderId}`);
    return;
  }
  // The leader signs with the key they checked in with (the key on their signed paper), like every expert's sheet.
  const leaderKey = p.session.experts.find((e) => e.expertId === s.signerId)?.publicKey;
  if (leaderKey !== s.publicKey) {
    report.fail('summary', 'summary-key-mismatch', DATA.signatures, `汇总表的签名密钥不是组长 ${s.signerId} 签到时使用的密钥`, `the summary is signed with a key other than the one leader ${s.signerId} checked in with`);
    return;
  }
  if (keyId(s.publicKey) !== s.keyId || digest !== s.payloadSha256 || !verifyDigest(SUMMARY_KIND, digest, s.signature, s.publicKey)) {
    report.fail('summary', 'summary-signature-invalid', file, '组长签名与汇总表内容不符', "the leader's signature does not match the summary");
    return;
  }
  if (!recomputed) return;
  const rows = recomputed.ranking.rows;
  const expected = {
    sessionId: p.session.sessionId,
    rulesHash: p.session.rulesHash,
    ranking: rows.map((r) => ({ nominationId: r.nominationId, rank: r.rank, score: r.score, inCut: r.inCut })),
    proposedList: rows.filter((r) => r.inCut).map((r) => r.nominationId),
    votes: p.results.votes,
  };
  const d = firstDifference(p.summary, asJson(expected));
  if (d) {
    report.fail('summary', 'summary-mismatch', file, `组长签署的 ${d.path} 为 ${shown(d.recorded)}，重算为 ${shown(d.recomputed)}`, `the leader signed ${d.path} = ${shown(d.recorded)}, which recomputes to ${shown(d.recomputed)}`);
    return;
  }
  report.pass('summary', file, `组长 ${s.signerId} 的签名有效，签署的排名与重算一致`, `leader ${s.signerId}'s signature is valid and the signed ranking recomputes`);
}

/** The proposed list is the recomputed in-cut rows, with the session's names for them. */
export function checkProposed(p: ParsedBundle, rules: SessionRules, recomputed: Recomputed | undefined, report: ReportBuilder): void {
  if (!recomputed) return;
  const byId = new Map(p.session.nominations.map((n) => [n.id, n]));
  const expected = {
    sessionId: p.session.sessionId,
    year: p.session.year,
    cut: rules.cut,
    entries: recomputed.ranking.rows
      .filter((r) => r.inCut)
      .map((r) => {
        const n = byId.get(r.nominationId);
        return {
          position: r.position,
          rank: r.rank,
          nominationId: r.nominationId,
          studioName: n?.studioName ?? '',
          leaderName: n?.leaderName ?? '',
          workUnitName: n?.workUnitName ?? '',
          recommendingUnit: n?.recommendingUnit ?? '',
          score: r.score,
        };
      }),
  };
  const d = firstDifference(p.proposed, asJson(expected));
  if (d) {
    report.fail('proposed', 'proposed-mismatch', DATA.proposed, `${d.path} 为 ${shown(d.recorded)}，应为 ${shown(d.recomputed)}`, `${d.path} is ${shown(d.recorded)}, expected ${shown(d.recomputed)}`);
    return;
  }
  report.pass('proposed', DATA.proposed, `${expected.entries.length} 个推荐对象，与重算的建议名单一致`, `${expected.entries.length} nominations, the same as the recomputed proposed list`);
}
