import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../../tests/helpers/context';
import { sha256Hex } from '../../../src-shared/sha256';
import { call } from '../../api/dispatch';
import { verifyAuditChain } from '../../store/audit-log';
import { checkIn, planScores, scoreAndLock } from '../../testing/meeting-script';
import { inProcess, prepareSession, SIMULATED_PIN } from '../../testing/simulate';
import type { ServiceContext } from '../context';

/**
 * A wrong PIN and a refused score file change nothing but are recorded: the refused change rolls back, and its
 * refusal is written after it, in a transaction of its own.
 */

let coordinator: ServiceContext;
let laptop: ServiceContext;
let sessionId: string;
let expertId: string;

beforeAll(async () => {
  coordinator = openTestContext();
  const session = await prepareSession(coordinator, 3);
  sessionId = session.sessionId;
  expertId = session.panel[0].expertId;
  const pkg = expectOk(await call(coordinator, 'session.exportPackage', { sessionId }));
  laptop = openTestContext();
  expectOk(await call(laptop, 'session.importPackage', { content: pkg.content }));
  await checkIn(inProcess(laptop), sessionId, expertId);
  await scoreAndLock(inProcess(laptop), session, expertId, planScores(session, 3));
});

afterAll(() => {
  coordinator.store.close();
  laptop.store.close();
});

interface Row {
  seq: number;
  action: string;
  subject: string;
  details: unknown;
}

const lastRow = (ctx: ServiceContext): Row => {
  const r = ctx.store.db.prepare('SELECT seq, action, subject, details FROM audit_log ORDER BY seq DESC LIMIT 1').get() as Row & { details: string };
  return { ...r, details: JSON.parse(r.details) };
};
const signoffs = (ctx: ServiceContext) => ctx.store.db.prepare('SELECT count(*) FROM signoffs').pluck().get();

describe('refusals leave a row in the audit log', () => {
  it('a wrong PIN when signing a sheet (asked inside its transaction): nothing signed, the refusal stays', async () => {
    const before = lastRow(laptop).seq;
    const r = await call(laptop, 'signoff.expert', { sessionId, expertId, pin: '135791', dissent: '' });
    expect(r).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(signoffs(laptop)).toBe(0);
    expect(lastRow(laptop)).toEqual({ seq: before + 1, action: 'pin.wrong', subject: `session:${sessionId}/${expertId}`, details: { purpose: 'sign-sheet', failures: 1 } });
    expect(verifyAuditChain(laptop.store.db)).toMatchObject({ valid: true, entries: before + 1 });
  });

  it('a wrong PIN when exporting a score file', async () => {
    const before = lastRow(laptop).seq;
    expect(await call(laptop, 'score.exportFile', { sessionId, expertId, pin: '000000' })).toMatchObject({ ok: false, error: { code: 'wrong-pin' } });
    expect(lastRow(laptop)).toMatchObject({ seq: before + 1, action: 'pin.wrong', subject: `session:${sessionId}/${expertId}` });
  });

  it('the right PIN leaves no refusal', async () => {
    const before = lastRow(laptop).seq;
    expectOk(await call(laptop, 'signoff.expert', { sessionId, expertId, pin: SIMULATED_PIN, dissent: '' }));
    expect(signoffs(laptop)).toBe(1);
    const actions = laptop.store.db.prepare('SELECT action FROM audit_log WHERE seq > ? ORDER BY seq').pluck().all(before);
    expect(actions.sort()).toEqual(['pin.unlock', 'signoff.expert']);
  });

  it('a refused score file: its name, hash, code and reason, and nothing of it stored', async () => {
    const before = lastRow(coordinator).seq;
    const content = Buffer.from('{"not":"a score file"}');
    const r = expectOk(await call(coordinator, 'score.importFiles', { files: [{ fileName: '评分-伪造.json', content }] }));
    expect(r.imported).toEqual([]);
    const row = lastRow(coordinator);
    expect(row).toMatchObject({ seq: before + 1, action: 'score.import-refused', subject: 'file:评分-伪造.json' });
    expect(row.details).toEqual({ sha256: sha256Hex(content), code: 'invalid-envelope', reason: r.refused[0].message });
    expect(coordinator.store.db.prepare('SELECT count(*) FROM score_imports').pluck().get()).toBe(0);
  });
});
