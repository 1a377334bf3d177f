import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import seedrandom from 'seedrandom';
import { afterAll, describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../../tests/helpers/context';
import { call } from '../../api/dispatch';
import { loadSqlite } from '../../store/sqlite-driver';
import { DATABASE_FILE } from '../../store/store';
import { prepareSession, SIMULATED_PIN } from './simulate';

const ROOT = path.resolve(__dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-crash-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs the writer until `killAfterMs`, then SIGKILL; returns the saves it reported as committed. */
function runAndKill(sessionId: string, expertId: string, run: number, killAfterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    // `node --import tsx` keeps the writer in this one process: the tsx CLI would run it in a grandchild
    // that SIGKILL on the CLI would leave alive.
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(ROOT, 'tests/helpers/score-writer.ts'), dir, sessionId, expertId, String(run)], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => {
      out += d;
      if (out.includes('READY\n') && !child.killed) setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    });
    child.stderr.on('data', (d) => (err += d));
    child.once('exit', (_code, signal) => {
      if (signal !== 'SIGKILL') return reject(new Error(`writer ended on its own:\n${err}`));
      resolve(out.split('\n').filter((l) => l.startsWith('SAVED ')));
    });
  });
}

describe('crash safety of score saving', () => {
  it('loses no reported save across 50 SIGKILLs at random moments, and the database stays intact', async () => {
    const ctx = openTestContext(dir);
    const session = await prepareSession(ctx, 5);
    const expertId = session.panel[0].expertId;
    expectOk(await call(ctx, 'session.checkIn', { sessionId: session.sessionId, expertId, pin: SIMULATED_PIN }));
    ctx.store.close();

    const rand = seedrandom('kill-times');
    const reported: string[] = [];
    for (let run = 0; run < 50; run++) reported.push(...(await runAndKill(session.sessionId, expertId, run, Math.floor(rand() * 120))));
    expect(reported.length).toBeGreaterThan(50);

    const db = new (loadSqlite())(path.join(dir, DATABASE_FILE));
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    const history = db.prepare('SELECT version, nomination_id, criteria FROM score_history WHERE session_id = ? AND expert_id = ?').all(session.sessionId, expertId) as {
      version: number;
      nomination_id: string;
      criteria: string;
    }[];
    const byVersion = new Map(history.map((h) => [h.version, h]));
    for (const line of reported) {
      const [, version, nominationId, criterion, value] = line.split(' ');
      const h = byVersion.get(Number(version));
      expect(h, line).toBeDefined();
      expect(h!.nomination_id).toBe(nominationId);
      expect(JSON.parse(h!.criteria)[criterion]).toBe(Number(value));
    }
    // The current cells equal the last history row of each cell: nothing half-written.
    const cells = db.prepare('SELECT nomination_id, criteria FROM scores WHERE session_id = ? AND expert_id = ?').all(session.sessionId, expertId) as { nomination_id: string; criteria: string }[];
    for (const c of cells) {
      const last = history.filter((h) => h.nomination_id === c.nomination_id).sort((a, b) => b.version - a.version)[0];
      expect(c.criteria).toBe(last.criteria);
    }
    db.close();
  }, 300_000);
});
