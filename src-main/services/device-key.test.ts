import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { call } from '../api/dispatch';
import { verifyAuditChain } from '../store/audit-log';
import { deviceKey, deviceKeyInfo, setDeviceKeyPassphrase } from './device-key';
import { readKeyFile } from './trust';

const keyFileText = (dataDir: string) => fs.readFileSync(path.join(dataDir, 'keys', 'device-key.json'), 'utf8');

describe("this computer's key under a passphrase", () => {
  it('keeps the same key, hides the private half, and signs only with the passphrase', async () => {
    const ctx = openTestContext();
    const before = expectOk(deviceKey(ctx));
    const clearPkcs8 = before.privateKey.export({ format: 'der', type: 'pkcs8' }).toString('base64');
    expect(keyFileText(ctx.store.dataDir)).toContain(clearPkcs8);

    expectOk(setDeviceKeyPassphrase(ctx, undefined, '会场口令 2026'));
    expect(deviceKeyInfo(ctx).protected).toBe(true);
    expect(keyFileText(ctx.store.dataDir)).not.toContain(clearPkcs8);
    // The public half, its fingerprint and so every enrolment at the office stay as they were.
    expect(deviceKeyInfo(ctx).publicKey).toBe(before.publicKey);
    expect(expectOk(await call(ctx, 'keys.device', {}))).toMatchObject({ publicKey: before.publicKey, protected: true });

    expect(deviceKey(ctx)).toMatchObject({ ok: false, error: { code: 'device-key-locked' } });
    expect(deviceKey(ctx, '会场口令 2025')).toMatchObject({ ok: false, error: { code: 'device-key-passphrase-wrong' } });
    expect(await call(ctx, 'keys.exportFile', { label: 'x' })).toMatchObject({ ok: false, error: { code: 'device-key-locked' } });

    // Full-width digits typed through a Chinese input method open it too (the vault folds them).
    const signed = expectOk(await call(ctx, 'keys.exportFile', { label: 'x', passphrase: '会场口令 ２０２６' }));
    expect(expectOk(readKeyFile(Buffer.from(signed.content))).publicKey).toBe(before.publicKey);
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
