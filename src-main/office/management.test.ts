import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { insertTestStudio } from '../../tests/helpers/studios';
import { tempDir } from '../../tests/helpers/temp-dir';
import type { OperationInput } from '../../src-shared/api/contract';
import { call } from '../api/dispatch';
import type { ServiceContext } from '../services/context';
import { verifyAuditChain } from '../store/audit-log';
import { fixedClock, type FixedClock } from '../testing/clock';

// The fixed clock starts on 2026-06-01 (Asia/Shanghai): the 2026 checks below are dated before it.
let clock: FixedClock;
let ctx: ServiceContext;
let studio: string;
beforeEach(() => {
  clock = fixedClock();
  ctx = openTestContext(tempDir(), clock);
  studio = insertTestStudio(ctx, 1, 2025);
});
afterEach(() => ctx.store.close());

const check = (change: Partial<OperationInput<'management.check'>> = {}): OperationInput<'management.check'> => ({
  studioId: studio,
  year: 2026,
  checkedOn: '2026-05-20',
  activities: '开展技术攻关 6 次，培训青年教师 40 人次',
  results: '获得发明专利 2 项',
  useOfFunds: '购置实验设备 2.1 万元，凭证齐全',
  finding: 'evident',
  checkers: ['王敏', '李强'],
  ...change,
});
const notEvident = (change: Partial<OperationInput<'management.check'>> = {}) =>
  check({ finding: 'not-evident', rectification: { deadline: '2026-07-31', requirements: '每季度至少开展一次活动，补齐台账' }, ...change });
const recheck = (outcome: 'rectified' | 'not-rectified', recheckedOn: string) =>
  call(ctx, 'management.recheck', { studioId: studio, recheckedOn, outcome, notes: '现场查看活动台账', checkers: ['王敏'] });
const revoke = (revokedOn = '2026-08-10') =>
  call(ctx, 'management.revoke', { studioId: studio, revokedOn, docNo: '豫教科文卫体工〔2026〕15号', reason: '作用发挥不明显且整改不到位' });

const statusOf = (id = studio) => ctx.store.first(ctx.store.q.selectFrom('studios').select('status').where('id', '=', id))!.status;
const auditRows = () =>
  ctx.store.db.prepare('SELECT action, subject, details FROM audit_log ORDER BY seq').all() as { action: string; subject: string; details: string }[];
const count = (table: string) => (ctx.store.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
const codeOf = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error!.code);

/** The clock on a later day of the office (noon in Shanghai). */
const onDay = (date: string) => clock.set(`${date}T04:00:00Z`);

describe('dynamic management of a studio (Art. 17)', () => {
  it('an evident role keeps the studio active; the check is recorded and audited', async () => {
    const view = expectOk(await call(ctx, 'management.check', check()));
    expect(view.studio.status).toBe('active');
    expect(view.checks).toEqual([
      expect.objectContaining({ year: 2026, checkedOn: '2026-05-20', finding: 'evident', checkers: ['王敏', '李强'], recordedBy: 'test' }),
    ]);
    expect(view.rectifications).toEqual([]);
    const [row] = auditRows();
    expect(row).toMatchObject({ action: 'management.check', subject: `studio:${studio}` });
    expect(JSON.parse(row.details)).toMatchObject({ year: 2026, finding: 'evident', deadline: null, from: 'active', to: 'active' });
  });

  it('one check per studio per year: a second is refused and nothing is written', async () => {
    expectOk(await call(ctx, 'management.check', check()));
    const again = await call(ctx, 'management.check', check({ finding: 'ordinary', checkedOn: '2026-05-25' }));
    expect(codeOf(again)).toBe('check-exists');
    expect(again.ok ? '' : again.error.message.zh).toContain('每个工作室每年只检查一次');
    expect(count('annual_checks')).toBe(1);
    expect(auditRows()).toHaveLength(1);
    // Another studio's check of the same year is its own.
    const other = insertTestStudio(ctx, 2, 2025);
    expectOk(await call(ctx, 'management.check', check({ studioId: other })));
  });

  it('not evident opens a rectification; the re-check finds it rectified and the studio is active again', async () => {
    const opened = expectOk(await call(ctx, 'management.check', notEvident()));
    expect(opened.studio.status).toBe('rectifying');
    expect(statusOf()).toBe('rectifying');
    expect(opened.rectifications).toEqual([
      { checkYear: 2026, openedOn: '2026-05-20', deadline: '2026-07-31', requirements: '每季度至少开展一次活动，补齐台账', overdue: false, recheck: null },
    ]);
    onDay('2026-07-15');
    const closed = expectOk(await recheck('rectified', '2026-07-15'));
    expect(closed.studio.status).toBe('active');
    expect(closed.rectifications[0].recheck).toMatchObject({ recheckedOn: '2026-07-15', outcome: 'rectified', checkers: ['王敏'] });
    expect(auditRows().map((r) => [r.action, JSON.parse(r.details).from, JSON.parse(r.details).to])).toEqual([
      ['management.check', 'active', 'rectifying'],
      ['management.recheck', 'rectifying', 'active'],
    ]);
    // Rectified: nothing to revoke.
    expect(codeOf(await revoke('2026-07-20'))).toBe('revocation-needs-failed-recheck');
  });

  it('not rectified after the deadline leads to revocation; the revoked studio keeps its history and takes no further step', async () => {
    expectOk(await call(ctx, 'management.check', notEvident()));
    onDay('2026-08-10');
    expect(expectOk(await recheck('not-rectified', '2026-08-05')).studio.status).toBe('rectifying');
    const revoked = expectOk(await revoke('2026-08-10'));
    expect(revoked.studio.status).toBe('revoked');
    expect(revoked.revocation).toMatchObject({ revokedOn: '2026-08-10', docNo: '豫教科文卫体工〔2026〕15号', reason: '作用发挥不明显且整改不到位', checkYear: 2026 });
    expect(revoked.checks).toHaveLength(1);
    expect(revoked.history.map((h) => h.action)).toEqual(['management.check', 'management.recheck', 'management.revoke']);

    const refused = [
      await call(ctx, 'management.check', check({ year: 2027, checkedOn: '2026-08-10' })),
      await recheck('rectified', '2026-08-10'),
      await revoke('2026-08-10'),
    ];
    for (const r of refused) {
      expect(codeOf(r)).toBe('studio-revoked');
      expect(r.ok ? '' : r.error.message.zh).toContain('不能重新启用');
    }
    // The studio is kept: the row cannot be deleted, and the records of the steps cannot be changed.
    expect(() => ctx.store.db.prepare('DELETE FROM studios WHERE id = ?').run(studio)).toThrow(/never deleted/);
    expect(() => ctx.store.db.prepare("UPDATE annual_checks SET finding = 'evident'").run()).toThrow(/never changed/);
    expect(() => ctx.store.db.prepare('DELETE FROM revocations').run()).toThrow(/never deleted/);
    expect(verifyAuditChain(ctx.store.db)).toMatchObject({ valid: true, entries: 3 });
  });

  it('refuses to revoke without a re-check that found the rectification not in place, and changes nothing', async () => {
    const refuse = async () => {
      const r = await revoke('2026-05-30');
      expect(codeOf(r)).toBe('revocation-needs-failed-recheck');
      expect(r.ok ? '' : r.error.message.zh).toContain('作用发挥不明显且整改不到位');
    };
    await refuse(); // never checked
    expectOk(await call(ctx, 'management.check', notEvident()));
    await refuse(); // rectification still open
    expect(statusOf()).toBe('rectifying');
    expect(count('revocations')).toBe(0);
    expect(auditRows().map((r) => r.action)).toEqual(['management.check']);
    // The schema holds the same rule should anything write past the service.
    expect(() =>
      ctx.store.db
        .prepare("INSERT INTO revocations VALUES (?, 2026, '2026-05-30', '文号', '理由', 'x', 'x')")
        .run(studio),
    ).toThrow();
  });

  it('finds "not rectified" only once the deadline has come', async () => {
    expectOk(await call(ctx, 'management.check', notEvident()));
    onDay('2026-07-01');
    const early = await recheck('not-rectified', '2026-07-01');
    expect(codeOf(early)).toBe('recheck-before-deadline');
    expect(count('rechecks')).toBe(0);
  });

  it('refuses a deadline with a finding that needs none, and an unknown studio', async () => {
    const r = await call(ctx, 'management.check', check({ rectification: { deadline: '2026-07-31', requirements: '补齐台账' } }));
    expect(codeOf(r)).toBe('rectification-not-needed');
    expect(codeOf(await call(ctx, 'management.check', check({ studioId: '2025-JKWWT-99' })))).toBe('studio-not-found');
    expect(codeOf(await call(ctx, 'management.check', check({ finding: 'unclear' as never })))).toBe('invalid-input');
    expect(count('annual_checks')).toBe(0);
    expect(auditRows()).toEqual([]);
  });
});

describe('the year’s management work', () => {
  it('lists active studios of earlier years without the check, and open rectifications with overdue ones first', async () => {
    const late = insertTestStudio(ctx, 2, 2025);
    const soon = insertTestStudio(ctx, 3, 2025);
    const fresh = insertTestStudio(ctx, 1, 2026);
    expectOk(await call(ctx, 'management.check', check()));
    expectOk(await call(ctx, 'management.check', notEvident({ studioId: late, rectification: { deadline: '2026-06-15', requirements: '补齐台账' } })));
    expectOk(await call(ctx, 'management.check', notEvident({ studioId: soon, rectification: { deadline: '2026-09-30', requirements: '开展活动' } })));

    const due = expectOk(await call(ctx, 'management.due', { year: 2026 }));
    expect(due.today).toBe('2026-06-01');
    expect(due.unchecked).toEqual([]);
    expect(due.rectifications.map((r) => [r.studio.id, r.overdue])).toEqual([
      [late, false],
      [soon, false],
    ]);

    onDay('2026-06-20');
    const later = expectOk(await call(ctx, 'management.due', { year: 2026 }));
    expect(later.rectifications.map((r) => [r.studio.id, r.overdue, r.awaitingRevocation])).toEqual([
      [late, true, false],
      [soon, false, false],
    ]);
    // The studio published in 2026 is first due in 2027, with the others whose 2027 check is not done.
    const next = expectOk(await call(ctx, 'management.due', { year: 2027 }));
    expect(next.unchecked.map((s) => s.id)).toEqual([studio, fresh]);

    // Failed at its re-check, the late one waits for the revocation decision; it is no longer overdue.
    expectOk(await call(ctx, 'management.recheck', { studioId: late, recheckedOn: '2026-06-20', outcome: 'not-rectified', notes: '未整改', checkers: ['王敏'] }));
    expect(expectOk(await call(ctx, 'management.due', { year: 2026 })).rectifications[0]).toMatchObject({ studio: { id: late }, overdue: false, awaitingRevocation: true });

    const list = expectOk(await call(ctx, 'management.studios'));
    expect(list.map((s) => [s.id, s.status, s.lastCheck?.finding ?? null])).toEqual([
      [studio, 'active', 'evident'],
      [late, 'rectifying', 'not-evident'],
      [soon, 'rectifying', 'not-evident'],
      [fresh, 'active', null],
    ]);
  });
});
