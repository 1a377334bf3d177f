import { describe, expect, it } from 'vitest';
import { openTestContext } from '../../tests/helpers/context';
import { auditSubject } from '../../src-shared/audit/subjects';
import { appendAudit, verifyAuditChain } from '../store/audit-log';
import { auditLogText, parseAuditLog, verifyAuditRows } from './audit-rows';
import type { ExportedAuditRow } from './schemas';

function exported(): ExportedAuditRow[] {
  const ctx = openTestContext();
  for (let i = 0; i < 12; i++) {
    const details = { version: i + 1, state: 'scored', criteria: { total: 80 + i / 4 }, comment: '材料翔实 "引号" \\ 换行\n', recusalReason: '', changeReason: '' };
    appendAudit(ctx.store.db, ctx.store.deviceId, { actor: `专家${i}`, action: 'score.save', subject: auditSubject.scoreCell('S', `E${i}`, 'N1'), details }, ctx.now());
  }
  const rows = (ctx.store.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, never>[]).map((a) => ({
    seq: a.seq, at: a.at, deviceId: a.device_id, actor: a.actor, action: a.action, subject: a.subject, details: JSON.parse(a.details), prevHash: a.prev_hash, hash: a.hash,
  }));
  expect(verifyAuditChain(ctx.store.db).headHash).toBe(rows.at(-1)!.hash);
  ctx.store.close();
  return rows as ExportedAuditRow[];
}

function readBack(text: string) {
  const parsed = parseAuditLog(text);
  if (!parsed.ok) throw new Error(parsed.error.message.en);
  return parsed.value;
}

describe('the audit chain over exported rows', () => {
  it('is written one row per line and checks to the head the database has', () => {
    const rows = exported();
    const text = auditLogText(rows);
    expect(text.split('\n')).toHaveLength(13);
    expect(verifyAuditRows(readBack(text))).toEqual({ valid: true, entries: 12, headHash: rows.at(-1)!.hash });
    expect(verifyAuditRows(readBack(''))).toEqual({ valid: true, entries: 0, headHash: '0'.repeat(64) });
  });

  it.each([
    ['a row removed', (r: ExportedAuditRow[]) => r.splice(4, 1), 6, 'sequence should be 5'],
    ['two rows swapped', (r: ExportedAuditRow[]) => ([r[3], r[4]] = [r[4], r[3]]), 5, 'sequence should be 4'],
    ['an actor edited', (r: ExportedAuditRow[]) => (r[6].actor = '某人'), 7, 'content was altered'],
    ['details edited', (r: ExportedAuditRow[]) => ((r[2].details as { version: number }).version = 99), 3, 'content was altered'],
    ['a link rewritten', (r: ExportedAuditRow[]) => (r[8].prevHash = r[6].hash), 9, 'does not link'],
  ])('finds %s at the first row that no longer fits', (_name, spoil, seq, says) => {
    const rows = exported();
    spoil(rows);
    const v = verifyAuditRows(readBack(auditLogText(rows)));
    expect(v).toMatchObject({ valid: false, firstBadSeq: seq });
    expect(v.problem!.en).toContain(says);
    expect(v.problem!.zh).toContain(`第 ${seq} 条`);
  });

  it('hashes the text as it stands: the same record in another form changes the row', () => {
    const rows = readBack(auditLogText(exported()));
    rows[3] = { ...rows[3], text: rows[3].text.replace(/^\{"action":("[^"]*"),"actor":("[^"]*"),/, '{"actor":$2,"action":$1,') };
    const v = verifyAuditRows(rows);
    expect(v).toMatchObject({ valid: false, firstBadSeq: 4 });
    expect(v.problem!.en).toContain('content was altered');
  });

  it.each([
    ['the file cut inside a line', (t: string) => t.slice(0, -40), 'the last line is incomplete (the file was cut off)'],
    ['a line that is not JSON', (t: string) => t.replace('\n', '\nnot json\n'), 'line 2: not valid JSON'],
    ['a line that is not a row', (t: string) => t.replace('\n', '\n["abc",{}]\n'), 'line 2: not an audit row'],
    ['a line written in another form', (t: string) => t.replace(/^\["/, '[ "'), 'line 1: not canonical JSON (RFC 8785: keys in order, no whitespace): from byte 1 the file has " \\"'],
    ['a line with a space before its end', (t: string) => t.replace(']\n', '] \n'), 'the file has " " where the canonical form has its end'],
    ['a record with its keys reordered', (t: string) => t.replace(/"action":("[^"]*"),"actor":("[^"]*"),/, '"actor":$2,"action":$1,'), 'line 1: not canonical JSON'],
    ['a record with a key given twice', (t: string) => t.replace(/"actor":("[^"]*"),/, '"actor":$1,"actor":$1,'), 'line 1: duplicate key "actor" in one object (at [1])'],
    ['a number written as 1.0', (t: string) => t.replace('"seq":1,', '"seq":1.0,'), 'line 1: not canonical JSON'],
  ])('refuses %s, naming the line', (_name, spoil, says) => {
    const r = parseAuditLog(spoil(auditLogText(exported())));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.en).toContain(says);
  });
});
