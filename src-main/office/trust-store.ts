import os from 'node:os';
import type { Selectable } from 'kysely';
import { z } from 'zod';
import type { KeyFilePreview, KeyRole, TrustedKeyView } from '../../src-shared/api/ops/bundle';
import type { FileDownload } from '../../src-shared/api/views';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import { zodProblems } from '../../src-shared/zod-problems';
import { openEnvelope, parseEnvelopeFile, seal, serializeEnvelope, type SigningKeys } from '../crypto/envelope';
import { fingerprint, keyId } from '../crypto/keys';
import type { TrustedKeysTable } from '../store/schema-types';
import type { ServiceContext } from '../services/context';
import { deviceKey, deviceKeyInfo } from '../services/device-key';
import { fileDownload } from '../services/downloads';
import { auditSubject } from '../../src-shared/audit/subjects';
import { trustLookup, type TrustLookup } from '../bundle/trust-lookup';

/**
 * The trust store: the public keys this installation accepts signatures from, each with a role.
 *
 * Keys travel as key files: this device's public key in a signed envelope (kind `key-file`) signed by the key
 * itself, which proves the file was made by whoever holds the private key. It does not prove *who* that is: that
 * is what the fingerprint is for. Before a key is enrolled, the fingerprint shown here is compared with the one
 * shown on the other machine (read out over the phone or from a printed sheet). Enrolment and revocation are
 * audited; a key is never deleted, only revoked with a reason.
 */

export const KEY_FILE = 'key-file';
const KEY_FILE_PURPOSE = 'studio-review device key';

const keyFilePayloadSchema = z.strictObject({
  purpose: z.literal(KEY_FILE_PURPOSE),
  publicKey: z.string(),
  label: z.string().max(100),
  deviceId: z.string().max(100),
  appVersion: z.string().max(50),
  exportedAt: z.string().max(40),
});
export type KeyFilePayload = z.output<typeof keyFilePayloadSchema>;

type TrustedKeyRow = Selectable<TrustedKeysTable>;

/** The bytes of a key file for `keys`, signed by the key itself. */
export function keyFileBytes(keys: SigningKeys, about: { label: string; deviceId: string; appVersion: string; exportedAt: string }): Buffer {
  const payload: KeyFilePayload = { purpose: KEY_FILE_PURPOSE, publicKey: keys.publicKey, ...about };
  return Buffer.from(serializeEnvelope(seal(KEY_FILE, payload, keys)), 'utf8');
}

/** This device's public key as a file to carry to the other side. Recorded: who handed the key out, when. */
export function exportKeyFile(ctx: ServiceContext, label?: string, passphrase?: string): Result<FileDownload> {
  const unlocked = deviceKey(ctx, passphrase);
  if (isErr(unlocked)) return unlocked;
  const keys = unlocked.value;
  const about = { label: label?.trim() || os.hostname().slice(0, 100) || ctx.store.deviceId, deviceId: ctx.store.deviceId, appVersion: ctx.appVersion };
  const bytes = keyFileBytes(keys, { ...about, exportedAt: ctx.now().toISOString() });
  const payload = about;
  const id = keyId(keys.publicKey);
  ctx.store.transaction(() => {
    ctx.store.audit({ actor: ctx.actor, action: 'keys.export', subject: auditSubject.key(id), details: { label: payload.label } });
    return ok(undefined);
  });
  return ok(fileDownload(`设备公钥-${id}.json`, 'application/json', bytes));
}

/** Reads a key file: its self-signature must hold and the key inside must be the key that signed it. */
export function readKeyFile(content: Buffer): Result<KeyFilePayload & { keyId: string; fingerprint: string }> {
  const bad = (zh: string, en: string, details?: ReturnType<typeof zodProblems>) =>
    err('key-file-invalid', `不是有效的设备公钥文件：${zh}`, `Not a valid device key file: ${en}`, details);
  const json = parseEnvelopeFile(content);
  if (isErr(json)) return bad(json.error.message.zh, json.error.message.en);
  const opened = openEnvelope(json.value, { kind: KEY_FILE });
  if (isErr(opened)) return bad(opened.error.message.zh, opened.error.message.en);
  const shape = keyFilePayloadSchema.safeParse(opened.value.payload);
  if (!shape.success) return bad('内容不完整', 'its content is incomplete', zodProblems(keyFilePayloadSchema, opened.value.payload));
  if (shape.data.publicKey !== opened.value.signer.publicKey) {
    return bad('文件中的公钥不是签署该文件的密钥', 'the key inside is not the key that signed the file');
  }
  return ok({ ...shape.data, keyId: opened.value.signer.keyId, fingerprint: fingerprint(shape.data.publicKey) });
}

function keyRow(ctx: ServiceContext, id: string): TrustedKeyRow | undefined {
  return ctx.store.first(ctx.store.q.selectFrom('trusted_keys').selectAll().where('key_id', '=', id));
}

function view(r: TrustedKeyRow): TrustedKeyView {
  return {
    keyId: r.key_id,
    fingerprint: r.fingerprint,
    publicKey: r.public_key,
    role: r.role,
    label: r.label,
    deviceId: r.device_id,
    enrolledAt: r.enrolled_at,
    enrolledBy: r.enrolled_by,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
    revokeReason: r.revoke_reason,
  };
}

export function listTrustedKeys(ctx: ServiceContext): TrustedKeyView[] {
  return ctx.store.all(ctx.store.q.selectFrom('trusted_keys').selectAll().orderBy('enrolled_at')).map(view);
}

/** What the person enrolling sees first: the key's fingerprint, and whether it is known already. */
export function previewKeyFile(ctx: ServiceContext, content: Buffer): Result<KeyFilePreview> {
  const file = readKeyFile(content);
  if (isErr(file)) return file;
  const known = keyRow(ctx, file.value.keyId);
  return ok({
    keyId: file.value.keyId,
    fingerprint: file.value.fingerprint,
    publicKey: file.value.publicKey,
    label: file.value.label,
    deviceId: file.value.deviceId,
    exportedAt: file.value.exportedAt,
    enrolled: known ? view(known) : null,
    isThisDevice: file.value.publicKey === deviceKeyInfo(ctx).publicKey,
  });
}

/** Spaces and case do not matter when a fingerprint is typed back. */
const normalizeFingerprint = (text: string) => text.replace(/\s+/g, '').toUpperCase();

export interface EnrolInput {
  content: Buffer;
  role: KeyRole;
  label?: string;
  /** The fingerprint the person compared; when given it must be this key's. */
  fingerprint?: string;
}

export function enrolKey(ctx: ServiceContext, input: EnrolInput): Result<TrustedKeyView> {
  const file = readKeyFile(input.content);
  if (isErr(file)) return file;
  const f = file.value;
  if (input.fingerprint !== undefined && normalizeFingerprint(input.fingerprint) !== normalizeFingerprint(f.fingerprint)) {
    return err(
      'fingerprint-mismatch',
      `指纹不一致：核对的指纹与密钥文件的指纹（${f.fingerprint}）不同，未登记。`,
      `Fingerprints differ: the fingerprint compared is not the key file's (${f.fingerprint}); nothing enrolled.`,
    );
  }
  if (f.publicKey === deviceKeyInfo(ctx).publicKey) {
    return err('key-is-this-device', '这是本机自己的密钥，无需登记。', "This is this device's own key; it need not be enrolled.");
  }
  const { store } = ctx;
  return store.transaction(() => {
    const known = keyRow(ctx, f.keyId);
    if (known?.revoked_at) {
      return err(
        'key-revoked',
        `密钥 ${f.keyId} 已于 ${known.revoked_at} 被吊销（原因：${known.revoke_reason}），不能再次登记。`,
        `Key ${f.keyId} was revoked on ${known.revoked_at} (reason: ${known.revoke_reason}) and cannot be enrolled again.`,
      );
    }
    if (known) {
      return err(
        'key-already-enrolled',
        `密钥 ${f.keyId} 已登记（${known.label}，角色 ${known.role}）。`,
        `Key ${f.keyId} is already enrolled (${known.label}, role ${known.role}).`,
      );
    }
    const row: TrustedKeyRow = {
      key_id: f.keyId,
      public_key: f.publicKey,
      role: input.role,
      label: input.label?.trim() || f.label || f.keyId,
      fingerprint: f.fingerprint,
      device_id: f.deviceId,
      enrolled_at: ctx.now().toISOString(),
      enrolled_by: ctx.actor,
      revoked_at: null,
      revoked_by: null,
      revoke_reason: null,
    };
    store.run(store.q.insertInto('trusted_keys').values(row));
    store.audit({
      actor: ctx.actor,
      action: 'keys.enrol',
      subject: auditSubject.key(f.keyId),
      details: { role: row.role, label: row.label, fingerprint: f.fingerprint, deviceId: f.deviceId, fingerprintCompared: input.fingerprint !== undefined },
    });
    return ok(view(row));
  });
}

export function revokeKey(ctx: ServiceContext, id: string, reason: string): Result<TrustedKeyView> {
  const { store } = ctx;
  const why = reason.trim();
  if (!why) return err('reason-required', '吊销密钥必须写明原因。', 'Revoking a key needs a reason.');
  return store.transaction(() => {
    const known = keyRow(ctx, id);
    if (!known) return err('key-not-found', `信任名单中没有密钥 ${id}。`, `No key ${id} in the trust store.`);
    if (known.revoked_at) return err('key-revoked', `密钥 ${id} 已于 ${known.revoked_at} 被吊销。`, `Key ${id} was already revoked on ${known.revoked_at}.`);
    const change = { revoked_at: ctx.now().toISOString(), revoked_by: ctx.actor, revoke_reason: why };
    store.run(store.q.updateTable('trusted_keys').set(change).where('key_id', '=', id));
    store.audit({ actor: ctx.actor, action: 'keys.revoke', subject: auditSubject.key(id), details: { reason: why, label: known.label, role: known.role } });
    return ok(view({ ...known, ...change }));
  });
}

/** This installation's trust store, for signatures that only a key of `role` may make. */
export function storeTrust(ctx: ServiceContext, role: KeyRole): TrustLookup {
  return trustLookup(listTrustedKeys(ctx), role);
}

/** For `bundle verify --trust FILE` without a data folder: the key files given are trusted in `role`. */
export function trustFromKeyFiles(files: { name: string; content: Buffer }[], role: KeyRole): Result<TrustLookup> {
  const keys: TrustedKeyView[] = [];
  for (const f of files) {
    const read = readKeyFile(f.content);
    if (isErr(read)) return err(read.error.code, `${f.name}：${read.error.message.zh}`, `${f.name}: ${read.error.message.en}`, read.error.details);
    const k = read.value;
    keys.push({
      keyId: k.keyId,
      fingerprint: k.fingerprint,
      publicKey: k.publicKey,
      role,
      label: k.label,
      deviceId: k.deviceId,
      enrolledAt: k.exportedAt,
      enrolledBy: f.name,
      revokedAt: null,
      revokedBy: null,
      revokeReason: null,
    });
  }
  return ok(trustLookup(keys, role));
}
