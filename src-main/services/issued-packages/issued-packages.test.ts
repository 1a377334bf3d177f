import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../../tests/helpers/context';
import { canonicalJson } from '../../../src-shared/canonical-json';
import { rulesHash } from '../../../src-shared/scoring/session-rules';
import { call } from '../../api/dispatch';
import { seal, serializeEnvelope } from '../../crypto/envelope';
import { generateKeyPair, privateKeyFromPkcs8 } from '../../crypto/keys';
import { verifyAuditChain } from '../../store/audit-log';
import { drawDemoPanel, screenDemoYear, signWithoutPassphrase } from '../../testing/meeting-script';
import { inProcess } from '../../testing/simulate';
import type { ServiceContext } from '../context';
import { deviceKeyInfo } from '../device-key';
import { poolSnapshotNow } from '../draw-setup';
import { keyFileBytes } from '../../office/trust-store';
import { issuePackage } from './issue';
import { ISSUED_PACKAGE, nominationHashes, readIssuedPackage } from './payload';

/**
 * Issue 13, item 1: the office issues each session's package (评审会授权包) from its own data, signed with its key
 * and recorded; a meeting laptop takes the file in only from a key it enrolled as an office; a session is made
 * only from its package, on a draw of the package's pool snapshot and panel size.
 */

const YEAR = 2026;
const SEED = 6;
const dirs: string[] = [];
const open = () => {
  dirs.push(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-issued-')));
  return openTestContext(dirs.at(-1)!);
};
let office: ServiceContext;
let laptop: ServiceContext;
let drawId: string;

const auditRows = (ctx: ServiceContext) => (ctx.store.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
const packages = async (ctx: ServiceContext) => expectOk(await call(ctx, 'package.list', {}));
const issue = (sessionId: string, more: { panelSize?: number; stratumBy?: 'sector' | 'unit-type'; rules?: unknown } = {}) =>
  call(office, 'package.issue', { year: YEAR, sessionId, panelSize: 5, ...more });
const fileOf = async (sessionId: string) => Buffer.from(expectOk(await call(office, 'package.file', { sessionId })).content);

beforeAll(async () => {
  // Two installations with the same demo year: the office screens it; the meeting laptop screens and draws.
  office = open();
  laptop = open();
  await screenDemoYear(inProcess(office), SEED, '办公室审查人');
  await screenDemoYear(inProcess(laptop), SEED, '会场审查人');
  drawId = (await drawDemoPanel(inProcess(laptop), YEAR, { perStratum: 1, unitCap: 1, place: '郑州', operator: '周操作', finish: true })).drawId;
  // Test installations: their keys sign by the recorded choice to run without a passphrase.
  await signWithoutPassphrase(inProcess(office));
  await signWithoutPassphrase(inProcess(laptop));
});

afterAll(() => {
  office.store.close();
  laptop.store.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

describe('the office issues session packages', () => {
  it('signs the screened year with its own key and records each nomination by content hash, the pool snapshot, the rules hash and the panel size', async () => {
    const draft = expectOk(await call(office, 'package.draft', { year: YEAR, sessionId: '2026-S01' }));
    const view = expectOk(await issue('2026-S01'));
    expect(view).toMatchObject({ sessionId: '2026-S01', year: YEAR, origin: 'issued', panelSize: 5, stratumBy: 'sector', cut: 30, inSession: false });
    expect(view.nominations).toBe(draft.nominations);
    expect(view.rulesHash).toBe(rulesHash(draft.rules));
    // The pool hash is the very hash a draw committed now would commit to.
    expect(view.poolHash).toBe(expectOk(poolSnapshotNow(office, 'sector')).poolHash);

    const file = await fileOf('2026-S01');
    const read = expectOk(readIssuedPackage(file));
    expect(read.sha256).toBe(view.packageSha256);
    expect(read.signer.publicKey).toBe(deviceKeyInfo(office).publicKey);
    expect(file.toString('utf8')).toBe(canonicalJson(JSON.parse(file.toString('utf8'))));
    const stored = office.store.db.prepare('SELECT nominations FROM issued_packages WHERE session_id = ?').get('2026-S01') as { nominations: string };
    expect(JSON.parse(stored.nominations)).toEqual(nominationHashes(read.payload.nominations));

    const audit = office.store.db.prepare("SELECT subject, details FROM audit_log WHERE action = 'package.issue'").all() as { subject: string; details: string }[];
    expect(audit).toHaveLength(1);
    expect(audit[0].subject).toBe('session:2026-S01');
    expect(JSON.parse(audit[0].details)).toMatchObject({ packageSha256: view.packageSha256, rulesHash: view.rulesHash, poolHash: view.poolHash, panelSize: 5 });
  });

  it('refuses a second package for a session, rules that are not valid, and a panel larger than the pool, writing nothing', async () => {
    const before = auditRows(office);
    expect(await issue('2026-S01')).toMatchObject({ ok: false, error: { code: 'package-exists' } });
    const draft = expectOk(await call(office, 'package.draft', { year: YEAR, sessionId: '2026-S02' }));
    const badStep = { ...draft.rules, rubric: { criteria: draft.rules.rubric.criteria.map((c, i) => (i === 1 ? { ...c, step: 3 } : c)) } };
    const refused = await issue('2026-S02', { rules: badStep });
    expect(refused).toMatchObject({ ok: false, error: { code: 'rules-invalid' } });
    expect(await issue('2026-S02', { rules: { ...draft.rules, nominationIds: draft.rules.nominationIds.slice(1) } })).toMatchObject({ ok: false, error: { code: 'rules-nominations-changed' } });
    const pool = expectOk(poolSnapshotNow(office, 'sector')).entries.length;
    expect(issuePackage(office, { year: YEAR, sessionId: '2026-S02', panelSize: pool + 1, stratumBy: 'sector' })).toMatchObject({ ok: false, error: { code: 'panel-too-large' } });
    expect((await packages(office)).map((p) => p.sessionId)).toEqual(['2026-S01']);
    expect(auditRows(office)).toBe(before);
  });
});

describe('the device key rule holds for packages too', () => {
  it('a key with no passphrase signs no package until the choice to run without one is recorded; a protected key needs its passphrase', async () => {
    const fresh = open();
    const before = auditRows(fresh);
    const unset = await call(fresh, 'package.issue', { year: YEAR, sessionId: '2026-S05', panelSize: 5 });
    expect(unset).toMatchObject({ ok: false, error: { code: 'device-key-no-passphrase' } });
    expect(await packages(fresh)).toEqual([]);
    expect(auditRows(fresh)).toBe(before);

    expectOk(await call(fresh, 'keys.setPassphrase', { next: 'correct horse battery' }));
    expect(await call(fresh, 'package.issue', { year: YEAR, sessionId: '2026-S05', panelSize: 5 })).toMatchObject({ ok: false, error: { code: 'device-key-locked' } });
    expect(await packages(fresh)).toEqual([]);
  });
});

describe('a meeting laptop takes in the office’s package file', () => {
  it('only when the signer is enrolled as an office, and not when the file was changed', async () => {
    const file = await fileOf('2026-S01');
    const before = auditRows(laptop);
    const stranger = await call(laptop, 'package.import', { content: file });
    expect(stranger).toMatchObject({ ok: false, error: { code: 'package-signer-not-enrolled' } });
    if (!stranger.ok) expect(stranger.error.message.en).toContain("enrol the office's key file first");

    // The same package signed by another key, enrolled as an expert's, then revoked.
    const pair = generateKeyPair();
    const other = { privateKey: privateKeyFromPkcs8(pair.privateKeyPkcs8), publicKey: pair.publicKey };
    const forged = Buffer.from(serializeEnvelope(seal(ISSUED_PACKAGE, expectOk(readIssuedPackage(file)).payload, other)), 'utf8');
    const enrolled = expectOk(await call(laptop, 'keys.enrol', { content: keyFileBytes(other, { label: '某专家', deviceId: 'x', appVersion: 'test', exportedAt: '2026-01-01' }), role: 'expert' }));
    expect(await call(laptop, 'package.import', { content: forged })).toMatchObject({ ok: false, error: { code: 'package-signer-wrong-role' } });
    expectOk(await call(laptop, 'keys.revoke', { keyId: enrolled.keyId, reason: '测试' }));
    expect(await call(laptop, 'package.import', { content: forged })).toMatchObject({ ok: false, error: { code: 'package-signer-revoked' } });

    // A byte of the payload changed: the signature no longer holds.
    const changed = Buffer.from(file.toString('utf8').replace('"panelSize":5', '"panelSize":6'));
    const bad = await call(laptop, 'package.import', { content: changed });
    expect(bad).toMatchObject({ ok: false, error: { code: 'package-invalid' } });
    if (!bad.ok) expect(bad.error.message.en).toContain('Signature check failed');
    expect(await packages(laptop)).toEqual([]);
    expect(auditRows(laptop)).toBe(before + 2); // the enrolment and the revocation only
  });

  it('from an enrolled office: recorded as received, once; the session is made from it and freezes its rules', async () => {
    const key = expectOk(await call(office, 'keys.exportFile', { label: '评审办公室' }));
    expectOk(await call(laptop, 'keys.enrol', { content: key.content, role: 'office', label: '评审办公室' }));
    const file = await fileOf('2026-S01');
    const received = expectOk(await call(laptop, 'package.import', { content: file }));
    const issued = (await packages(office))[0];
    expect(received).toMatchObject({ origin: 'received', packageSha256: issued.packageSha256, rulesHash: issued.rulesHash, poolHash: issued.poolHash });
    const before = auditRows(laptop);
    expect(expectOk(await call(laptop, 'package.import', { content: file })).packageSha256).toBe(issued.packageSha256);
    expect(auditRows(laptop)).toBe(before);

    const session = expectOk(await call(laptop, 'session.create', { year: YEAR, drawId, sessionId: '2026-S01' }));
    const payload = expectOk(readIssuedPackage(file)).payload;
    expect(session.nominations).toEqual(payload.nominations);
    expect(session.rules).toEqual(payload.rules);
    expect(expectOk(await call(laptop, 'session.freeze', { sessionId: '2026-S01' })).rulesHash).toBe(issued.rulesHash);
    expect((await packages(laptop))[0].inSession).toBe(true);
    expect(verifyAuditChain(laptop.store.db).valid).toBe(true);
  });
});

describe('a session is made only from its package', () => {
  it('refuses a session without a package, a draw of another pool snapshot and another panel size, writing nothing', async () => {
    const before = auditRows(office);
    const draw = (await drawDemoPanel(inProcess(office), YEAR, { perStratum: 1, unitCap: 1, place: '郑州', operator: '周操作', finish: true })).drawId;
    const create = (sessionId: string) => call(office, 'session.create', { year: YEAR, drawId: draw, sessionId });

    const none = await create('2026-S09');
    expect(none).toMatchObject({ ok: false, error: { code: 'package-missing' } });
    if (!none.ok) expect(none.error.message.zh).toContain('请办公室先签发授权包');

    expectOk(await issue('2026-S03', { stratumBy: 'unit-type' }));
    const pool = await create('2026-S03');
    expect(pool).toMatchObject({ ok: false, error: { code: 'package-pool-mismatch' } });
    if (!pool.ok) expect(pool.error.message.en).toContain('not the one the package was issued with');

    expectOk(await issue('2026-S04', { panelSize: 6 }));
    const panel = await create('2026-S04');
    expect(panel).toMatchObject({ ok: false, error: { code: 'package-panel-mismatch' } });
    if (!panel.ok) expect(panel.error.message.en).toBe(`Draw ${draw} seated 5 experts; the package says 6`);

    expect(expectOk(await call(office, 'session.list', {}))).toEqual([]);
    // The draw and the two packages are all that was written.
    const actions = (office.store.db.prepare('SELECT action FROM audit_log ORDER BY seq').all() as { action: string }[]).slice(before).map((r) => r.action);
    expect(actions.filter((a) => !a.startsWith('draw.'))).toEqual(['package.issue', 'package.issue']);
  });
});
