import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, openTestContext, databaseBytes } from '../../../tests/helpers/context';
import type { DrawProtocol } from '../../../src-shared/draw/protocol';
import type { PanelMember } from '../../../src-shared/api/views';
import { call } from '../../api/dispatch';
import { seal, serializeEnvelope } from '../../crypto/envelope';
import type { ServiceContext } from '../context';
import { deviceKey } from '../device-key';
import { importSessionPackage, SESSION_PACKAGE } from './session-package';
import { prepareSession, SIMULATED_PIN } from '../../testing/simulate';

/** Issue 11, item 7: every expert laptop recomputes the draw from the record the package carries. */

interface Payload {
  sessionId: string;
  drawSeed: string;
  drawProtocol: DrawProtocol;
  panel: PanelMember[];
  [key: string]: unknown;
}

let coordinator: ServiceContext;
let sessionId: string;
let pkg: Uint8Array;
let payload: Payload;
const dirs: string[] = [];
const dir = () => {
  dirs.push(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-package-')));
  return dirs.at(-1)!;
};
const laptops: ServiceContext[] = [];
const laptop = () => {
  laptops.push(openTestContext(dir()));
  return laptops.at(-1)!;
};

beforeAll(async () => {
  coordinator = openTestContext(dir());
  sessionId = (await prepareSession(coordinator, 1)).sessionId;
  pkg = expectOk(await call(coordinator, 'session.exportPackage', { sessionId })).content;
  payload = JSON.parse(Buffer.from(pkg).toString('utf8')).payload as Payload;
});

afterEach(() => {
  for (const l of laptops.splice(0)) l.store.close();
});

afterAll(() => {
  coordinator.store.close();
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** Another package, signed with the office's (coordinator's) own device key, so only the draw check can catch it. */
function resigned(edit: (p: Payload) => void): Buffer {
  const p = structuredClone(payload);
  edit(p);
  const keys = expectOk(deviceKey(coordinator));
  return Buffer.from(serializeEnvelope(seal(SESSION_PACKAGE, p, keys)), 'utf8');
}

/** Imports and expects a refusal that leaves the laptop's database byte for byte as it was. */
function refused(bytes: Buffer) {
  const l = laptop();
  const before = databaseBytes(l);
  const r = importSessionPackage(l, bytes);
  expect(r.ok).toBe(false);
  expect(databaseBytes(l).equals(before)).toBe(true);
  expect(l.store.all(l.store.q.selectFrom('scoring_sessions').select('session_id'))).toEqual([]);
  return r.ok ? expect.fail('refused') : r.error;
}

describe('the session package carries the draw record', () => {
  it('holds the same canonical record as the draw protocol file', async () => {
    const session = expectOk(await call(coordinator, 'session.get', { sessionId }));
    const file = expectOk(await call(coordinator, 'draw.protocolFile', { drawId: session.drawId! }));
    expect(payload.drawProtocol).toEqual(JSON.parse(Buffer.from(file.content).toString('utf8')));
    expect(payload.drawSeed).toBe(payload.drawProtocol.seed);
  });

  it('re-verifies on import and shows 抽取已核验 facts: the seed and the expert’s own ticket and rank', async () => {
    const l = laptop();
    const imported = expectOk(await call(l, 'session.importPackage', { content: pkg }));
    expect(imported.panel).toEqual(payload.panel);
    const audit = l.store.db.prepare("SELECT details FROM audit_log WHERE action = 'session.package-import'").all() as { details: string }[];
    expect(JSON.parse(audit[0].details)).toMatchObject({ drawVerified: true, seed: payload.drawProtocol.seed });

    const member = payload.panel[1];
    const check = expectOk(await call(l, 'session.drawCheck', { sessionId, expertId: member.expertId }));
    const row = payload.drawProtocol.result.find((r) => r.id === member.expertId)!;
    const inStratum = payload.drawProtocol.result.filter((r) => r.stratum === member.stratum);
    expect(check).toMatchObject({
      status: 'verified',
      drawId: payload.drawProtocol.config.drawId,
      seed: payload.drawProtocol.seed,
      poolSize: payload.drawProtocol.pool.length,
      panelSize: payload.panel.length,
      expert: {
        expertId: member.expertId,
        stratum: member.stratum,
        ticket: row.ticket,
        rank: row.rank,
        stratumRank: inStratum.findIndex((r) => r.id === member.expertId) + 1,
        stratumSize: inStratum.length,
      },
    });
    // The record kept on the laptop is the protocol file, byte for byte: the same SHA-256 as the printed record.
    const file = expectOk(await call(coordinator, 'draw.protocolFile', { drawId: check.drawId }));
    expect(check.protocolSha256).toBe(file.sha256);
    // The coordinator checks its own session the same way.
    expect(expectOk(await call(coordinator, 'session.drawCheck', { sessionId, expertId: member.expertId })).expert).toEqual(check.expert);

    expectOk(await call(l, 'session.checkIn', { sessionId, expertId: member.expertId, pin: SIMULATED_PIN }));
  });

  it('refuses a panel edited to an expert who was not drawn, re-signed with the office key, naming the first mismatch', () => {
    const seat = 2;
    const original = payload.panel[seat];
    const notDrawn = payload.drawProtocol.result.find((r) => r.stratum === original.stratum && r.status === 'skipped')
      ?? payload.drawProtocol.result.find((r) => r.status === 'skipped')!;
    const e = refused(resigned((p) => (p.panel[seat] = { ...p.panel[seat], expertId: notDrawn.id, name: '替换的人' })));
    expect(e.code).toBe('draw-panel-mismatch');
    expect(e.message.zh).toContain(`席位 ${seat + 1}`);
    expect(e.message.zh).toContain(`评审包中为 ${notDrawn.id}，重算为 ${original.expertId}`);
    expect(e.message.en).toContain(`${notDrawn.id} in the package, ${original.expertId} recomputed`);
    expect(e.details?.[0].path).toBe(`panel[${seat}].expertId`);
  });

  it('refuses a record whose witness digits were altered', () => {
    const e = refused(
      resigned((p) => {
        const w = p.drawProtocol.witnesses[0];
        w.digits = w.digits.slice(0, -1) + String((Number(w.digits.at(-1)) + 1) % 10);
      }),
    );
    expect(e.code).toBe('draw-record-mismatch');
    // The first field that no longer recomputes is the seed's input (key), which still holds the witness's digits.
    expect(e.message.zh).toContain('抽取记录重算不通过');
    expect(e.message.zh).toContain('字段 key');
    expect(e.message.zh).toContain(payload.drawProtocol.witnesses[0].name);
    expect(e.details?.[0].path).toBe('key');
  });

  it('replays the call log: a refusal added to the record moves a seat to the standby, so the package panel no longer follows', () => {
    const seated = payload.panel[0];
    const standby = payload.drawProtocol.result.find((r) => r.stratum === seated.stratum && r.status === 'alternate')!;
    const e = refused(
      resigned((p) => p.drawProtocol.callLog.push({ at: '2026-03-01T09:00:00+08:00', caller: '办公室', expertId: seated.expertId, outcome: 'declined' })),
    );
    expect(e.code).toBe('draw-panel-mismatch');
    expect(e.message.zh).toContain(`评审包中为 ${seated.expertId}，重算为 ${standby.id}`);
  });

  it('refuses a package without a draw record, and one whose seed is not the record’s', () => {
    expect(refused(resigned((p) => delete (p as Partial<Payload>).drawProtocol)).code).toBe('package-no-draw-record');
    const e = refused(resigned((p) => (p.drawSeed = '0'.repeat(64))));
    expect(e.code).toBe('draw-seed-mismatch');
    expect(e.message.zh).toContain(`重算为 ${payload.drawProtocol.seed}`);
  });

  it('checks again before the first score: a record changed on the laptop stops check-in and the 抽取已核验 banner', async () => {
    const l = laptop();
    expectOk(await call(l, 'session.importPackage', { content: pkg }));
    const changed = structuredClone(payload.drawProtocol);
    changed.result[0].ticket = changed.result[0].ticket.replace(/\d$/, (d) => String((Number(d) + 1) % 10));
    l.store.db.prepare('UPDATE scoring_sessions SET draw_protocol = ? WHERE session_id = ?').run(JSON.stringify(changed), sessionId);
    const checkIn = await call(l, 'session.checkIn', { sessionId, expertId: payload.panel[0].expertId, pin: SIMULATED_PIN });
    expect(checkIn).toMatchObject({ ok: false, error: { code: 'draw-record-mismatch' } });
    expect(checkIn.ok ? '' : checkIn.error.message.zh).toContain('result[0].ticket');
    expect(await call(l, 'session.drawCheck', { sessionId })).toMatchObject({ ok: false, error: { code: 'draw-record-mismatch' } });
    expect(l.store.all(l.store.q.selectFrom('session_experts').select('expert_id'))).toEqual([]);
  });
});
