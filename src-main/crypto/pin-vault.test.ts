import { verify as edVerify, sign as edSign } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Result } from '../../src-shared/result';
import { generateKeyPair, publicKeyFromBase64, publicKeyToBase64 } from './keys';
import { checkPin, lockPrivateKey, unlockPrivateKey, type PinVault } from './pin-vault';

function expectOk<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code}: ${r.error.message.en}`);
  return r.value;
}

const errorCode = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);

/** A vault as it comes back from disk: through JSON text, like the real file. */
const throughFile = (v: PinVault): PinVault => JSON.parse(JSON.stringify(v));

function flipByte(b64: string, index = 0): string {
  const bytes = Buffer.from(b64, 'base64');
  bytes[index] ^= 0x01;
  return bytes.toString('base64');
}

const pair = generateKeyPair();
const vault = expectOk(lockPrivateKey(pair.privateKeyPkcs8, '2468'));

describe('PIN vault', () => {
  it('round trip: the unlocked key is the original key and can sign', () => {
    const key = expectOk(unlockPrivateKey(throughFile(vault), '2468'));
    expect(publicKeyToBase64(key)).toBe(pair.publicKey);
    expect(key.export({ format: 'der', type: 'pkcs8' }).equals(pair.privateKeyPkcs8)).toBe(true);
    const sig = edSign(null, Buffer.from('hello'), key);
    expect(edVerify(null, Buffer.from('hello'), publicKeyFromBase64(pair.publicKey), sig)).toBe(true);
  });

  it('stores its parameters and never leaks the key in the clear', () => {
    expect(vault).toMatchObject({ v: 1, kdf: { name: 'scrypt', N: 32768, r: 8, p: 1 } });
    expect(Buffer.from(vault.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(vault.nonce, 'base64')).toHaveLength(12);
    expect(Buffer.from(vault.tag, 'base64')).toHaveLength(16);
    const seed = pair.privateKeyPkcs8.subarray(-32).toString('base64');
    expect(JSON.stringify(vault)).not.toContain(seed);
    // Fresh salt and nonce every time, so two vaults of the same key under the same PIN share nothing.
    const again = expectOk(lockPrivateKey(pair.privateKeyPkcs8, '2468'));
    expect(again.kdf.salt).not.toBe(vault.kdf.salt);
    expect(again.nonce).not.toBe(vault.nonce);
    expect(again.ciphertext).not.toBe(vault.ciphertext);
  });

  it('refuses a wrong PIN with a bilingual message, without throwing', () => {
    for (const pin of ['2469', '246', '', '2468 ', ' 2468', '8642']) {
      const r = unlockPrivateKey(throughFile(vault), pin);
      expect(errorCode(r)).toBe('wrong-pin');
      if (!r.ok) {
        expect(r.error.message.zh).toMatch(/PIN/);
        expect(r.error.message.en).toMatch(/Wrong PIN/);
      }
    }
  });

  it.each<[string, (v: PinVault) => void]>([
    ['salt byte flipped', (v) => (v.kdf.salt = flipByte(v.kdf.salt))],
    ['nonce byte flipped', (v) => (v.nonce = flipByte(v.nonce))],
    ['ciphertext first byte flipped', (v) => (v.ciphertext = flipByte(v.ciphertext))],
    ['ciphertext last byte flipped', (v) => (v.ciphertext = flipByte(v.ciphertext, Buffer.from(v.ciphertext, 'base64').length - 1))],
    ['tag byte flipped', (v) => (v.tag = flipByte(v.tag, 15))],
    ['N changed (still valid)', (v) => (v.kdf.N = 2 ** 14)],
    ['p changed (still valid)', (v) => (v.kdf.p = 2)],
  ])('an altered vault is refused as wrong-pin: %s', (_name, alter) => {
    const v = throughFile(vault);
    alter(v);
    expect(errorCode(unlockPrivateKey(v, '2468'))).toBe('wrong-pin');
  });

  it.each<[string, unknown]>([
    ['not an object', 'vault'],
    ['null', null],
    ['version 2', { ...vault, v: 2 }],
    ['unknown kdf', { ...vault, kdf: { ...vault.kdf, name: 'pbkdf2' } }],
    ['N not a power of two', { ...vault, kdf: { ...vault.kdf, N: 30000 } }],
    ['N too small', { ...vault, kdf: { ...vault.kdf, N: 1024 } }],
    ['N so large it would exhaust memory', { ...vault, kdf: { ...vault.kdf, N: 2 ** 30 } }],
    ['N beyond 32 bits', { ...vault, kdf: { ...vault.kdf, N: 3 * 2 ** 32 } }],
    ['r so large it would exhaust memory', { ...vault, kdf: { ...vault.kdf, r: 32, N: 2 ** 17 } }],
    ['tag truncated', { ...vault, tag: Buffer.alloc(8).toString('base64') }],
    ['nonce not base64', { ...vault, nonce: '!!!' }],
    ['empty ciphertext', { ...vault, ciphertext: '' }],
    ['extra field', { ...vault, hint: 'my birthday' }],
  ])('a malformed vault is refused as vault-damaged, without throwing: %s', (_name, v) => {
    // The cost parameters are checked before any key derivation, so an absurd N or r is refused at once
    // rather than exhausting memory (no timing asserted here: tests must not depend on the machine's speed).
    const r = unlockPrivateKey(v, '2468');
    expect(errorCode(r)).toBe('vault-damaged');
  });

  it('applies the PIN rule when locking: at least 4 digits or 4 characters', () => {
    for (const pin of ['', '1', '123', '    ', '\t\t\t\t', 'ab']) {
      expect(errorCode(checkPin(pin)), pin).toBe('weak-pin');
      expect(errorCode(lockPrivateKey(pair.privateKeyPkcs8, pin))).toBe('weak-pin');
    }
    for (const pin of ['1234', '000000', 'abcd', '工会评审', 'correct horse']) {
      expect(errorCode(checkPin(pin)), pin).toBe('ok');
    }
    const r = checkPin('12');
    expect(r.ok ? '' : r.error.message.zh).toContain('4');
  });

  it('accepts a PIN typed in full-width mode (Chinese IME) as the same PIN', () => {
    expect(publicKeyToBase64(expectOk(unlockPrivateKey(vault, '２４６８')))).toBe(pair.publicKey);
  });

  it('treats composed and decomposed forms of the same passphrase as equal', () => {
    const composed = 'café\u00e9';
    const decomposed = composed.normalize('NFD');
    expect(decomposed).not.toBe(composed);
    const v = expectOk(lockPrivateKey(pair.privateKeyPkcs8, composed));
    expect(publicKeyToBase64(expectOk(unlockPrivateKey(v, decomposed)))).toBe(pair.publicKey);
  });

  it('refuses to lock something that is not an Ed25519 private key', () => {
    expect(() => lockPrivateKey(Buffer.from('not a key'), '1234')).toThrow();
  });
});
