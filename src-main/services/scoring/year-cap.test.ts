import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionView } from '../../../src-shared/api/views';
import { expectOk, openTestContext } from '../../../tests/helpers/context';
import { tempDir } from '../../../tests/helpers/temp-dir';
import { call } from '../../api/dispatch';
import { importBundle } from '../../office/bundle-import';
import { renderBundle, sealBundle } from '../../bundle/render';
import { syntheticBundleData } from '../../testing/synthetic-bundle';
import { paperCodesOf } from '../../testing/bundle-fixtures';
import { writeBundleFolder } from '../../bundle/write-folder';
import { generateKeyPair, privateKeyFromPkcs8 } from '../../crypto/keys';
import { verifyAuditChain } from '../../store/audit-log';
import type { ServiceContext } from '../context';
import { deviceKey } from '../device-key';
import { poolSnapshotNow } from '../draw-setup';
import { packageFile, recordIssuedPackage } from '../issued-packages/records';
import { enrolKey, keyFileBytes } from '../../office/trust-store';
import { checkIn, planScores, scoreAndLock, signSheet, signWithoutPassphrase, voteTies } from '../../testing/meeting-script';
import { inProcess, prepareDraw, SIMULATED_PIN } from '../../testing/simulate';

let ctx: ServiceContext;
let drawId: string;
beforeEach(async () => {
  ctx = openTestContext();
  ({ drawId } = await prepareDraw(ctx, 5));
  // This computer is the office too: it signs the packages it issues, by the recorded choice without a passphrase.
  await signWithoutPassphrase(inProcess(ctx));
});
afterEach(() => ctx.store.close());

const YEAR = 2026;
const auditRows = () => (ctx.store.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
const session = async (sessionId: string) => expectOk(await call(ctx, 'session.get', { sessionId }));
/** The office issues a session's package with `cut` places (omitted: the draft's, what the year has left). */
const issue = async (sessionId: string, cut?: number) => {
  if (cut === undefined) return call(ctx, 'package.issue', { year: YEAR, sessionId, panelSize: 5 });
  const draft = expectOk(await call(ctx, 'package.draft', { year: YEAR, sessionId }));
  return call(ctx, 'package.issue', { year: YEAR, sessionId, panelSize: 5, rules: { ...draft.rules, cut } });
};
/** A session made from its package (issued first) on the draw's panel. */
const create = async (sessionId: string, cut?: number) => {
  expectOk(await issue(sessionId, cut));
  return expectOk(await call(ctx, 'session.create', { year: YEAR, drawId, sessionId }));
};
const freeze = (sessionId: string) => call(ctx, 'session.freeze', { sessionId });

/** A frozen session taken to the leader's signature by the meeting script: every expert here, scores by its plan, ties voted, sheets signed. */
async function scoreAndSignSheets(sessionId: string): Promise<void> {
  const s = await session(sessionId);
  const door = inProcess(ctx);
  const plan = planScores(s, 5);
  for (const { expertId } of s.panel) await checkIn(door, sessionId, expertId);
  for (const { expertId } of s.panel) await scoreAndLock(door, s, expertId, plan);
  await voteTies(door, sessionId, '专家组举手表决');
  for (const { expertId } of s.panel) await signSheet(door, sessionId, expertId);
}

/** A session of the year that proposes `cut` (signed here). */
async function signedSession(sessionId: string, cut: number): Promise<SessionView> {
  await create(sessionId, cut);
  expectOk(await freeze(sessionId));
  await scoreAndSignSheets(sessionId);
  const signed = expectOk(await call(ctx, 'signoff.summary', { sessionId, pin: SIMULATED_PIN }));
  expect(expectOk(await call(ctx, 'results.get', { sessionId })).ranking.rows.filter((r) => r.inCut)).toHaveLength(cut);
  return signed;
}

/**
 * A verified result bundle of another meeting laptop, taken in by this computer's office side. The office issued
 * its package: a new one here, or (`same`) the package of the session of that id this computer ran, whose
 * nominations, rules and pool the bundle then shares.
 */
function takeInBundle(o: { sessionId: string; year: number; nominations: number }, same?: SessionView) {
  const pair = generateKeyPair();
  const keys = { privateKey: privateKeyFromPkcs8(pair.privateKeyPkcs8), publicKey: pair.publicKey };
  expectOk(enrolKey(ctx, { content: keyFileBytes(keys, { label: `会场 ${o.sessionId}`, deviceId: o.sessionId, appVersion: 'test', exportedAt: ctx.now().toISOString() }), role: 'meeting-laptop' }));
  const dir = path.join(tempDir('sr-year-cap-usb-'), 'bundle');
  const data = same
    ? syntheticBundleData({
        ...o,
        experts: 5,
        criteria: 3,
        like: { nominations: same.nominations, rules: same.rules },
        pool: expectOk(poolSnapshotNow(ctx, 'sector')).entries,
        issuedPackage: Buffer.from(expectOk(packageFile(ctx, o.sessionId)).content),
      })
    : syntheticBundleData({ ...o, experts: 5, criteria: 3, issuer: expectOk(deviceKey(ctx)) });
  if (!same) expectOk(recordIssuedPackage(ctx, data.issuedPackage));
  writeBundleFolder(dir, sealBundle(renderBundle(data, keys.publicKey), keys));
  return expectOk(importBundle(ctx, { path: dir }, o.year, { paper: paperCodesOf(data) }));
}

describe('the annual cap of 30 counts over the whole year (Art. 2)', () => {
  it("session A proposes 24: session B's cut of 10 is refused with the year's message and nothing written, a cut of 6 is accepted", async () => {
    await signedSession('2026-A', 24);
    expect(expectOk(await call(ctx, 'session.yearCap', { year: YEAR }))).toMatchObject({ used: 24, proposed: 24, reserved: 0, remaining: 6 });

    // A new package starts from what the year has left.
    expect(expectOk(await call(ctx, 'package.draft', { year: YEAR, sessionId: '2026-B' })).rules.cut).toBe(6);

    const before = auditRows();
    const refused = await issue('2026-B', 10);
    expect(refused).toMatchObject({ ok: false, error: { code: 'year-cap-exceeded' } });
    if (refused.ok) return;
    expect(refused.error.message.zh).toBe('本年度（2026）已有其他评审会建议 24 个，全年上限 30 个（第二条：每年发布不超过30个），本次评审会最多还可建议 6 个（本次为 10 个）。');
    expect(refused.error.message.en).toBe("Other review sessions of 2026 have already proposed 24; the year's cap is 30 (Art. 2: at most 30 a year), so this session may propose at most 6 (this session asks for 10).");
    expect(refused.error.details).toEqual([{ path: '2026-A', message: { zh: '已签字，建议名单 24 个', en: 'signed off, proposed list of 24' } }]);
    expect(expectOk(await call(ctx, 'package.list', {})).map((p) => p.sessionId)).toEqual(['2026-A']);
    expect(auditRows()).toBe(before);

    expect((await create('2026-B', 6)).rules.cut).toBe(6);
    expect(expectOk(await freeze('2026-B')).phase).toBe('scoring');
    expect(expectOk(await call(ctx, 'session.yearCap', { year: YEAR, sessionId: '2026-B' }))).toMatchObject({ used: 24, remaining: 6 });
    expect(expectOk(await call(ctx, 'session.yearCap', { year: YEAR }))).toMatchObject({ used: 30, proposed: 24, reserved: 6, remaining: 0 });

    // B proposes its 6 and signs: the year is at 30, and a further session is refused at once.
    await scoreAndSignSheets('2026-B');
    expect(expectOk(await call(ctx, 'signoff.summary', { sessionId: '2026-B', pin: SIMULATED_PIN })).phase).toBe('signed');
    expect(expectOk(await call(ctx, 'session.yearCap', { year: YEAR }))).toMatchObject({ used: 30, proposed: 30, reserved: 0, remaining: 0 });
    const full = await issue('2026-C');
    expect(full).toMatchObject({ ok: false, error: { code: 'year-cap-exceeded' } });
    if (!full.ok) expect(full.error.message.zh).toContain('本年度名额已满');
    expect(verifyAuditChain(ctx.store.db).valid).toBe(true);
  });

  it('a frozen session not yet signed off reserves its cut; drafts reserve nothing, so the second of two drafts of 6 cannot be frozen', async () => {
    await create('2026-A', 24);
    // A draft holds nothing: with A still a draft, a new package may take all 30, and B and C are issued with 6 each.
    expect(expectOk(await call(ctx, 'package.draft', { year: YEAR, sessionId: '2026-B' })).rules.cut).toBe(30);
    await create('2026-B', 6);
    await create('2026-C', 6);
    expectOk(await freeze('2026-A'));
    expect(expectOk(await call(ctx, 'session.yearCap', { year: YEAR }))).toMatchObject({ used: 24, proposed: 0, reserved: 24, remaining: 6 });
    // Once A is frozen a package may not ask for more than the 6 left.
    expect(await issue('2026-D', 7)).toMatchObject({ ok: false, error: { code: 'year-cap-exceeded' } });

    expectOk(await freeze('2026-B'));
    const before = auditRows();
    const refused = await freeze('2026-C');
    expect(refused).toMatchObject({ ok: false, error: { code: 'year-cap-exceeded' } });
    if (refused.ok) return;
    expect(refused.error.message.zh).toBe('本年度（2026）已有 2 个规则已冻结、尚未签字的评审会预留 30 个，全年上限 30 个（第二条：每年发布不超过30个），本年度名额已满，本次评审会不能再建议（本次为 6 个）。');
    expect(refused.error.details?.map((d) => d.path)).toEqual(['2026-A', '2026-B']);
    const after = await session('2026-C');
    expect([after.phase, after.rulesHash]).toEqual(['draft', null]);
    expect(auditRows()).toBe(before);
  });

  it('another year is not affected: a full 2025 bundle and a 2026 session of 24 leave 2027 whole', async () => {
    takeInBundle({ sessionId: '2025-S01', year: 2025, nominations: 35 });
    expect(expectOk(await call(ctx, 'session.yearCap', { year: 2025 }))).toMatchObject({ used: 30, remaining: 0 });
    // 2026 does not see the 2025 bundle: a session may take the whole 30.
    expect(expectOk(await call(ctx, 'package.draft', { year: YEAR, sessionId: '2026-A' })).rules.cut).toBe(30);
    await create('2026-A', 24);
    expectOk(await freeze('2026-A'));
    expect(expectOk(await call(ctx, 'session.yearCap', { year: 2026 }))).toMatchObject({ used: 24, remaining: 6 });
    expect(expectOk(await call(ctx, 'session.yearCap', { year: 2027 }))).toMatchObject({ year: 2027, used: 0, remaining: 30, counted: [] });
  });

  it('bundles taken in count; a session run here and also taken in as a bundle counts once; sign-off is refused when the year filled up after the freeze', async () => {
    const a = await signedSession('2026-A', 24);
    takeInBundle({ sessionId: '2026-A', year: YEAR, nominations: 24 }, a);
    const cap = expectOk(await call(ctx, 'session.yearCap', { year: YEAR }));
    expect(cap).toMatchObject({ used: 24, remaining: 6 });
    expect(cap.counted).toEqual([{ sessionId: '2026-A', basis: 'proposed', source: 'session', count: 24 }]);

    await create('2026-B', 6);
    expectOk(await freeze('2026-B'));
    await scoreAndSignSheets('2026-B');
    // Meanwhile the office takes in the result of a session held elsewhere in the same year.
    takeInBundle({ sessionId: '2026-X', year: YEAR, nominations: 4 });
    const before = auditRows();
    const refused = await call(ctx, 'signoff.summary', { sessionId: '2026-B', pin: SIMULATED_PIN });
    expect(refused).toMatchObject({ ok: false, error: { code: 'year-cap-exceeded' } });
    if (refused.ok) return;
    expect(refused.error.message.zh).toBe('本年度（2026）已有其他评审会建议 28 个，全年上限 30 个（第二条：每年发布不超过30个），本次评审会最多还可建议 2 个（本次为 6 个）。');
    expect(refused.error.details).toEqual([
      { path: '2026-A', message: { zh: '已签字，建议名单 24 个', en: 'signed off, proposed list of 24' } },
      { path: '2026-X', message: { zh: '已导入的结果包，建议名单 4 个', en: 'bundle taken in, proposed list of 4' } },
    ]);
    const after = await session('2026-B');
    expect(after.phase).toBe('discussion');
    expect(after.signoffs.some((s) => s.kind === 'summary')).toBe(false);
    expect(auditRows()).toBe(before);
  });
});
