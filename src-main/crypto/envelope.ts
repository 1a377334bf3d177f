import { type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../src-shared/canonical-json';
import { err, ok, type Result } from '../../src-shared/result';
import { zodProblems } from '../../src-shared/zod-problems';
import { base64Bytes } from './base64';
import { ED25519_PUBLIC_KEY_BYTES, ED25519_SIGNATURE_BYTES, fingerprint, keyId, publicKeyToBase64 } from './keys';
import { isValidKind, sign, verifySignature } from './signing';

/**
 * The signed wrapper every file that leaves a laptop travels in (score files, session packages, …).
 * The signer is named inside the file so a reader can say *who* signed, but the name is only believed
 * after the key id is recomputed from the key, the key is on the reader's trust list, and the signature
 * checks out. The whole envelope is written as canonical JSON, so the same content is always the same bytes.
 */

export const ENVELOPE_FORMAT = 'studio-review-signed';
export const ENVELOPE_VERSION = 1;

export interface Signer {
  keyId: string;
  /** base64 raw Ed25519 public key */
  publicKey: string;
}

export interface SignedEnvelope<P = unknown> {
  format: typeof ENVELOPE_FORMAT;
  version: typeof ENVELOPE_VERSION;
  kind: string;
  signer: Signer;
  payload: P;
  signature: string;
}

export interface SigningKeys {
  privateKey: KeyObject;
  /** base64 raw public key; must be the public half of `privateKey`. */
  publicKey: string;
}

/**
 * Signs `payload` as `kind`. The payload stored in the envelope is the JSON round trip of the one given,
 * i.e. exactly what was signed: a `Date`, an `undefined` field or a class instance cannot make the written
 * file differ from the signed content. Throws on programming errors (bad kind, mismatched keys).
 */
export function seal<P>(kind: string, payload: P, keys: SigningKeys): SignedEnvelope<P> {
  if (publicKeyToBase64(keys.privateKey) !== keys.publicKey) {
    throw new Error('seal: publicKey is not the public half of privateKey');
  }
  const data = JSON.parse(canonicalJson(payload)) as P;
  return {
    format: ENVELOPE_FORMAT,
    version: ENVELOPE_VERSION,
    kind,
    signer: { keyId: keyId(keys.publicKey), publicKey: keys.publicKey },
    payload: data,
    signature: sign(kind, data, keys.privateKey),
  };
}

/** The file bytes (as text): canonical JSON, so writing the same envelope twice gives identical files. */
export function serializeEnvelope(envelope: SignedEnvelope): string {
  return canonicalJson(envelope);
}

/**
 * File bytes → JSON value. Invalid UTF-8 is refused rather than patched with U+FFFD (a patched file
 * would be a different file). A leading BOM, as some Windows editors add, is dropped by the decoder.
 */
export function parseEnvelopeFile(bytes: Buffer): Result<unknown> {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return notJson('不是有效的 UTF-8 文本', 'not valid UTF-8 text');
  }
  try {
    return ok(JSON.parse(text) as unknown);
  } catch {
    return notJson('不是完整的 JSON（文件可能被截断或损坏）', 'not complete JSON (the file may be truncated or damaged)');
  }
}

function notJson(zh: string, en: string) {
  return err('not-json', `文件无法读取：${zh}。`, `The file cannot be read: ${en}.`);
}

/** Strict: an unsigned extra field would be a change nobody notices, so any unknown key is refused. */
export const envelopeSchema = z.strictObject({
  format: z.literal(ENVELOPE_FORMAT),
  version: z.literal(ENVELOPE_VERSION),
  kind: z.string().refine(isValidKind, { message: 'kind must be a short lower-case word like score-file' }),
  signer: z.strictObject({
    keyId: z.string().regex(/^[0-9a-f]{16}$/, { message: 'keyId must be 16 lower-case hex characters' }),
    publicKey: base64Bytes(ED25519_PUBLIC_KEY_BYTES),
  }),
  // z.unknown() would accept a missing payload; a signed envelope must carry one.
  payload: z.custom<unknown>((v) => v !== undefined, { message: 'payload is missing' }),
  signature: base64Bytes(ED25519_SIGNATURE_BYTES),
});

export interface OpenExpectation {
  /** The only kind this caller accepts, e.g. `score-file`. */
  kind: string;
  /**
   * Whether this signer may sign this kind of file. Given both the id and the full key so a trust list
   * can (and should) compare the full key, not only the 64-bit id.
   */
  trusted?: (keyId: string, publicKey: string) => boolean;
}

export interface OpenedEnvelope {
  payload: unknown;
  signer: Signer;
}

/**
 * Checks a parsed file, cheapest and most explanatory check first, so the message says what is wrong:
 * shape → kind → key id matches key → signer trusted → signature. Every failure is a bilingual Result.
 */
export function openEnvelope(input: unknown, expected: OpenExpectation): Result<OpenedEnvelope> {
  const version = unsupportedVersion(input);
  if (version) return version;

  const parsed = envelopeSchema.safeParse(input);
  if (!parsed.success) {
    return err(
      'invalid-envelope',
      '文件不是有效的签名文件，或其结构已被改动。',
      'The file is not a valid signed file, or its structure has been changed.',
      zodProblems(envelopeSchema, input),
    );
  }
  const env = parsed.data;
  const { keyId: claimedId, publicKey } = env.signer;

  if (env.kind !== expected.kind) {
    return err(
      'wrong-kind',
      `文件类型不符：这是「${env.kind}」文件，此处需要「${expected.kind}」文件。`,
      `Wrong kind of file: this is a "${env.kind}" file, but a "${expected.kind}" file is expected here.`,
    );
  }

  const actualId = keyId(publicKey);
  if (actualId !== claimedId) {
    return err(
      'key-id-mismatch',
      `签名人信息不一致：文件声称密钥编号为 ${claimedId}，但所附公钥的编号是 ${actualId}。文件可能被改动过。`,
      `Signer details do not match: the file claims key id ${claimedId}, but the attached public key has id ${actualId}. The file may have been altered.`,
    );
  }

  if (expected.trusted && !expected.trusted(actualId, publicKey)) {
    const fp = fingerprint(publicKey);
    return err(
      'signer-not-trusted',
      `签名人不在信任名单中：密钥编号 ${actualId}，指纹 ${fp}。`,
      `The signer is not on the trust list: key id ${actualId}, fingerprint ${fp}.`,
    );
  }

  if (!verifySignature(env.kind, env.payload, env.signature, publicKey)) {
    return err(
      'bad-signature',
      `签名校验失败：「${env.kind}」文件的内容与密钥 ${actualId} 的签名不符，文件在签名后被改动过或签名被替换。`,
      `Signature check failed: the content of this "${env.kind}" file does not match the signature of key ${actualId}; the file was changed after signing or its signature was replaced.`,
    );
  }

  return ok({ payload: env.payload, signer: { keyId: actualId, publicKey } });
}

/** A file from a newer app version deserves "update the app", not "file damaged". */
function unsupportedVersion(input: unknown) {
  if (typeof input !== 'object' || input === null) return undefined;
  const { format, version } = input as { format?: unknown; version?: unknown };
  if (format !== ENVELOPE_FORMAT || version === ENVELOPE_VERSION || typeof version !== 'number') return undefined;
  return err(
    'envelope-version-unsupported',
    `签名文件格式版本 ${version} 不受支持（本程序支持版本 ${ENVELOPE_VERSION}），请使用对应版本的程序。`,
    `Signed-file format version ${version} is not supported (this app reads version ${ENVELOPE_VERSION}); use a matching app version.`,
  );
}
