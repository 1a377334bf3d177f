import type { Selectable } from 'kysely';
import type { IssuedPackageView, PackageOrigin } from '../../../src-shared/api/ops/issued-package';
import type { FileDownload } from '../../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../../src-shared/result';
import { auditSubject } from '../../../src-shared/audit/subjects';
import { fingerprint } from '../../crypto/keys';
import { readJson } from '../../store/json-columns';
import type { IssuedPackagesTable } from '../../store/schema-types';
import type { ServiceContext } from '../context';
import { deviceKeyInfo } from '../device-key';
import { fileDownload } from '../downloads';
import { storeTrust } from '../../office/trust-store';
import { nominationHashes, nominationRecordProblems, readIssuedPackage, type PackageTerms, type ReadPackage } from './payload';

/**
 * The packages this computer holds: those it issued (the office) and those it took in (a meeting laptop), one per
 * session id, kept as signed. The office's own are what a result bundle is held against.
 */
type PackageRow = Selectable<IssuedPackagesTable>;

function row(ctx: ServiceContext, sessionId: string): PackageRow | undefined {
  return ctx.store.first(ctx.store.q.selectFrom('issued_packages').selectAll().where('session_id', '=', sessionId));
}

const bytesOf = (r: PackageRow) => Buffer.from(r.content, 'utf8');

/** The package as recorded; it was checked when it was recorded, so a failure here is a changed database. */
function payloadOf(r: PackageRow): ReadPackage {
  const read = readIssuedPackage(bytesOf(r));
  if (isErr(read)) throw new Error(`issued_packages: the package of ${r.session_id} no longer reads: ${read.error.message.en}`);
  return read.value;
}

function view(ctx: ServiceContext, r: PackageRow): IssuedPackageView {
  const { payload } = payloadOf(r);
  const inSession = ctx.store.first(ctx.store.q.selectFrom('scoring_sessions').select('session_id').where('session_id', '=', r.session_id)) !== undefined;
  return {
    sessionId: r.session_id,
    year: r.year,
    origin: r.origin,
    packageSha256: r.package_sha256,
    signerKeyId: r.signer_key_id,
    nominations: payload.nominations.length,
    poolHash: r.pool_hash,
    stratumBy: payload.pool.stratumBy,
    rulesHash: r.rules_hash,
    cut: payload.rules.cut,
    panelSize: r.panel_size,
    issuedAt: r.issued_at,
    recordedAt: r.recorded_at,
    recordedBy: r.recorded_by,
    inSession,
  };
}

export function listPackages(ctx: ServiceContext, year?: number): IssuedPackageView[] {
  let q = ctx.store.q.selectFrom('issued_packages').selectAll().orderBy('recorded_at');
  if (year !== undefined) q = q.where('year', '=', year);
  return ctx.store.all(q).map((r) => view(ctx, r));
}

const noPackage = (sessionId: string) =>
  err(
    'package-missing',
    `评审会 ${sessionId} 没有评审会授权包：请办公室先签发授权包（或在本机导入办公室签发的授权包文件）`,
    `Session ${sessionId} has no issued session package: the office issues one first (or import the package file the office issued)`,
  );

/** The package a session is made from: the one issued here or taken in here for `sessionId`. */
export function sessionPackage(ctx: ServiceContext, sessionId: string): Result<ReadPackage & { bytes: Buffer }> {
  const r = row(ctx, sessionId);
  return r ? ok({ ...payloadOf(r), bytes: bytesOf(r) }) : noPackage(sessionId);
}

export function packageFile(ctx: ServiceContext, sessionId: string): Result<FileDownload> {
  const r = row(ctx, sessionId);
  return r ? ok(fileDownload(`评审会授权包-${sessionId}.json`, 'application/json', bytesOf(r))) : noPackage(sessionId);
}

/**
 * What the office issued for `sessionId`, or undefined when it issued nothing for it: a package this computer only
 * took in does not count, so a meeting laptop cannot vouch for a bundle with a package it was handed.
 */
export function issuedTerms(ctx: ServiceContext, sessionId: string): PackageTerms | undefined {
  const r = row(ctx, sessionId);
  if (!r || r.origin !== 'issued') return undefined;
  return {
    sessionId: r.session_id,
    year: r.year,
    packageSha256: r.package_sha256,
    signerKeyId: r.signer_key_id,
    issuedAt: r.issued_at,
    nominations: readJson('issued_packages.nominations', r.nominations),
    poolHash: r.pool_hash,
    rulesHash: r.rules_hash,
    panelSize: r.panel_size,
  };
}

/** Writes the record and its audit entry; call inside a transaction. Refuses a second package for a session. */
function record(ctx: ServiceContext, read: ReadPackage, bytes: Buffer, origin: PackageOrigin): Result<IssuedPackageView> {
  const { payload, signer, sha256 } = read;
  const { store } = ctx;
  const known = row(ctx, payload.sessionId);
  if (known?.package_sha256 === sha256 && known.origin === origin) return ok(view(ctx, known));
  if (known) {
    return err(
      'package-session-taken',
      `本机已有评审会 ${payload.sessionId} 的授权包（${known.package_sha256.slice(0, 16)}…，${known.recorded_at}），不能再记录另一个：更正请用新的评审会编号`,
      `This computer already holds a package for session ${payload.sessionId} (${known.package_sha256.slice(0, 16)}…, ${known.recorded_at}); another cannot be recorded: a correction takes a new session id`,
    );
  }
  if (store.first(store.q.selectFrom('scoring_sessions').select('session_id').where('session_id', '=', payload.sessionId))) {
    return err('session-exists', `评审会编号 ${payload.sessionId} 已存在`, `Session ${payload.sessionId} already exists`);
  }
  const values: PackageRow = {
    package_sha256: sha256,
    session_id: payload.sessionId,
    year: payload.year,
    origin,
    signer_key_id: signer.keyId,
    nominations: JSON.stringify(nominationHashes(payload.nominations)),
    pool_hash: payload.pool.hash,
    rules_hash: payload.rulesHash,
    panel_size: payload.panelSize,
    content: bytes.toString('utf8'),
    issued_at: payload.issuedAt,
    recorded_at: ctx.now().toISOString(),
    recorded_by: ctx.actor,
  };
  store.run(store.q.insertInto('issued_packages').values(values));
  store.audit({
    actor: ctx.actor,
    action: origin === 'issued' ? 'package.issue' : 'package.receive',
    subject: auditSubject.session(payload.sessionId),
    details: {
      packageSha256: sha256,
      year: payload.year,
      signerKeyId: signer.keyId,
      nominations: payload.nominations.length,
      poolHash: payload.pool.hash,
      stratumBy: payload.pool.stratumBy,
      rulesHash: payload.rulesHash,
      panelSize: payload.panelSize,
    },
  });
  return ok(view(ctx, values));
}

/**
 * Records a package this computer signed with its own device key as issued here. The key is the proof: bytes
 * signed by any other key are refused, so nothing but this computer's own signature becomes an office record.
 */
export function recordIssuedPackage(ctx: ServiceContext, bytes: Buffer): Result<IssuedPackageView> {
  const read = readIssuedPackage(bytes);
  if (isErr(read)) return read;
  if (read.value.signer.publicKey !== deviceKeyInfo(ctx).publicKey) {
    return err('package-not-own', '该授权包不是本机密钥签发的', 'This package was not signed by this computer’s key');
  }
  return ctx.store.transaction(() => record(ctx, read.value, bytes, 'issued'));
}

/**
 * A meeting laptop takes in a package file: its signature must hold and its signer must be in the trust store as
 * an office (enrolled from the office's key file, fingerprint compared). Refused: nothing written.
 */
export function receivePackage(ctx: ServiceContext, bytes: Buffer): Result<IssuedPackageView> {
  const read = readIssuedPackage(bytes);
  if (isErr(read)) return read;
  const problems = nominationRecordProblems(read.value.payload);
  if (problems.length) return err('package-invalid', '不是有效的评审会授权包：推荐对象记录不完整', 'Not a valid issued session package: its nomination records are incomplete', problems);
  const { keyId, publicKey } = read.value.signer;
  const trust = storeTrust(ctx, 'office')(keyId, publicKey);
  const fp = fingerprint(publicKey);
  if (trust.status === 'not-enrolled') {
    return err(
      'package-signer-not-enrolled',
      `授权包的签发密钥（${keyId}，指纹 ${fp}）不在本机信任名单中：请先登记办公室的密钥文件（角色：办公室）`,
      `The package's signing key (${keyId}, fingerprint ${fp}) is not in this computer's trust store: enrol the office's key file first (role: office)`,
    );
  }
  if (trust.status === 'revoked') {
    return err('package-signer-revoked', `授权包的签发密钥 ${keyId}（${trust.label}）已于 ${trust.revokedAt} 被吊销`, `The package's signing key ${keyId} (${trust.label}) was revoked on ${trust.revokedAt}`);
  }
  if (trust.status === 'wrong-role') {
    return err('package-signer-wrong-role', `授权包的签发密钥 ${keyId}（${trust.label}）登记的角色是 ${trust.role}，不是办公室`, `The package's signing key ${keyId} (${trust.label}) is enrolled as ${trust.role}, not as an office`);
  }
  return ctx.store.transaction(() => record(ctx, read.value, bytes, 'received'));
}
