import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { DEVICE_PASSPHRASE_MIN_LENGTH } from '../../src-shared/api/ops/bundle';
import { err, isErr, ok, type Result } from '../../src-shared/result';
import type { SigningKeys } from '../crypto/envelope';
import { generateKeyPair, keyId, privateKeyFromPkcs8, publicKeyToBase64 } from '../crypto/keys';
import { lockPrivateKey, pinVaultSchema, unlockPrivateKey } from '../crypto/pin-vault';
import type { ServiceContext } from './context';

/**
 * This installation's own Ed25519 key: it signs session packages, key files and result bundles. Kept in the data
 * folder, readable by the user only, made on first use. The private half is stored either as it is or, once the
 * office sets a passphrase, sealed under it (the experts' PIN vault: scrypt + AES-GCM), so a copied data folder
 * cannot sign a bundle. The public half is always readable, for fingerprints and trust checks.
 */
const storedSchema = z.union([
  z.strictObject({ publicKey: z.string(), privateKeyPkcs8: z.string() }),
  z.strictObject({ publicKey: z.string(), vault: pinVaultSchema }),
]);
type Stored = z.output<typeof storedSchema>;

const fileOf = (ctx: ServiceContext) => path.join(ctx.store.dataDir, 'keys', 'device-key.json');

function write(file: string, value: Stored): void {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  // Written beside and renamed over, so a crash leaves the old key or the new one, never half of either.
  const temp = `${file}.partial`;
  fs.writeFileSync(temp, JSON.stringify(value), { mode: 0o600, flush: true });
  fs.renameSync(temp, file);
}

function read(ctx: ServiceContext): Stored {
  const file = fileOf(ctx);
  if (!fs.existsSync(file)) {
    const pair = generateKeyPair();
    write(file, { publicKey: pair.publicKey, privateKeyPkcs8: pair.privateKeyPkcs8.toString('base64') });
  }
  // A damaged key file is not an expected failure the user can fix from the app: it stops here, loudly.
  return storedSchema.parse(JSON.parse(fs.readFileSync(file, 'utf8')));
}

/** What can be known without the passphrase: the public key, and whether signing needs the passphrase. */
export function deviceKeyInfo(ctx: ServiceContext): { publicKey: string; protected: boolean } {
  const s = read(ctx);
  return { publicKey: s.publicKey, protected: 'vault' in s };
}

/** The key pair, for signing. A protected key needs its passphrase; a wrong one is refused. */
export function deviceKey(ctx: ServiceContext, passphrase?: string): Result<SigningKeys> {
  return unlock(read(ctx), passphrase);
}

function unlock(s: Stored, passphrase: string | undefined): Result<SigningKeys> {
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
 * Sets, changes (`next`) or removes (no `next`) the passphrase. The key itself never changes, so enrolments at
 * the office stay valid. Recorded in the audit log, without the passphrase.
 */
export function setDeviceKeyPassphrase(ctx: ServiceContext, current: string | undefined, next: string | undefined): Result<{ protected: boolean }> {
  const stored = read(ctx);
  if (next === undefined && !('vault' in stored)) {
    return err('device-key-not-protected', '本机密钥没有设口令，无需取消', 'This computer’s key has no passphrase to remove');
  }
  const keys = unlock(stored, current);
  if (isErr(keys)) return keys;
  const pkcs8 = keys.value.privateKey.export({ format: 'der', type: 'pkcs8' });
  let value: Stored;
  if (next === undefined) {
    value = { publicKey: keys.value.publicKey, privateKeyPkcs8: pkcs8.toString('base64') };
  } else {
    if (next.length < DEVICE_PASSPHRASE_MIN_LENGTH) {
      return err('device-key-passphrase-short', `口令至少 ${DEVICE_PASSPHRASE_MIN_LENGTH} 个字符`, `The passphrase needs at least ${DEVICE_PASSPHRASE_MIN_LENGTH} characters`);
    }
    const vault = lockPrivateKey(pkcs8, next);
    if (isErr(vault)) return vault;
    value = { publicKey: keys.value.publicKey, vault: vault.value };
  }
  return ctx.store.transaction(() => {
    const action = next === undefined ? 'removed' : 'vault' in stored ? 'changed' : 'set';
    ctx.store.audit({ actor: ctx.actor, action: 'keys.passphrase', subject: `key:${keyId(keys.value.publicKey)}`, details: { action } });
    // Written last inside the transaction: if the write fails the audit row rolls back with it.
    try {
      write(fileOf(ctx), value);
    } catch (e) {
      return err('device-key-write-failed', `无法写入本机密钥文件：${(e as Error).message}`, `Could not write this computer's key file: ${(e as Error).message}`);
    }
    return ok({ protected: next !== undefined });
  });
}
