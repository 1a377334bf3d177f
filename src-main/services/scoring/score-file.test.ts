import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../../tests/helpers/context';
import { sha256Hex } from '../../../src-shared/sha256';
import { call } from '../../api/dispatch';
import { seal, serializeEnvelope } from '../../crypto/envelope';
import type { ServiceContext } from '../context';
import { unlockExpertKey } from './expert-pin';
import { SCORE_FILE } from './score-file';
import { prepareSession, SIMULATED_PIN } from '../../testing/simulate';

let coordinator: ServiceContext;
let laptop: ServiceContext;
let stranger: ServiceContext;
let sessionId: string;
let expertId: string;
const files: Record<string, Buffer> = {};

async function scoreFile(ctx: ServiceContext): Promise<Buffer> {
  return Buffer.from(expectOk(await call(ctx, 'score.exportFile', { sessionId, expertId, pin: SIMULATED_PIN })).content);
}

// Made in beforeAll and shared by the table below, so kept until afterAll (not per test).
const dirs: string[] = [];
const dir = () => {
  dirs.push(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-scorefile-')));
  return dirs.at(-1)!;
};

beforeAll(async () => {
  coordinator = openTestContext(dir());
  const session = await prepareSession(coordinator, 1);
  sessionId = session.sessionId;
  expertId = session.panel[3].expertId;
  const pkg = expectOk(await call(coordinator, 'session.exportPackage', { sessionId })).content;
  const criteria = Object.fromEntries(session.rules.rubric.criteria.map((c) => [c.id, c.maxPoints / 2]));
  const [n1, n2, n3] = session.nominations.map((n) => n.id);

  laptop = openTestContext(dir());
  expectOk(await call(laptop, 'session.importPackage', { content: pkg }));
  expectOk(await call(laptop, 'session.checkIn', { sessionId, expertId, pin: SIMULATED_PIN }));
  expectOk(await call(laptop, 'score.save', { sessionId, expertId, nominationId: n1, criteria }));
  files.v1 = await scoreFile(laptop);
  expectOk(await call(laptop, 'score.save', { sessionId, expertId, nominationId: n2, criteria }));
  expectOk(await call(laptop, 'score.save', { sessionId, expertId, nominationId: n3, recuse: { reason: '同单位' } }));
  files.v3 = await scoreFile(laptop);

  // Another laptop where someone checked in as the same expert: a different key.
  stranger = openTestContext(dir());
  expectOk(await call(stranger, 'session.importPackage', { content: pkg }));
  expectOk(await call(stranger, 'session.checkIn', { sessionId, expertId, pin: SIMULATED_PIN }));
  for (const n of session.nominations.slice(0, 4)) expectOk(await call(stranger, 'score.save', { sessionId, expertId, nominationId: n.id, criteria }));
  files.otherKey = await scoreFile(stranger);

  // A properly signed file by the expert's own key, but for another session.
  const keys = expectOk(unlockExpertKey(laptop, sessionId, expertId, SIMULATED_PIN, 'score-file'));
  const own = JSON.parse(files.v3.toString('utf8'));
  files.foreign = Buffer.from(serializeEnvelope(seal(SCORE_FILE, { ...own.payload, sessionId: '2025-S01', version: 9 }, keys)));
  const otherExpert = { ...own.payload, expertId: 'E9999', cells: [], version: 9 };
  files.notOnPanel = Buffer.from(serializeEnvelope(seal(SCORE_FILE, otherExpert, keys)));

  // One byte of a score changed in the file.
  const text = files.v3.toString('utf8');
  const altered = text.replace(/"leader-role":(\d+)/, (_m, n) => `"leader-role":${Number(n) === 0 ? 1 : Number(n) - 1}`);
  expect(altered).not.toBe(text);
  files.altered = Buffer.from(altered);

  expect(expectOk(await call(coordinator, 'score.importFiles', { files: [{ fileName: 'v3.json', content: files.v3 }] })).imported).toHaveLength(1);
});

afterAll(() => {
  for (const c of [coordinator, laptop, stranger]) c.store.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Every table but the audit log, where a refusal is recorded: nothing else may change. */
function stateBesidesAudit(): string {
  const { db } = coordinator.store;
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'audit_log' ORDER BY name").pluck().all() as string[];
  return JSON.stringify(tables.map((t) => [t, db.prepare(`SELECT * FROM "${t}"`).all()]));
}

const lastAudit = () => coordinator.store.db.prepare('SELECT seq, action, subject, details FROM audit_log ORDER BY seq DESC LIMIT 1').get() as { seq: number; action: string; subject: string; details: string };

describe('importing score files on the coordinator', () => {
  it('took the first file: the expert, the version and every cell', async () => {
    const s = expectOk(await call(coordinator, 'session.get', { sessionId }));
    expect(s.imports).toMatchObject([{ expertId, version: 3 }]);
    expect(s.cells.filter((c) => c.expertId === expertId).map((c) => c.state)).toEqual(expect.arrayContaining(['scored', 'scored', 'recused']));
  });

  it.each([
    ['stale (an older version)', 'v1', 'stale-score-file', '早于'],
    ['duplicate (the same version again)', 'v3', 'duplicate-score-file', '已导入'],
    ['of another session', 'foreign', 'foreign-session', '2025-S01'],
    ['altered (one score changed)', 'altered', 'bad-signature', ''],
    ['signed by another key for this expert', 'otherKey', 'wrong-expert-key', '密钥'],
    ['of someone not on the panel', 'notOnPanel', 'not-on-panel', 'E9999'],
  ])('refuses a file %s with a clear message, changes nothing and records the refusal', async (_name, file, code, words) => {
    const before = stateBesidesAudit();
    const seq = lastAudit().seq;
    const r = expectOk(await call(coordinator, 'score.importFiles', { files: [{ fileName: `${file}.json`, content: files[file] }] }));
    expect(r.imported).toEqual([]);
    expect(r.refused).toHaveLength(1);
    expect(r.refused[0].message.zh).toContain(`${file}.json`);
    if (words) expect(r.refused[0].message.zh).toContain(words);
    expect(stateBesidesAudit()).toBe(before);
    const refusal = lastAudit();
    expect(refusal).toMatchObject({ seq: seq + 1, action: 'score.import-refused', subject: `file:${file}.json` });
    expect(JSON.parse(refusal.details)).toEqual({ sha256: sha256Hex(files[file]), code, reason: r.refused[0].message });
    // The code travels in the message's service result; check it straight from the service as well.
    const { importScoreFile } = await import('./score-file');
    const direct = importScoreFile(coordinator, `${file}.json`, files[file]);
    expect(direct).toMatchObject({ ok: false, error: { code } });
    expect(stateBesidesAudit()).toBe(before);
  });
});
