import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEVICE_PASSPHRASE_MIN_LENGTH, type DeviceKeyView, type NoPassphraseChoice } from '../../src-shared/api/ops/bundle';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import type { SigningKeys } from '../crypto/envelope';
import { fingerprint, generateKeyPair, keyId, privateKeyFromPkcs8, publicKeyToBase64 } from '../crypto/keys';
import { lockPrivateKey, pinVaultSchema, unlockPrivateKey } from '../crypto/pin-vault';
import { privateFile, privateFolder } from '../store/private-files';
import type { ServiceContext } from './context';
import { auditSubject } from '../../src-shared/audit/subjects';

/**
 * This installation's own Ed25519 key: it signs session packages, key files and result bundles. Kept in the data
 * folder, readable by the user only, made on first use. The private half is sealed under a passphrase (the experts'
 * PIN vault: scrypt + AES-GCM), so a copied data folder cannot sign a bundle. Setting the passphrase is part of first
 * use: a key stored as it is signs nothing until someone has chosen, on the record, to run without one
 * (`noPassphrase`: who and when, also in the audit log). The public half is always readable, for fingerprints and
 * trust checks.
 *
 * A key made here sits in the file as it is until that first choice (`unused`): it has signed nothing, so no key
 * file of it exists and nobody can have enrolled it. Sealing it the first time therefore seals a fresh key instead,
 * and a copy of the folder taken before the passphrase was set holds a key that nobody will ever trust.
 */
const storedSchema = z.union([
  z.strictObject({
    publicKey: z.string(),
    privateKeyPkcs8: z.string(),
    noPassphrase: z.strictObject({ by: z.string(), at: z.string() }).optional(),
    unused: z.literal(true).optional(),
  }),
  z.strictObject({ publicKey: z.string(), vault: pinVaultSchema }),
]);
type Stored = z.output<typeof storedSchema>;

const fileOf = (ctx: ServiceContext) => path.join(ctx.store.dataDir, 'keys', 'device-key.json');

function write(file: string, value: Stored): void {
  privateFolder(path.dirname(file));
  // Written beside and renamed over, so a crash leaves the old key or the new one, never half of either. A partial
  // file left by a crash goes first: the mode below is only given to a file that is created.
  const temp = `${file}.partial`;
  fs.rmSync(temp, { force: true });
  fs.writeFileSync(temp, JSON.stringify(value), { mode: 0o600, flush: true });
  fs.renameSync(temp, file);
}

function read(ctx: ServiceContext): Stored {
  const file = fileOf(ctx);
  if (!fs.existsSync(file)) {
    const pair = generateKeyPair();
    write(file, { publicKey: pair.publicKey, privateKeyPkcs8: pair.privateKeyPkcs8.toString('base64'), unused: true });
  }
  privateFolder(path.dirname(file));
  privateFile(file);
  // A damaged key file is not an expected failure the user can fix from the app: it stops here, loudly.
  return storedSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** What can be known without the passphrase: the public key, whether signing needs it, and the choice to run without one. */
export function deviceKeyInfo(ctx: ServiceContext): { publicKey: string; protected: boolean; noPassphrase: NoPassphraseChoice | null } {
  const s = read(ctx);
  return { publicKey: s.publicKey, protected: 'vault' in s, noPassphrase: ('noPassphrase' in s && s.noPassphrase) || null };
}

/**
 * The key pair, for signing. A protected key needs its passphrase (a wrong one is refused); a key without one signs
 * only after the recorded choice to run without a passphrase.
 */
export function deviceKey(ctx: ServiceContext, passphrase?: string): Result<SigningKeys> {
  const s = read(ctx);
  if (!('vault' in s) && !s.noPassphrase) {
    return err(
      'device-key-no-passphrase',
      '本机密钥还没有设口令，因此不能签名。请在「办公室核验」页的「本机密钥口令」中设置口令（命令行：studio-review keys passphrase）；确要不设口令运行，请在同一处选择「不设口令」，该选择连同操作人和时间记入审计日志。',
      "This computer's key has no passphrase yet, so it signs nothing. Set one under \"This device's key passphrase\" on the office page (command line: studio-review keys passphrase); to run without one, choose \"No passphrase\" there: the choice is recorded in the audit log with who made it and when.",
    );
  }
  return open(s, passphrase);
}

/** The private key as stored: as it is, or opened with the passphrase. */
function open(s: Stored, passphrase: string | undefined): Result<SigningKeys> {
  if (!('vault' in s)) return ok({ publicKey: s.publicKey, privateKey: privateKeyFromPkcs8(Buffer.from(s.privateKeyPkcs8, 'base64')) });
  if (!passphrase) {
    return err('device-key-locked', '本机密钥设有口令：签名前请输入本机密钥口令', 'This computer’s key is protected: enter its passphrase to sign');
  }
  const opened = unlockPrivateKey(s.vault, passphrase);
  if (isErr(opened)) {
    return opened.error.code === 'wrong-pin' ? err('device-key-passphrase-wrong', '本机密钥口令不正确', 'Wrong passphrase for this computer’s key') : opened;
  }
  if (publicKeyToBase64(opened.value) !== s.publicKey) {
    return err('device-key-damaged', '本机密钥文件的公钥与私钥不符', 'The key file’s public key is not that of its private key');
  }
  return ok({ publicKey: s.publicKey, privateKey: opened.value });
}

/**
 * Sets, changes (`next`) or removes (no `next`) the passphrase. A key that has been able to sign never changes, so
 * enrolments at the office stay valid; an unused one is replaced on its first sealing (see above). Removing the
 * passphrase is the choice to run without one, recorded with who and when. Recorded in the audit log, without the
 * passphrase.
 */
export function setDeviceKeyPassphrase(ctx: ServiceContext, current: string | undefined, next: string | undefined): Result<{ protected: boolean }> {
  const stored = read(ctx);
  if (next === undefined && !('vault' in stored)) {
    return err('device-key-not-protected', '本机密钥没有设口令，无需取消', 'This computer’s key has no passphrase to remove');
  }
  const keys = open(stored, current);
  if (isErr(keys)) return keys;
  let value: Stored;
  if (next === undefined) {
    const pkcs8 = keys.value.privateKey.export({ format: 'der', type: 'pkcs8' });
    value = { publicKey: keys.value.publicKey, privateKeyPkcs8: pkcs8.toString('base64'), noPassphrase: chosenNow(ctx) };
  } else {
    if (next.length < DEVICE_PASSPHRASE_MIN_LENGTH) {
      return err('device-key-passphrase-short', `口令至少 ${DEVICE_PASSPHRASE_MIN_LENGTH} 个字符`, `The passphrase needs at least ${DEVICE_PASSPHRASE_MIN_LENGTH} characters`);
    }
    const fresh = 'unused' in stored && stored.unused ? generateKeyPair() : undefined;
    const pkcs8 = fresh?.privateKeyPkcs8 ?? keys.value.privateKey.export({ format: 'der', type: 'pkcs8' });
    const vault = lockPrivateKey(pkcs8, next);
    if (isErr(vault)) return vault;
    value = { publicKey: fresh?.publicKey ?? keys.value.publicKey, vault: vault.value };
  }
  const action = next === undefined ? 'removed' : 'vault' in stored ? 'changed' : 'set';
  return recordAndWrite(ctx, value, value.publicKey === stored.publicKey ? { action } : { action, replacedKeyId: keyId(stored.publicKey) });
}

/**
 * The explicit choice to run this key without a passphrase (a test laptop, a demo): recorded in the key file and
 * the audit log with who and when. A key that has a passphrase loses it only through `setDeviceKeyPassphrase`,
 * which needs the current one.
 */
export function declineDeviceKeyPassphrase(ctx: ServiceContext): Result<{ protected: boolean }> {
  const stored = read(ctx);
  if ('vault' in stored) {
    return err('device-key-protected', '本机密钥已设口令；要改为不设口令，请用当前口令取消口令', 'This computer’s key has a passphrase; to run without one, remove it with the current passphrase');
  }
  if (stored.noPassphrase) return ok({ protected: false });
  return recordAndWrite(ctx, { publicKey: stored.publicKey, privateKeyPkcs8: stored.privateKeyPkcs8, noPassphrase: chosenNow(ctx) }, { action: 'declined' });
}

const chosenNow = (ctx: ServiceContext): NoPassphraseChoice => ({ by: ctx.actor, at: ctx.now().toISOString() });

/** `replacedKeyId`: the unused key that a first sealing replaced (audited under the new key's id). */
type PassphraseChange = { action: 'set' | 'changed' | 'removed' | 'declined'; replacedKeyId?: string };

function recordAndWrite(ctx: ServiceContext, value: Stored, details: PassphraseChange): Result<{ protected: boolean }> {
  return ctx.store.transaction(() => {
    ctx.store.audit({ actor: ctx.actor, action: 'keys.passphrase', subject: auditSubject.key(keyId(value.publicKey)), details });
    // Written last inside the transaction: if the write fails the audit row rolls back with it.
    try {
      write(fileOf(ctx), value);
    } catch (e) {
      return err('device-key-write-failed', `无法写入本机密钥文件：${(e as Error).message}`, `Could not write this computer's key file: ${(e as Error).message}`);
    }
    return ok({ protected: 'vault' in value });
  });
}

/** This laptop's signing key as the office and the bundle name it. */
export function deviceKeyView(ctx: ServiceContext): DeviceKeyView {
  const { publicKey, protected: isProtected, noPassphrase } = deviceKeyInfo(ctx);
  return { keyId: keyId(publicKey), fingerprint: fingerprint(publicKey), publicKey, deviceId: ctx.store.deviceId, protected: isProtected, noPassphrase };
}
