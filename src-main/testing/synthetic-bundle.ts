import seedrandom from 'seedrandom';
import type { AuditEntry } from '../../src-shared/audit/catalog';
import { auditRowProblem } from '../../src-shared/audit/check-row';
import { auditSubject } from '../../src-shared/audit/subjects';
import { canonicalJson } from '../../src-shared/canonical-json';
import { runDraw } from '../../src-shared/draw';
import { compareUtf8 } from '../../src-shared/draw/hash';
import type { PoolEntry } from '../../src-shared/draw/pool-snapshot';
import { verifyProtocol } from '../../src-shared/draw/protocol';
import { aggregate } from '../../src-shared/scoring/aggregate';
import { rank } from '../../src-shared/scoring/rank';
import type { Rubric } from '../../src-shared/scoring/rubric';
import { parseSessionRules, rulesHash, type SessionRules } from '../../src-shared/scoring/session-rules';
import { sha256Hex } from '../../src-shared/sha256';
import type { CellView } from '../../src-shared/api/views';
import { seal, serializeEnvelope, type SigningKeys } from '../crypto/envelope';
import { ISSUED_PACKAGE, type IssuedPackagePayload } from '../services/issued-packages/payload';
import { SECTORS } from '../../src-shared/domain/vocabulary';
import { generateKeyPair, keyId, privateKeyFromPkcs8 } from '../crypto/keys';
import { sign } from '../crypto/signing';
import { scoreCells } from '../services/scoring/results';
import { auditRowHash, GENESIS_HASH } from '../store/audit-log';
import { SCORE_SHEET_KIND, SUMMARY_KIND, type BundleData } from '../bundle/render';
import type { ExportedAuditRow, ScoreSheet, SessionFile } from '../bundle/schemas';

/**
 * A complete, valid bundle made up from a seed, without a database or a printer: a draw over a synthetic pool,
 * experts with keys of their own signing their sheets, results, the leader's summary and a chained audit log,
 * with the same shape and the same checks as a real meeting's. For the benchmark (200 nominations × 25 experts ×
 * 10 criteria) and for tests that need bundles of other sessions or years.
 */
export interface SyntheticOptions {
  sessionId?: string;
  year?: number;
  nominations: number;
  experts: number;
  criteria: number;
  seed?: number;
  /** Signs the session's issued package (the office's key, for a bundle an office is to take in); default: a key of its own. */
  issuer?: SigningKeys;
  /** Carried instead of a package made here (a forger carrying a real session's package). */
  issuedPackage?: Buffer;
  /** A real session's nominations and rules, used instead of made-up ones (a forger reusing them). */
  like?: { nominations: SessionFile['nominations']; rules: SessionRules };
  /** A real expert pool (strata by sector) to draw from instead of a made-up one. */
  pool?: PoolEntry[];
  /** The nominations' ids start with it (`N` by default): bundles of one year need ids of their own. */
  nominationPrefix?: string;
}

const STRATA = ['教育', '科技', '文化', '卫生', '体育'];

function rubricOf(n: number): Rubric {
  return {
    criteria: Array.from({ length: n }, (_, i) => ({
      id: i === 0 ? 'innovation-results' : `c${String(i + 1).padStart(2, '0')}`,
      zh: `评分项 ${i + 1}`,
      en: `Criterion ${i + 1}`,
      descriptors: { zh: '高分：突出；低分：一般。', en: 'High: outstanding; low: ordinary.' },
      maxPoints: 10,
      step: 0.5,
      weight: 1,
    })),
  };
}

const keysOf = (): SigningKeys => {
  const pair = generateKeyPair();
  return { privateKey: privateKeyFromPkcs8(pair.privateKeyPkcs8), publicKey: pair.publicKey };
};

/** The package file for a synthetic session, signed as an office would sign it. */
function syntheticPackage(payload: IssuedPackagePayload, issuer: SigningKeys): Buffer {
  return Buffer.from(serializeEnvelope(seal(ISSUED_PACKAGE, payload, issuer)), 'utf8');
}

export function syntheticBundleData(o: SyntheticOptions): BundleData {
  const year = o.year ?? 2026;
  const sessionId = o.sessionId ?? `${year}-SYN`;
  const rand = seedrandom(`synthetic|${o.seed ?? 1}`);
  const t0 = Date.UTC(year, 10, 20, 1, 0, 0);
  let clock = 0;
  const at = () => new Date(t0 + 1000 * clock++).toISOString();
  const deviceId = 'synthetic-meeting-laptop';

  // The draw: each stratum seats its share of the panel from a pool four times that size.
  const perStratum = STRATA.map((_, i) => Math.floor(o.experts / STRATA.length) + (i < o.experts % STRATA.length ? 1 : 0));
  const pool =
    o.pool ??
    STRATA.flatMap((stratum, s) =>
      Array.from({ length: perStratum[s] * 4 + 2 }, (_, i) => ({ id: `X${s}${String(i).padStart(4, '0')}`, unitCode: `U${s}${String(i).padStart(4, '0')}`, stratum })),
    );
  const drawId = `${year}-DRAW-SYN`;
  const config = {
    drawId,
    quotas: Object.fromEntries(STRATA.map((s, i) => [s, perStratum[i]])),
    alternates: Object.fromEntries(STRATA.map((s) => [s, 1])),
    unitCap: 1,
    excludedUnitCodes: ['U00001'],
    excludedIds: [],
    exclusionReasons: { units: { U00001: '推荐对象 N0001 的工作单位' }, ids: {} },
  };
  const witnesses = ['王监督', '李见证', '赵公证'].map((name, i) => ({ name, first: `31415926${i}${i}`, second: `31415926${i}${i}` }));
  const drawn = runDraw({ pool, config, witnesses, metadata: { place: '合成会场', operator: '合成操作人', time: at() } });
  if (!drawn.ok) throw new Error(`synthetic draw: ${drawn.error.message.en}`);
  const protocol = drawn.value;
  const verified = verifyProtocol(protocol);
  if (!verified.ok) throw new Error(`synthetic draw: ${verified.error.message.en}`);
  const seats = verified.value.panel.panel;

  const nominationIds = o.like?.rules.nominationIds ?? Array.from({ length: o.nominations }, (_, i) => `${o.nominationPrefix ?? 'N'}${String(i + 1).padStart(4, '0')}`);
  const parsedRules = o.like ? { ok: true as const, value: o.like.rules } : parseSessionRules({ sessionId, year, nominationIds, rubric: rubricOf(o.criteria) });
  if (!parsedRules.ok) throw new Error(`synthetic rules: ${parsedRules.error.message.en}`);
  const rules = parsedRules.value;
  const hash = rulesHash(rules);

  const panel = seats.map((s) => ({ expertId: s.expertId, name: `专家${s.expertId}`, unitName: `单位${s.unitCode}`, stratum: s.stratum }));
  const keys = new Map(panel.map((p) => [p.expertId, keysOf()]));
  const leaderId = panel[0].expertId;

  // The package the office issued for the session, made before the meeting: the session is made from it.
  const nominations =
    o.like?.nominations ??
    nominationIds.map((id, i) => ({
      id,
      studioName: `合成工作室${i + 1}`,
      leaderName: `领衔人${i + 1}`,
      workUnitName: `工作单位${i + 1}`,
      recommendingUnit: `推荐单位${(i % 12) + 1}`,
      sector: SECTORS[i % SECTORS.length],
    }));
  const issuedPackage =
    o.issuedPackage ??
    syntheticPackage(
      { sessionId, year, issuedAt: new Date(t0 - 86_400_000).toISOString(), nominations, pool: { hash: protocol.poolHash, stratumBy: 'sector', experts: pool.length }, rules, rulesHash: hash, panelSize: panel.length },
      o.issuer ?? keysOf(),
    );
  const audit: ExportedAuditRow[] = [];
  const log = (entry: AuditEntry) => {
    const problem = auditRowProblem(entry);
    if (problem) throw new Error(`synthetic audit row: ${problem.message.en}`);
    const record = { seq: audit.length + 1, at: at(), deviceId, ...entry, prevHash: audit.at(-1)?.hash ?? GENESIS_HASH };
    audit.push({ ...record, hash: auditRowHash(record) });
  };
  const selected = protocol.result.filter((r) => r.status === 'selected').map((r) => r.id);
  log({ actor: 'synthetic', action: 'draw.run', subject: auditSubject.draw(drawId), details: { seed: protocol.seed, witnesses: protocol.witnesses, selected } });
  log({ actor: 'synthetic', action: 'session.create', subject: auditSubject.session(sessionId), details: { drawId, panel: panel.map((p) => p.expertId), nominations: nominationIds.length, packageSha256: sha256Hex(issuedPackage) } });
  log({ actor: 'synthetic', action: 'session.freeze', subject: auditSubject.session(sessionId), details: { rulesHash: hash } });

  // Scores: a quality per nomination, a leniency per expert, noise per cell, one declared conflict.
  const quality = nominationIds.map(() => 0.35 + 0.6 * rand());
  const sheets: BundleData['sheets'] = [];
  const allCells: CellView[] = [];
  for (const [e, member] of panel.entries()) {
    const lean = (rand() - 0.5) * 0.1;
    const cells: CellView[] = nominationIds.map((nominationId, n) => {
      if (e === 0 && n === 0) {
        return { expertId: member.expertId, nominationId, state: 'recused', criteria: {}, comment: '', recusalReason: '曾在该单位兼职', updatedAt: at() };
      }
      const criteria = Object.fromEntries(
        rules.rubric.criteria.map((c) => [c.id, Math.min(c.maxPoints, Math.max(0, Math.round(((quality[n] + lean + (rand() - 0.5) * 0.2) * c.maxPoints) / c.step) * c.step))]),
      );
      return { expertId: member.expertId, nominationId, state: 'scored', criteria, comment: '材料翔实', recusalReason: '', updatedAt: at() };
    });
    const actor = `expert:${member.expertId}`;
    for (const [version, c] of cells.entries()) {
      const details = { version: version + 1, state: c.state, criteria: c.criteria, comment: c.comment, recusalReason: c.recusalReason, changeReason: '' };
      log({ actor, action: 'score.save', subject: auditSubject.scoreCell(sessionId, member.expertId, c.nominationId), details });
    }
    log({ actor, action: 'score.lock', subject: auditSubject.sessionExpert(sessionId, member.expertId), details: { version: cells.length } });
    const payload: ScoreSheet = { sessionId, rulesHash: hash, expertId: member.expertId, cells, dissent: '' };
    sheets.push({ payload, signature: sign(SCORE_SHEET_KIND, payload, keys.get(member.expertId)!.privateKey), publicKey: keys.get(member.expertId)!.publicKey, signedAt: at() });
    log({ actor, action: 'signoff.expert', subject: auditSubject.sessionExpert(sessionId, member.expertId), details: { dissent: '' } });
    allCells.push(...cells);
  }

  const sorted = [...allCells].sort((a, b) => compareUtf8(a.expertId, b.expertId) || compareUtf8(a.nominationId, b.nominationId));
  const aggregation = aggregate(rules, scoreCells(sorted));
  if (!aggregation.ok) throw new Error(aggregation.error.message.en);
  let ranking = rank(rules, aggregation.value, []);
  const votes = !ranking.ok
    ? []
    : ranking.value.needsPanelVote.map((t) => ({ nominationIds: t.nominationIds, order: [...t.nominationIds].sort(), record: '专家组举手表决', at: at() }));
  ranking = rank(rules, aggregation.value, votes.map(({ nominationIds, order, record }) => ({ nominationIds, order, record })));
  if (!ranking.ok) throw new Error(ranking.error.message.en);
  const rows = ranking.value.rows;
  const summaryPayload = {
    sessionId,
    rulesHash: hash,
    ranking: rows.map((r) => ({ nominationId: r.nominationId, rank: r.rank, score: r.score, inCut: r.inCut })),
    proposedList: rows.filter((r) => r.inCut).map((r) => r.nominationId),
    votes,
  };
  const leaderKeys = keys.get(leaderId)!;
  log({ actor: 'synthetic', action: 'signoff.summary', subject: auditSubject.session(sessionId), details: { leader: leaderId, summaryHash: sha256Hex(canonicalJson(summaryPayload)) } });

  const byId = new Map(nominations.map((n) => [n.id, n]));
  const asJson = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;
  return {
    createdAt: at(),
    deviceId,
    appVersion: 'synthetic',
    session: {
      sessionId,
      year,
      drawId,
      drawSeed: protocol.seed,
      rules,
      rulesHash: hash,
      leaderId,
      frozenAt: at(),
      signedAt: at(),
      panel,
      experts: panel.map((p) => ({ expertId: p.expertId, keyId: keyId(keys.get(p.expertId)!.publicKey), publicKey: keys.get(p.expertId)!.publicKey, local: true, checkedInAt: at(), lockedAt: at() })),
      nominations,
    },
    protocol,
    sheets,
    summary: { signerId: leaderId, payload: summaryPayload, signature: sign(SUMMARY_KIND, summaryPayload, leaderKeys.privateKey), publicKey: leaderKeys.publicKey, signedAt: at() },
    results: asJson({ sessionId, rulesHash: hash, method: rules.method, aggregation: aggregation.value, ranking: ranking.value, votes }) as unknown as BundleData['results'],
    proposed: {
      sessionId,
      year,
      cut: rules.cut,
      entries: rows
        .filter((r) => r.inCut)
        .map((r) => {
          const n = byId.get(r.nominationId)!;
          return { position: r.position, rank: r.rank, nominationId: r.nominationId, studioName: n.studioName, leaderName: n.leaderName, workUnitName: n.workUnitName, recommendingUnit: n.recommendingUnit, score: r.score };
        }),
    },
    audit: { deviceId, entries: audit.length, headHash: audit.at(-1)!.hash, rows: audit },
    issuedPackage,
    human: [],
  };
}
