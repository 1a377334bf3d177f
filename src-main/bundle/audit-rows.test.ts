import { describe, expect, it } from 'vitest';
import { openTestContext } from '../../tests/helpers/context';
import { appendAudit, verifyAuditChain } from '../store/audit-log';
import { verifyAuditRows } from './audit-rows';
import type { ExportedAuditRow } from './schemas';

function exported(): ExportedAuditRow[] {
  const ctx = openTestContext();
  for (let i = 0; i < 12; i++) appendAudit(ctx.store.db, ctx.store.deviceId, { actor: `专家${i}`, action: 'score.save', subject: `session:S/E${i}`, details: { total: 80 + i / 4, note: '材料翔实' } });
  const rows = (ctx.store.db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as Record<string, never>[]).map((a) => ({
    seq: a.seq, at: a.at, deviceId: a.device_id, actor: a.actor, action: a.action, subject: a.subject, details: JSON.parse(a.details), prevHash: a.prev_hash, hash: a.hash,
  }));
  expect(verifyAuditChain(ctx.store.db).headHash).toBe(rows.at(-1)!.hash);
  ctx.store.close();
  return rows as ExportedAuditRow[];
}

describe('the audit chain over exported rows', () => {
  it('agrees with the database check on an intact log', () => {
    const rows = exported();
    expect(verifyAuditRows(rows)).toEqual({ valid: true, entries: 12, headHash: rows.at(-1)!.hash });
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
    const v = verifyAuditRows(rows);
    expect(v).toMatchObject({ valid: false, firstBadSeq: seq });
    expect(v.problem!.en).toContain(says);
    expect(v.problem!.zh).toContain(`第 ${seq} 条`);
  });
});
