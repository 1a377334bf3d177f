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
import { prepareSession, SIMULATED_PIN } from '../../testing/simulate';
import { SCORE_WRITER } from '../../../tests/global-setup';

const ROOT = path.resolve(__dirname, '../../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-crash-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

/**
 * Runs the writer (built by the global setup) until it has reported `afterSaves` saves, then SIGKILLs it
 * `killAfterMs` later, wherever it is by then; returns the saves it reported as committed. Counting saves
 * rather than time keeps the test the same on a fast and a busy machine.
 */
function runAndKill(sessionId: string, expertId: string, run: number, afterSaves: number, killAfterMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SCORE_WRITER, dir, sessionId, expertId, String(run)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    let armed = false;
    child.stdout.on('data', (d) => {
      out += d;
      if (!armed && out.split('\nSAVED ').length - 1 >= afterSaves) {
        armed = true;
        setTimeout(() => child.kill('SIGKILL'), killAfterMs);
      }
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
    let awaited = 0;
    for (let run = 0; run < 50; run++) {
      const afterSaves = 1 + Math.floor(rand() * 4);
      awaited += afterSaves;
      reported.push(...(await runAndKill(session.sessionId, expertId, run, afterSaves, Math.floor(rand() * 40))));
    }
    expect(reported.length).toBeGreaterThanOrEqual(awaited);

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
  });
});
