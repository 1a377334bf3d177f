import { createCipheriv, createDecipheriv, randomBytes, scryptSync, type KeyObject } from 'node:crypto';
import { z } from 'zod';
import { canonicalJson } from '../../src-shared/canonical-json';
import { err, ok, type Result } from '../../src-shared/result';
import { zodProblems } from '../../src-shared/zod-problems';
import { base64Bytes, decodeBase64Strict } from './base64';
import { privateKeyFromPkcs8 } from './keys';

/**
 * An expert's private key at rest: encrypted under a PIN or passphrase so a lost laptop or copied
 * folder does not hand out the power to sign score files.
 *
 * scrypt stretches the (short, human) PIN into an AES-256 key; the memory cost is what makes guessing a
 * 6-digit PIN from a stolen file slow rather than instant. AES-256-GCM then both hides the key and detects
 * any change to the file. The KDF parameters are stored in the vault, so they can be raised later without
 * making existing vaults unreadable.
 */

export const SCRYPT_DEFAULTS = { N: 2 ** 15, r: 8, p: 1 } as const;
const SALT_BYTES = 16;
const NONCE_BYTES = 12;
const TAG_BYTES = 16;
const KEY_BYTES = 32;
/** Refuse vault parameters that would need more than this much memory: a doctored vault must not hang or exhaust the laptop. */
const MAX_SCRYPT_MEMORY = 256 * 1024 * 1024;
const MIN_N = 2 ** 14;

export interface PinVault {
  v: 1;
  kdf: { name: 'scrypt'; N: number; r: number; p: number; salt: string };
  nonce: string;
  ciphertext: string;
  tag: string;
}

// Not `n & (n - 1)`: bitwise operators wrap at 32 bits, and 2^32 would pass.
const isPowerOfTwo = (n: number) => Number.isSafeInteger(n) && n > 1 && Number.isInteger(Math.log2(n));

export const pinVaultSchema = z.strictObject({
  v: z.literal(1),
  kdf: z
    .strictObject({
      name: z.literal('scrypt'),
      N: z.number().int().refine(isPowerOfTwo, { message: 'N must be a power of two' }).refine((n) => n >= MIN_N, {
        message: `N must be at least ${MIN_N}`,
      }),
      r: z.number().int().min(1).max(32),
      p: z.number().int().min(1).max(16),
      salt: base64Bytes(SALT_BYTES),
    })
    .refine((k) => scryptMemory(k.N, k.r, k.p) <= MAX_SCRYPT_MEMORY, { message: 'scrypt parameters need too much memory' }),
  nonce: base64Bytes(NONCE_BYTES),
  ciphertext: base64Bytes(),
  tag: base64Bytes(TAG_BYTES),
});

/** Bytes OpenSSL allocates for scrypt (its `maxmem` check): the V array plus the B blocks. */
function scryptMemory(N: number, r: number, p: number): number {
  return 128 * r * (N + 2) + 128 * r * p;
}

/**
 * The vault's own floor: at least 4 characters (Chinese characters count one each). The callers hold new secrets to
 * stricter rules of their own: an expert's PIN to 6 digits or more (src-shared/scoring/pin-rule.ts), the device key's
 * passphrase to 8 characters. Only checked when locking, so a stricter rule never locks anyone out of an existing
 * vault (sessions checked in with a 4-digit PIN keep opening with it).
 */
export function checkPin(pin: string): Result<void> {
  const normalized = typeof pin === 'string' ? pin.normalize('NFKC') : '';
  if ([...normalized].length < 4 || normalized.trim() === '') {
    return err(
      'weak-pin',
      'PIN 太短：请至少输入 4 位数字，或至少 4 个字符的口令（不能全是空格）。',
      'PIN too short: use at least 4 digits, or a passphrase of at least 4 characters (not only spaces).',
    );
  }
  return ok();
}

/**
 * NFKC so the same PIN typed through different input methods gives the same bytes: a Chinese IME in
 * full-width mode types `１２３４`, which must open a vault locked with `1234`; composed and decomposed
 * accents are folded too. Part of the v1 vault format: changing it would lock people out.
 */
function pinBytes(pin: string): Buffer {
  return Buffer.from(pin.normalize('NFKC'), 'utf8');
}

function deriveKey(pin: string, kdf: PinVault['kdf']): Buffer {
  const salt = decodeBase64Strict(kdf.salt, SALT_BYTES)!;
  return scryptSync(pinBytes(pin), salt, KEY_BYTES, {
    N: kdf.N,
    r: kdf.r,
    p: kdf.p,
    // Node's default maxmem (32 MiB) is just below what N=2^15, r=8 needs; allow exactly what is needed.
    maxmem: scryptMemory(kdf.N, kdf.r, kdf.p) + 1024 * 1024,
  });
}

/** Version and KDF header as additional authenticated data: changing any parameter breaks the tag. */
function headerAad(v: 1, kdf: PinVault['kdf']): Buffer {
  return Buffer.from(canonicalJson({ purpose: 'studio-review/pin-vault', v, kdf }), 'utf8');
}

export function lockPrivateKey(pkcs8: Buffer, pin: string): Result<PinVault> {
  const rule = checkPin(pin);
  if (!rule.ok) return rule;
  // Refuse to lock something that is not an Ed25519 key: a vault that later unlocks to junk helps no one.
  privateKeyFromPkcs8(pkcs8);

  const kdf: PinVault['kdf'] = { name: 'scrypt', ...SCRYPT_DEFAULTS, salt: randomBytes(SALT_BYTES).toString('base64') };
  const key = deriveKey(pin, kdf);
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', key, nonce, { authTagLength: TAG_BYTES });
  cipher.setAAD(headerAad(1, kdf));
  const ciphertext = Buffer.concat([cipher.update(pkcs8), cipher.final()]);
  return ok({
    v: 1,
    kdf,
    nonce: nonce.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  });
}

const damaged = (details?: ReturnType<typeof zodProblems>) =>
  err('vault-damaged', '密钥文件已损坏或格式不对，无法读取。', 'The key file is damaged or not in the expected format.', details);

/**
 * Opens a vault. A wrong PIN and a vault whose bytes were changed look identical to AES-GCM (the tag
 * does not match), so both come back as `wrong-pin` with a message that names both possibilities;
 * a vault that is not even well-formed comes back as `vault-damaged`. Never throws on bad input.
 */
export function unlockPrivateKey(vault: unknown, pin: string): Result<KeyObject> {
  const parsed = pinVaultSchema.safeParse(vault);
  if (!parsed.success) return damaged(zodProblems(pinVaultSchema, vault));
  const v = parsed.data as PinVault;
  if (typeof pin !== 'string') return wrongPin();

  let pkcs8: Buffer;
  try {
    const key = deriveKey(pin, v.kdf);
    const decipher = createDecipheriv('aes-256-gcm', key, decodeBase64Strict(v.nonce)!, { authTagLength: TAG_BYTES });
    decipher.setAAD(headerAad(v.v, v.kdf));
    decipher.setAuthTag(decodeBase64Strict(v.tag)!);
    pkcs8 = Buffer.concat([decipher.update(decodeBase64Strict(v.ciphertext)!), decipher.final()]);
  } catch {
    return wrongPin();
  }
  try {
    return ok(privateKeyFromPkcs8(pkcs8));
  } catch {
    // Authentic ciphertext that is not an Ed25519 key: written by something other than lockPrivateKey.
    return damaged();
  }
}

function wrongPin() {
  return err('wrong-pin', 'PIN 不正确，或密钥文件已被改动。', 'Wrong PIN, or the key file has been altered.');
}
