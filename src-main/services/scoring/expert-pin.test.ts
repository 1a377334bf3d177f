import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../../tests/helpers/context';
import type { SessionView } from '../../../src-shared/api/views';
import type { Result } from '../../../src-shared/result';
import { call } from '../../api/dispatch';
import { generateKeyPair, keyId } from '../../crypto/keys';
import { lockPrivateKey } from '../../crypto/pin-vault';
import { verifyAuditChain } from '../../store/audit-log';
import { removeTempFolders, tempFolder } from '../../testing/bundle-fixtures';
import { fixedClock, type FixedClock } from '../../testing/clock';
import { prepareSession, SIMULATED_PIN } from '../../testing/simulate';
import type { ServiceContext } from '../context';
import { pinWaitMs, unlockExpertKey } from './expert-pin';

const PIN = SIMULATED_PIN;
const SECOND = 1000;
const MINUTE = 60 * SECOND;

let dataDir: string;
let clock: FixedClock;
let ctx: ServiceContext;
let session: SessionView;
/** A panel member of its own for each test, so the PIN counts of one test do not meet another's. */
const expert = (i: number) => session.panel[i].expertId;

// The session is shared by the whole file, so its folder is kept until the end (tests/helpers' tempDir goes after each test).
afterAll(removeTempFolders);
beforeAll(async () => {
  dataDir = tempFolder('sr-pins-');
  clock = fixedClock();
  ctx = openTestContext(dataDir, clock);
  session = await prepareSession(ctx, 3);
});

afterAll(() => ctx.store.close());

const code = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code);
const message = (r: Result<unknown>) => (r.ok ? { zh: '', en: '' } : r.error.message);
const unlock = (expertId: string, pin: string) => call(ctx, 'score.unlock', { sessionId: session.sessionId, expertId, pin });
const save = (expertId: string) => {
  const criterion = session.rules.rubric.criteria[0];
  return call(ctx, 'score.save', { sessionId: session.sessionId, expertId, nominationId: session.nominations[0].id, criteria: { [criterion.id]: criterion.maxPoints } });
};

function auditOf(expertId: string): { action: string; details: Record<string, unknown> }[] {
  const rows = ctx.store.db
    .prepare("SELECT action, details FROM audit_log WHERE action LIKE 'pin.%' AND subject = ? ORDER BY seq")
    .all(`session:${session.sessionId}/${expertId}`) as { action: string; details: string }[];
  return rows.map((r) => ({ action: r.action, details: JSON.parse(r.details) }));
}

describe('new PINs', () => {
  it('need 6 digits or more; full-width digits from a Chinese input method count', async () => {
    const id = expert(0);
    const before = (ctx.store.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n;
    for (const weak of ['2468', '24681', '24681a', '246 813', 'abcdefgh', '']) {
      const r = await call(ctx, 'session.checkIn', { sessionId: session.sessionId, expertId: id, pin: weak || ' ' });
      expect([weak, code(r)]).toEqual([weak, 'weak-pin']);
      expect(message(r).zh).toContain('6');
    }
    // Refused before anything is stored.
    expect(expectOk(await call(ctx, 'session.get', { sessionId: session.sessionId })).experts).toEqual([]);
    expect((ctx.store.db.prepare('SELECT count(*) AS n FROM audit_log').get() as { n: number }).n).toBe(before);

    expectOk(await call(ctx, 'session.checkIn', { sessionId: session.sessionId, expertId: id, pin: '２４６８１３' }));
    expectOk(await unlock(id, PIN));
  });

  it('are not asked of a vault an earlier version locked under 4 digits: it keeps opening', async () => {
    const id = expert(1);
    expectOk(await call(ctx, 'session.checkIn', { sessionId: session.sessionId, expertId: id, pin: PIN }));
    // What a check-in of an earlier version left: a key under "2468".
    const pair = generateKeyPair();
    const vault = expectOk(lockPrivateKey(pair.privateKeyPkcs8, '2468'));
    ctx.store.db
      .prepare('UPDATE session_experts SET vault = ?, public_key = ?, key_id = ? WHERE session_id = ? AND expert_id = ?')
      .run(JSON.stringify(vault), pair.publicKey, keyId(pair.publicKey), session.sessionId, id);
    expect(expectOk(await unlock(id, '2468')).expertId).toBe(id);
  });
});

describe('wrong PINs', () => {
  it('wait 30 s after the fifth in a row, doubling up to an hour', () => {
    expect([1, 2, 3, 4].map(pinWaitMs)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8].map(pinWaitMs)).toEqual([30 * SECOND, 60 * SECOND, 2 * MINUTE, 4 * MINUTE]);
    expect(pinWaitMs(12)).toBe(60 * MINUTE);
    expect(pinWaitMs(40)).toBe(60 * MINUTE);
  });

  it('are counted in the database, so a restart does not reset the wait; each is audited, and the message says how long', async () => {
    const id = expert(2);
    expectOk(await call(ctx, 'session.checkIn', { sessionId: session.sessionId, expertId: id, pin: PIN }));
    for (let i = 1; i <= 4; i++) {
      const r = await unlock(id, '000000');
      expect(code(r)).toBe('wrong-pin');
      expect(message(r).zh).toBe(`PIN 不正确（已连续错 ${i} 次）。再错 ${5 - i} 次，须等待 30 秒后才能再试。`);
    }
    const fifth = await unlock(id, '000000');
    expect(message(fifth)).toEqual({ zh: 'PIN 不正确（已连续错 5 次）：请等待 30 秒后再试。', en: 'Wrong PIN (5 in a row): wait 30 s before the next try.' });

    // Even the right PIN waits, and is not tried.
    expect(code(await unlock(id, PIN))).toBe('pin-wait');
    clock.advance(10 * SECOND);
    expect(message(await unlock(id, PIN))).toEqual({ zh: 'PIN 已连续错 5 次：请等待 20 秒后再试。', en: '5 wrong PINs in a row: wait 20 s before the next try.' });

    // Closing and opening the app again changes nothing.
    ctx.store.close();
    ctx = openTestContext(dataDir, clock);
    expect(message(await unlock(id, PIN)).en).toContain('wait 20 s');

    clock.advance(20 * SECOND);
    expect(message(await unlock(id, '111111')).en).toBe('Wrong PIN (6 in a row): wait 1 min before the next try.');
    clock.advance(59 * SECOND);
    expect(message(await unlock(id, PIN)).zh).toContain('1 秒');
    clock.advance(SECOND);
    expectOk(await unlock(id, PIN));
    // A correct PIN starts the count again.
    expect(message(await unlock(id, '000000')).en).toContain('(1 in a row)');

    const audit = auditOf(id);
    expect(audit.filter((a) => a.action === 'pin.wrong').map((a) => a.details)).toEqual([
      ...[1, 2, 3, 4, 5, 6].map((failures) => ({ purpose: 'open-sheet', failures })),
      { purpose: 'open-sheet', failures: 1 },
    ]);
    expect(audit.filter((a) => a.action === 'pin.wait').map((a) => a.details)).toEqual([
      { failures: 5, seconds: 30, until: '2026-06-01T08:00:30.000Z' },
      { failures: 6, seconds: 60, until: '2026-06-01T08:01:30.000Z' },
    ]);
    expect(audit.filter((a) => a.action === 'pin.unlock').map((a) => a.details.purpose)).toEqual(['check-in', 'open-sheet']);
    expect(verifyAuditChain(ctx.store.db).valid).toBe(true);
  });

  it('stay counted when the operation that asked for the PIN fails, and cannot be checked inside a transaction', async () => {
    const id = expert(3);
    expectOk(await call(ctx, 'session.checkIn', { sessionId: session.sessionId, expertId: id, pin: PIN }));
    // Signing an unlocked sheet is refused anyway; the wrong PIN it came with is still on the record.
    expect(code(await call(ctx, 'signoff.expert', { sessionId: session.sessionId, expertId: id, pin: '999999', dissent: '' }))).toBe('wrong-pin');
    expect(code(await call(ctx, 'score.exportFile', { sessionId: session.sessionId, expertId: id, pin: '999999' }))).toBe('wrong-pin');
    expect(auditOf(id).filter((a) => a.action === 'pin.wrong').map((a) => a.details)).toEqual([
      { purpose: 'sign-sheet', failures: 1 },
      { purpose: 'score-file', failures: 2 },
    ]);
    // The right PIN for an operation that is then refused leaves no trace: a refusal writes nothing.
    const before = auditOf(id);
    expect(code(await call(ctx, 'signoff.expert', { sessionId: session.sessionId, expertId: id, pin: PIN, dissent: '' }))).toBe('session-wrong-phase');
    expect(auditOf(id)).toEqual(before);
    expect(() => ctx.store.transaction(() => unlockExpertKey(ctx, session.sessionId, id, PIN, 'sign-sheet'))).toThrow(/outside a transaction/);
  });
});

describe("an expert's sheet on a shared laptop", () => {
  it('opens with their PIN for five minutes: saving, reading for editing and locking need it', async () => {
    const id = expert(4);
    const other = expert(3);
    const sessionId = session.sessionId;
    expectOk(await call(ctx, 'session.checkIn', { sessionId, expertId: id, pin: PIN }));
    // The PIN just chosen opens the sheet.
    expectOk(await save(id));

    clock.advance(5 * MINUTE);
    for (const r of [await save(id), await call(ctx, 'score.sheet', { sessionId, expertId: id }), await call(ctx, 'score.lock', { sessionId, expertId: id })]) {
      expect(code(r)).toBe('pin-required');
      expect(message(r).zh).toContain(`${id} 的 PIN`);
    }
    const opened = expectOk(await unlock(id, PIN));
    expect(opened.unlockedUntil).toBe(new Date(clock().getTime() + 5 * MINUTE).toISOString());
    expect(opened.cells.map((c) => c.expertId)).toEqual([id]);
    expectOk(await save(id));
    expect(expectOk(await call(ctx, 'score.sheet', { sessionId, expertId: id })).cells).toHaveLength(1);
    // One expert's PIN opens only their own sheet: the other one's, opened at their check-in, is closed by now.
    expect(code(await save(other))).toBe('pin-required');

    clock.advance(5 * MINUTE - SECOND);
    expectOk(await save(id));
    clock.advance(SECOND);
    expect(code(await save(id))).toBe('pin-required');
    // Locking is the expert's own step too: with the sheet open it goes on to its own checks.
    expectOk(await unlock(id, PIN));
    expect(code(await call(ctx, 'score.lock', { sessionId, expertId: id }))).toBe('scores-incomplete');

    // Handing the laptop on closes the sheet at once.
    expect(expectOk(await call(ctx, 'score.close', { sessionId, expertId: id }))).toEqual({ closed: true });
    expect(code(await save(id))).toBe('pin-required');
    expect(expectOk(await call(ctx, 'score.close', { sessionId, expertId: id }))).toEqual({ closed: false });
  });
});
