import { BUNDLE_LIMITS } from '../../src-shared/api/ops/bundle';
import { canonicalTextProblem } from '../../src-shared/canonical-json-check';
import { sha256Hex } from '../../src-shared/sha256';
import { fingerprint, isPublicKeyText, keyId } from '../crypto/keys';
import type { TrustLookup } from './trust-lookup';
import { verifyDigest } from './digest-signature';
import { MANIFEST, SIGNATURE } from './layout';
import { parseManifest, type ManifestEntry } from './manifest';
import { unlistedFolders } from './read-folder';
import type { BundleFiles } from './render';
import { RESULT_BUNDLE } from './render';
import type { ReportBuilder } from './report';
import { signatureFileSchema } from './schemas';

export interface Authentic {
  bundleSha256: string;
  manifest: ManifestEntry[];
  /** path → SHA-256 of its bytes, for every file the manifest lists (reused for the experts' signatures). */
  digests: Map<string, string>;
  signer: { keyId: string; publicKey: string; label: string; role: string };
}

/**
 * Is this bundle, byte for byte, what a trusted meeting laptop signed? The signature is checked against the
 * trust store before anything else in the bundle is parsed: only signature.json (small, strictly shaped) and the
 * manifest's raw bytes are touched until the signature holds. Then the manifest is read strictly and every file
 * is hashed: missing, extra, renamed and changed files are all reported, by name, and so are folders the manifest
 * does not account for (it lists files only, so an empty folder or one of unlisted things is an extra too).
 */
export function checkAuthenticity(files: BundleFiles, folders: Iterable<string>, trust: TrustLookup, report: ReportBuilder): Authentic | undefined {
  const sigBytes = files.get(SIGNATURE);
  if (!sigBytes) {
    report.fail('signature', 'signature-missing', SIGNATURE, '缺少签名文件', 'the signature file is missing');
    return undefined;
  }
  if (sigBytes.length > BUNDLE_LIMITS.maxSignatureBytes) {
    report.fail('signature', 'signature-invalid', SIGNATURE, '签名文件过大', 'the signature file is too large');
    return undefined;
  }
  let sigJson: unknown;
  let sigText: string;
  try {
    // A byte-order mark is kept, so it is refused like any other byte outside the canonical form.
    sigText = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(sigBytes);
    sigJson = JSON.parse(sigText);
  } catch {
    report.fail('signature', 'signature-invalid', SIGNATURE, '签名文件不是有效的 JSON', 'the signature file is not valid JSON');
    return undefined;
  }
  const notCanonical = canonicalTextProblem(sigText, sigJson);
  if (notCanonical) {
    report.fail('signature', 'signature-invalid', SIGNATURE, `签名文件：${notCanonical.message.zh}`, `the signature file: ${notCanonical.message.en}`);
    return undefined;
  }
  const sig = signatureFileSchema.safeParse(sigJson);
  if (!sig.success || !isPublicKeyText(sig.data.signer.publicKey)) {
    report.fail('signature', 'signature-invalid', SIGNATURE, '签名文件格式不对', 'the signature file does not have the expected shape');
    return undefined;
  }
  const { publicKey } = sig.data.signer;
  const id = keyId(publicKey);
  if (id !== sig.data.signer.keyId) {
    report.fail('signature', 'signature-invalid', SIGNATURE, `签名人密钥编号 ${sig.data.signer.keyId} 与所附公钥（${id}）不符`, `the signer key id ${sig.data.signer.keyId} is not that of the attached key (${id})`);
    return undefined;
  }
  const fp = fingerprint(publicKey);
  const decision = trust(id, publicKey);
  if (decision.status === 'not-enrolled') {
    report.fail('signature', 'signer-not-enrolled', SIGNATURE, `签名密钥 ${id}（指纹 ${fp}）不在本机信任名单中，请先核对指纹并登记会场电脑的密钥`, `the signing key ${id} (fingerprint ${fp}) is not in this computer's trust store; compare the fingerprint and enrol the meeting laptop's key first`);
    return undefined;
  }
  if (decision.status === 'revoked') {
    report.fail('signature', 'signer-revoked', SIGNATURE, `签名密钥 ${id}（${decision.label}）已于 ${decision.revokedAt} 被吊销：${decision.reason}`, `the signing key ${id} (${decision.label}) was revoked on ${decision.revokedAt}: ${decision.reason}`);
    return undefined;
  }
  if (decision.status === 'wrong-role') {
    report.fail('signature', 'signer-wrong-role', SIGNATURE, `签名密钥 ${id}（${decision.label}）登记的角色是 ${decision.role}，不是会场电脑`, `the signing key ${id} (${decision.label}) is enrolled as ${decision.role}, not as a meeting laptop`);
    return undefined;
  }
  const manifestBytes = files.get(MANIFEST);
  if (!manifestBytes) {
    report.fail('signature', 'manifest-missing', MANIFEST, '缺少文件清单', 'the manifest is missing');
    return undefined;
  }
  if (manifestBytes.length > BUNDLE_LIMITS.maxManifestBytes) {
    report.fail('signature', 'manifest-invalid', MANIFEST, '文件清单过大', 'the manifest is too large');
    return undefined;
  }
  const bundleSha256 = sha256Hex(manifestBytes);
  if (!verifyDigest(RESULT_BUNDLE, bundleSha256, sig.data.signature, publicKey) || sig.data.manifestSha256 !== bundleSha256) {
    report.fail('signature', 'signature-invalid', MANIFEST, `签名与文件清单不符：清单在签名后被改动过，或签名来自另一个结果包（签名密钥 ${id}）`, `the signature does not match the manifest: the manifest was changed after signing, or the signature belongs to another bundle (signing key ${id})`);
    return undefined;
  }
  report.pass('signature', SIGNATURE, `有效，由 ${decision.label}（${id}，指纹 ${fp}）签署`, `valid, signed by ${decision.label} (${id}, fingerprint ${fp})`);

  const parsed = parseManifest(manifestBytes);
  if (!parsed.ok) {
    report.fail('manifest', parsed.error.code, MANIFEST, parsed.error.message.zh.replace(`${MANIFEST}：`, ''), parsed.error.message.en.replace(`${MANIFEST}: `, ''));
    return undefined;
  }
  const digests = new Map<string, string>();
  const listed = new Set<string>();
  for (const entry of parsed.value) {
    listed.add(entry.path);
    const bytes = files.get(entry.path);
    if (!bytes) {
      report.fail('manifest', 'file-missing', entry.path, '清单中列出的文件不存在（被删除或改名）', 'listed in the manifest but not in the bundle (removed or renamed)');
      continue;
    }
    const actual = sha256Hex(bytes);
    digests.set(entry.path, actual);
    if (actual !== entry.sha256) {
      report.fail('manifest', 'file-changed', entry.path, `内容被改动：SHA-256 应为 ${entry.sha256}，实际为 ${actual}`, `content was changed: SHA-256 should be ${entry.sha256} but is ${actual}`);
    }
  }
  for (const p of files.keys()) {
    if (p === MANIFEST || p === SIGNATURE || listed.has(p)) continue;
    report.fail('manifest', 'file-extra', p, '文件不在清单中（被添加或改名）', 'not listed in the manifest (added or renamed)');
  }
  for (const folder of unlistedFolders(folders, listed)) {
    report.fail('manifest', 'folder-extra', `${folder}/`, '文件夹不在清单中：其中没有清单列出的文件（空文件夹，或只有未列出的内容）', 'a folder not accounted for by the manifest: nothing in it is listed (it is empty or holds only unlisted things)');
  }
  if (report.hasFailed('manifest')) return undefined;
  report.pass('manifest', MANIFEST, `${parsed.value.length} 个文件，哈希全部相符`, `${parsed.value.length} files, every hash matches`);
  return { bundleSha256, manifest: parsed.value, digests, signer: { keyId: id, publicKey, label: decision.label, role: decision.role } };
}
