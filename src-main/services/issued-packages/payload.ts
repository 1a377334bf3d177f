import { z } from 'zod';
import { STRATUM_BY } from '../../../src-shared/api/views';
import { canonicalJson } from '../../../src-shared/canonical-json';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { rulesHash, sessionRulesSchema, type SessionRules } from '../../../src-shared/scoring/session-rules';
import { sha256Hex } from '../../../src-shared/sha256';
import { zodProblems } from '../../../src-shared/zod-problems';
import { openEnvelope, parseEnvelopeFile, type Signer } from '../../crypto/envelope';
import { JSON_COLUMNS } from '../../store/json-columns';

/**
 * The issued session package (评审会授权包) as a file: a signed envelope of kind `issued-package` whose payload is
 * what the office decided before the meeting. Read here by the meeting laptop that takes it in and by the
 * verifier of a result bundle that carries it; what the two compare a session with are its {@link PackageTerms}.
 */
export const ISSUED_PACKAGE = 'issued-package';

const sha256 = z.string().regex(/^[0-9a-f]{64}$/, 'SHA-256 hex');

export const issuedPackagePayloadSchema = z.strictObject({
  sessionId: z.string().min(1).max(100),
  year: z.number().int().min(2000).max(2100),
  issuedAt: z.string().min(1).max(40),
  /** The screened nominations exactly as the session holds them (its frozen records; a laptop checks them whole when it takes the package in). */
  nominations: z
    .array(z.looseObject({ id: z.string().min(1).max(100), studioName: z.string(), leaderName: z.string(), workUnitName: z.string(), recommendingUnit: z.string() }))
    .min(1)
    .max(10_000),
  /** The expert pool snapshot (HN-DRAW-1) the meeting's draw must commit to: its hash, how it was stratified, its size. */
  pool: z.strictObject({ hash: sha256, stratumBy: z.enum(STRATUM_BY), experts: z.number().int().min(1) }),
  /** Checked against `sessionRulesSchema` and `rulesHash` by {@link readIssuedPackage}. */
  rules: z.unknown(),
  rulesHash: sha256,
  panelSize: z.number().int().min(1).max(1000),
});
export type IssuedPackagePayload = Omit<z.output<typeof issuedPackagePayloadSchema>, 'rules'> & { rules: SessionRules };

export interface NominationHash {
  id: string;
  sha256: string;
}

/** What a session must agree with, and a result bundle is held against. */
export interface PackageTerms {
  sessionId: string;
  year: number;
  packageSha256: string;
  signerKeyId: string;
  issuedAt: string;
  nominations: NominationHash[];
  poolHash: string;
  rulesHash: string;
  panelSize: number;
}

/** A nomination's content hash: SHA-256 of its RFC 8785 canonical JSON, so equal records hash equal wherever they are. */
export function nominationHashes(nominations: readonly { id: string }[]): NominationHash[] {
  return nominations.map((n) => ({ id: n.id, sha256: sha256Hex(canonicalJson(n)) }));
}

export function termsOf(payload: IssuedPackagePayload, packageSha256: string, signerKeyId: string): PackageTerms {
  return {
    sessionId: payload.sessionId,
    year: payload.year,
    packageSha256,
    signerKeyId,
    issuedAt: payload.issuedAt,
    nominations: nominationHashes(payload.nominations),
    poolHash: payload.pool.hash,
    rulesHash: payload.rulesHash,
    panelSize: payload.panelSize,
  };
}

/** Whether every nomination is a whole record a session can hold (checked where a session may be made from it). */
export function nominationRecordProblems(payload: IssuedPackagePayload): ReturnType<typeof zodProblems> {
  const schema = JSON_COLUMNS['scoring_sessions.nominations'];
  return schema.safeParse(payload.nominations).success ? [] : zodProblems(schema, payload.nominations);
}

export interface ReadPackage {
  payload: IssuedPackagePayload;
  signer: Signer;
  sha256: string;
}

const invalid = (zh: string, en: string, details?: ReturnType<typeof zodProblems>) =>
  err('package-invalid', `不是有效的评审会授权包：${zh}`, `Not a valid issued session package: ${en}`, details);

/**
 * The package file's bytes → its payload, when the signature over it holds (by whichever key: who may issue is the
 * reader's question) and its parts agree: the rules are valid, complete, hash to `rulesHash` and name this
 * session, year and nominations.
 */
export function readIssuedPackage(bytes: Buffer): Result<ReadPackage> {
  const json = parseEnvelopeFile(bytes);
  if (isErr(json)) return invalid(json.error.message.zh, json.error.message.en);
  const opened = openEnvelope(json.value, { kind: ISSUED_PACKAGE });
  if (isErr(opened)) return invalid(opened.error.message.zh, opened.error.message.en, opened.error.details);
  const shape = issuedPackagePayloadSchema.safeParse(opened.value.payload);
  if (!shape.success) return invalid('内容不完整', 'its content is incomplete', zodProblems(issuedPackagePayloadSchema, opened.value.payload));
  const p = shape.data;
  const rules = sessionRulesSchema.safeParse(p.rules);
  if (!rules.success) return invalid('评审规则无效', 'its rules are not valid', zodProblems(sessionRulesSchema, p.rules));
  if (canonicalJson(rules.data) !== canonicalJson(p.rules)) return invalid('评审规则不是完整的存储形式', 'its rules are not in their complete, stored form');
  if (rulesHash(rules.data) !== p.rulesHash) return invalid('评审规则与其哈希不符', 'its rules do not match their hash');
  if (rules.data.sessionId !== p.sessionId || rules.data.year !== p.year) return invalid('评审规则的编号或年度与授权包不符', 'its rules name another session or year');
  if (canonicalJson(rules.data.nominationIds) !== canonicalJson(p.nominations.map((n) => n.id))) {
    return invalid('评审规则中的推荐对象与授权包的推荐对象不一致', "its rules' nominations are not its nominations");
  }
  return ok({ payload: { ...p, rules: rules.data }, signer: opened.value.signer, sha256: sha256Hex(bytes) });
}
