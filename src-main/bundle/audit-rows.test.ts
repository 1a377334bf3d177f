import { describe, expect, it } from 'vitest';
import { openTestContext } from '../../tests/helpers/context';
import { appendAudit, verifyAuditChain } from '../store/audit-log';
import { auditLogText, parseAuditLog, verifyAuditRows } from './audit-rows';
import type { ExportedAuditRow } from './schemas';

function exported(): ExportedAuditRow[] {
  const ctx = openTestContext();
  for (let i = 0; i < 12; i++) appendAudit(ctx.store.db, ctx.store.deviceId, { actor: `专家${i}`, action: 'score.save', subject: `session:S/E${i}`, details: { total: 80 + i / 4, note: '材料翔实 "引号" \\ 换行\n' } }, ctx.now());
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
    ['details edited', (r: ExportedAuditRow[]) => ((r[2].details as { total: number }).total = 99), 3, 'content was altered'],
    ['a link rewritten', (r: ExportedAuditRow[]) => (r[8].prevHash = r[6].hash), 9, 'does not link'],
  ])('finds %s at the first row that no longer fits', (_name, spoil, seq, says) => {
    const rows = exported();
    spoil(rows);
    const v = verifyAuditRows(readBack(auditLogText(rows)));
    expect(v).toMatchObject({ valid: false, firstBadSeq: seq });
    expect(v.problem!.en).toContain(says);
    expect(v.problem!.zh).toContain(`第 ${seq} 条`);
  });

  it('hashes the text as it stands: a key reordered or a space added changes the row', () => {
    const text = auditLogText(exported());
    const lines = text.split('\n');
    lines[3] = lines[3].replace(/^(\["[0-9a-f]{64}",)\{"action":("[^"]*"),"actor":("[^"]*"),/, '$1{"actor":$3,"action":$2,');
    const v = verifyAuditRows(readBack(lines.join('\n')));
    expect(v).toMatchObject({ valid: false, firstBadSeq: 4 });
    expect(v.problem!.en).toContain('content was altered');
  });

  it.each([
    ['the file cut inside a line', (t: string) => t.slice(0, -40), 'the last line is incomplete (the file was cut off)'],
    ['a line that is not JSON', (t: string) => t.replace('\n', '\nnot json\n'), 'line 2: not valid JSON'],
    ['a line that is not a row', (t: string) => t.replace('\n', '\n["abc",{}]\n'), 'line 2: not an audit row'],
    ['a line written in another form', (t: string) => t.replace(/^\["/, '[ "'), 'line 1: not in the form the app writes'],
    ['a line with a space before its end', (t: string) => t.replace(']\n', '] \n'), 'line 1: not in the form the app writes'],
  ])('refuses %s, naming the line', (_name, spoil, says) => {
    const r = parseAuditLog(spoil(auditLogText(exported())));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message.en).toBe(says);
  });
});
