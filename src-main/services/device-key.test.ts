import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { call } from '../api/dispatch';
import { verifyAuditChain } from '../store/audit-log';
import { keyId } from '../crypto/keys';
import { TEST_START } from '../testing/clock';
import type { ServiceContext } from './context';
import { declineDeviceKeyPassphrase, deviceKey, deviceKeyInfo, setDeviceKeyPassphrase } from './device-key';
import { readKeyFile } from '../office/trust-store';

const keyFileText = (dataDir: string) => fs.readFileSync(path.join(dataDir, 'keys', 'device-key.json'), 'utf8');

const passphraseChanges = (ctx: ServiceContext) =>
  (ctx.store.db.prepare("SELECT subject, details FROM audit_log WHERE action = 'keys.passphrase' ORDER BY seq").all() as { subject: string; details: string }[]).map((r) => ({
    subject: r.subject,
    ...JSON.parse(r.details),
  }));

describe("this computer's key: a passphrase by default", () => {
  it('signs nothing until a passphrase is set or running without one is chosen, and records that choice', async () => {
    const ctx = openTestContext();
    const refused = deviceKey(ctx);
    expect(refused).toMatchObject({ ok: false, error: { code: 'device-key-no-passphrase' } });
    expect(refused.ok || refused.error.message.en).toContain('studio-review keys passphrase');
    expect(await call(ctx, 'keys.exportFile', { label: 'x' })).toMatchObject({ ok: false, error: { code: 'device-key-no-passphrase' } });
    const before = expectOk(await call(ctx, 'keys.device', {}));
    expect(before).toMatchObject({ protected: false, noPassphrase: null });

    expect(expectOk(await call(ctx, 'keys.declinePassphrase', {}))).toEqual({ protected: false });
    expect(expectOk(await call(ctx, 'keys.device', {}))).toMatchObject({ publicKey: before.publicKey, protected: false, noPassphrase: { by: 'test', at: new Date(TEST_START).toISOString() } });
    expect(expectOk(deviceKey(ctx)).publicKey).toBe(before.publicKey);
    expect(passphraseChanges(ctx)).toEqual([{ subject: `key:${before.keyId}`, action: 'declined' }]);

    // Chosen once: choosing again records nothing more. Once a passphrase is set, only removing it (with it) goes back.
    expectOk(declineDeviceKeyPassphrase(ctx));
    expect(passphraseChanges(ctx)).toHaveLength(1);
    expectOk(setDeviceKeyPassphrase(ctx, undefined, '会场口令 2026'));
    // The key has been able to sign, so it is kept: a key file of it may be enrolled somewhere.
    expect(deviceKeyInfo(ctx)).toMatchObject({ publicKey: before.publicKey, protected: true, noPassphrase: null });
    expect(declineDeviceKeyPassphrase(ctx)).toMatchObject({ ok: false, error: { code: 'device-key-protected' } });
    expect(verifyAuditChain(ctx.store.db).valid).toBe(true);
    ctx.store.close();
  });

  it('seals a fresh key the first time, hides the private half, and signs only with the passphrase', async () => {
    const ctx = openTestContext();
    const unused = deviceKeyInfo(ctx).publicKey;
    const clearPkcs8 = JSON.parse(keyFileText(ctx.store.dataDir)).privateKeyPkcs8 as string;

    expectOk(setDeviceKeyPassphrase(ctx, undefined, '会场口令 2026'));
    const sealed = deviceKeyInfo(ctx);
    expect(sealed.protected).toBe(true);
    // The key that sat in the file as it is never signed anything: a copy of it taken before now is worth nothing.
    expect(sealed.publicKey).not.toBe(unused);
    expect(keyFileText(ctx.store.dataDir)).not.toContain(clearPkcs8);
    expect(passphraseChanges(ctx)).toEqual([{ subject: `key:${keyId(sealed.publicKey)}`, action: 'set', replacedKeyId: keyId(unused) }]);
    expect(expectOk(await call(ctx, 'keys.device', {}))).toMatchObject({ publicKey: sealed.publicKey, protected: true });

    expect(deviceKey(ctx)).toMatchObject({ ok: false, error: { code: 'device-key-locked' } });
    expect(deviceKey(ctx, '会场口令 2025')).toMatchObject({ ok: false, error: { code: 'device-key-passphrase-wrong' } });
    expect(await call(ctx, 'keys.exportFile', { label: 'x' })).toMatchObject({ ok: false, error: { code: 'device-key-locked' } });

    // Full-width digits typed through a Chinese input method open it too (the vault folds them).
    const signed = expectOk(await call(ctx, 'keys.exportFile', { label: 'x', passphrase: '会场口令 ２０２６' }));
    expect(expectOk(readKeyFile(Buffer.from(signed.content))).publicKey).toBe(sealed.publicKey);

    // From now on the key stays the same through every change: enrolments at the office stay valid.
    expectOk(setDeviceKeyPassphrase(ctx, '会场口令 2026', '会场口令 2027'));
    expect(deviceKeyInfo(ctx).publicKey).toBe(sealed.publicKey);
    ctx.store.close();
  });

  it('changes and removes the passphrase only with the current one, and records each change without it', () => {
    const ctx = openTestContext();
    // Nothing to remove yet: refused, and nothing recorded.
    expect(setDeviceKeyPassphrase(ctx, undefined, undefined)).toMatchObject({ ok: false, error: { code: 'device-key-not-protected' } });
    expectOk(setDeviceKeyPassphrase(ctx, undefined, 'first passphrase'));
    expect(setDeviceKeyPassphrase(ctx, 'wrong passphrase', 'second passphrase')).toMatchObject({ ok: false, error: { code: 'device-key-passphrase-wrong' } });
    expect(setDeviceKeyPassphrase(ctx, 'first passphrase', 'short')).toMatchObject({ ok: false, error: { code: 'device-key-passphrase-short' } });
    expect(deviceKey(ctx, 'first passphrase').ok).toBe(true);
    expectOk(setDeviceKeyPassphrase(ctx, 'first passphrase', 'second passphrase'));
    expect(deviceKey(ctx, 'first passphrase').ok).toBe(false);
    expect(setDeviceKeyPassphrase(ctx, undefined, undefined)).toMatchObject({ ok: false, error: { code: 'device-key-locked' } });
    expect(setDeviceKeyPassphrase(ctx, 'second passphrase', undefined)).toEqual({ ok: true, value: { protected: false } });
    // Removing it is the choice to run without one, with who and when.
    expect(deviceKeyInfo(ctx).noPassphrase).toEqual({ by: 'test', at: new Date(TEST_START).toISOString() });
    expect(deviceKey(ctx).ok).toBe(true);

    const rows = ctx.store.db.prepare("SELECT details FROM audit_log WHERE action = 'keys.passphrase' ORDER BY seq").all() as { details: string }[];
    expect(rows.map((r) => JSON.parse(r.details).action)).toEqual(['set', 'changed', 'removed']);
    expect(rows.map((r) => r.details).join()).not.toMatch(/first passphrase|second passphrase/);
    expect(verifyAuditChain(ctx.store.db).valid).toBe(true);
    ctx.store.close();
  });

  it('refuses a passphrase shorter than 8 characters at the door', async () => {
    const ctx = openTestContext();
    expect(await call(ctx, 'keys.setPassphrase', { next: '1234567' })).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
    expect(deviceKeyInfo(ctx).protected).toBe(false);
    ctx.store.close();
  });
});
