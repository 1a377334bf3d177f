import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { call } from '../api/dispatch';
import { seal, serializeEnvelope } from '../crypto/envelope';
import { generateKeyPair, keyId } from '../crypto/keys';
import type { ServiceContext } from '../services/context';
import { declineDeviceKeyPassphrase, deviceKey } from '../services/device-key';
import { enrolKey, exportKeyFile, listTrustedKeys, previewKeyFile, readKeyFile, revokeKey } from './trust-store';
import { trustLookup } from '../bundle/trust-lookup';

let officeCtx: ServiceContext;
let laptopCtx: ServiceContext;
beforeEach(() => {
  officeCtx = openTestContext();
  laptopCtx = openTestContext();
  // Test installations sign without a passphrase, by the recorded choice (the passphrase has tests of its own).
  for (const ctx of [officeCtx, laptopCtx]) expectOk(declineDeviceKeyPassphrase(ctx));
});
afterEach(() => {
  officeCtx.store.close();
  laptopCtx.store.close();
});

const keyFileOf = (ctx: ServiceContext, label = '会场笔记本 1 号') => Buffer.from(expectOk(exportKeyFile(ctx, label)).content);
const auditActions = (ctx: ServiceContext) => (ctx.store.db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]).map((r) => r.action);

describe('device keys and key files', () => {
  it("show this device's key id and a fingerprint of 16 groups, the same every time", async () => {
    const a = expectOk(await call(laptopCtx, 'keys.device'));
    expect(a.keyId).toMatch(/^[0-9a-f]{16}$/);
    expect(a.fingerprint).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(a.fingerprint.replace(/ /g, '').toLowerCase().startsWith(a.keyId)).toBe(true);
    expect(expectOk(await call(laptopCtx, 'keys.device'))).toEqual(a);
    expect(a.deviceId).toBe(laptopCtx.store.deviceId);
  });

  it('a key file shows the same fingerprint on the other computer, before anything is enrolled', () => {
    const file = keyFileOf(laptopCtx);
    const preview = expectOk(previewKeyFile(officeCtx, file));
    const device = expectOk(previewKeyFile(laptopCtx, file));
    expect(preview.fingerprint).toBe(device.fingerprint);
    expect(preview).toMatchObject({ label: '会场笔记本 1 号', enrolled: null, isThisDevice: false, deviceId: laptopCtx.store.deviceId });
    expect(device.isThisDevice).toBe(true);
    expect(listTrustedKeys(officeCtx)).toEqual([]);
    expect(auditActions(laptopCtx)).toContain('keys.export');
  });

  it('refuses key files that were altered or whose key did not sign them', () => {
    const file = JSON.parse(keyFileOf(laptopCtx).toString());
    const other = generateKeyPair();
    const swapped = Buffer.from(JSON.stringify({ ...file, payload: { ...file.payload, publicKey: other.publicKey } }));
    expect(readKeyFile(swapped)).toMatchObject({ ok: false, error: { code: 'key-file-invalid' } });
    // Signed by one key, naming another: a key file must be signed by the key it carries.
    const mine = deviceKey(laptopCtx);
    if (!mine.ok) throw new Error(mine.error.message.en);
    const foreign = Buffer.from(serializeEnvelope(seal('key-file', { ...file.payload, publicKey: other.publicKey }, mine.value)));
    const r = readKeyFile(foreign);
    expect(r.ok ? '' : r.error.message.en).toContain('not the key that signed the file');
    expect(readKeyFile(Buffer.from('not a key file'))).toMatchObject({ ok: false, error: { code: 'key-file-invalid' } });
  });
});

describe('enrolment and revocation', () => {
  it('the office enrols a meeting laptop after comparing the fingerprint (spaces and case do not matter), recorded', async () => {
    const file = keyFileOf(laptopCtx);
    const fp = expectOk(previewKeyFile(officeCtx, file)).fingerprint;
    const typed = fp.toLowerCase().replace(/ /g, '');
    const k = expectOk(await call(officeCtx, 'keys.enrol', { content: file, role: 'meeting-laptop', label: '第一会场', fingerprint: typed }));
    expect(k).toMatchObject({ role: 'meeting-laptop', label: '第一会场', fingerprint: fp, revokedAt: null, enrolledBy: 'test' });
    expect(listTrustedKeys(officeCtx)).toEqual([k]);
    expect(auditActions(officeCtx).at(-1)).toBe('keys.enrol');
    expect(expectOk(previewKeyFile(officeCtx, file)).enrolled).toEqual(k);
  });

  it('a meeting laptop pins the office key the same way, in the office role', () => {
    const k = expectOk(enrolKey(laptopCtx, { content: keyFileOf(officeCtx, '省教科文卫体工会办公室'), role: 'office' }));
    expect(k).toMatchObject({ role: 'office', label: '省教科文卫体工会办公室' });
  });

  it('refuses a fingerprint that differs, a key twice, and its own key, enrolling nothing', () => {
    const file = keyFileOf(laptopCtx);
    const wrong = enrolKey(officeCtx, { content: file, role: 'meeting-laptop', fingerprint: '0000 1111 2222 3333' });
    expect(wrong).toMatchObject({ ok: false, error: { code: 'fingerprint-mismatch' } });
    expect(listTrustedKeys(officeCtx)).toEqual([]);
    expectOk(enrolKey(officeCtx, { content: file, role: 'meeting-laptop' }));
    expect(enrolKey(officeCtx, { content: file, role: 'expert' })).toMatchObject({ ok: false, error: { code: 'key-already-enrolled' } });
    expect(enrolKey(officeCtx, { content: keyFileOf(officeCtx), role: 'office' })).toMatchObject({ ok: false, error: { code: 'key-is-this-device' } });
    expect(listTrustedKeys(officeCtx)).toHaveLength(1);
  });

  it('revoking needs a reason, is recorded, happens once, and a revoked key cannot come back', async () => {
    const file = keyFileOf(laptopCtx);
    const k = expectOk(enrolKey(officeCtx, { content: file, role: 'meeting-laptop' }));
    expect(revokeKey(officeCtx, k.keyId, '  ')).toMatchObject({ ok: false, error: { code: 'reason-required' } });
    const r = expectOk(await call(officeCtx, 'keys.revoke', { keyId: k.keyId, reason: '笔记本电脑丢失' }));
    expect(r).toMatchObject({ revokeReason: '笔记本电脑丢失', revokedBy: 'test' });
    expect(r.revokedAt).not.toBeNull();
    expect(auditActions(officeCtx).at(-1)).toBe('keys.revoke');
    expect(revokeKey(officeCtx, k.keyId, '再次')).toMatchObject({ ok: false, error: { code: 'key-revoked' } });
    expect(enrolKey(officeCtx, { content: file, role: 'meeting-laptop' })).toMatchObject({ ok: false, error: { code: 'key-revoked' } });
    expect(revokeKey(officeCtx, '0123456789abcdef', '无')).toMatchObject({ ok: false, error: { code: 'key-not-found' } });
    // Kept for the record: the database itself refuses to forget a key.
    expect(() => officeCtx.store.db.prepare('DELETE FROM trusted_keys').run()).toThrow(/never deleted/);
  });
});

describe('trust decisions', () => {
  const pair = generateKeyPair();
  const base = { fingerprint: '', label: '会场', deviceId: '', enrolledAt: '', enrolledBy: '', revokedAt: null, revokedBy: null, revokeReason: null };
  const view = { ...base, keyId: keyId(pair.publicKey), publicKey: pair.publicKey, role: 'meeting-laptop' as const };

  it('trust a key enrolled in the role, and say why otherwise', () => {
    expect(trustLookup([view], 'meeting-laptop')(view.keyId, pair.publicKey)).toEqual({ status: 'trusted', label: '会场', role: 'meeting-laptop' });
    expect(trustLookup([view], 'office')(view.keyId, pair.publicKey)).toMatchObject({ status: 'wrong-role' });
    expect(trustLookup([{ ...view, revokedAt: '2026-11-01', revokeReason: '丢失' }], 'meeting-laptop')(view.keyId, pair.publicKey)).toMatchObject({ status: 'revoked', reason: '丢失' });
    expect(trustLookup([], 'meeting-laptop')(view.keyId, pair.publicKey)).toEqual({ status: 'not-enrolled' });
  });

  it('compare the full key, not only its 64-bit id', () => {
    const impostor = generateKeyPair().publicKey;
    expect(trustLookup([view], 'meeting-laptop')(view.keyId, impostor)).toEqual({ status: 'not-enrolled' });
  });
});
