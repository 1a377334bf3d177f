import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { insertTestStudio } from '../../tests/helpers/studios';
import { tempDir } from '../../tests/helpers/temp-dir';
import type { StudioFactInput } from '../../src-shared/office/studio-facts';
import { call } from '../api/dispatch';
import type { ServiceContext } from '../services/context';
import { fixedClock, type FixedClock } from '../testing/clock';

let clock: FixedClock;
let ctx: ServiceContext;
let studio: string;
beforeEach(() => {
  clock = fixedClock(); // 2026-06-01
  ctx = openTestContext(tempDir(), clock);
  studio = insertTestStudio(ctx, 1, 2025);
});
afterEach(() => ctx.store.close());

const add = (fact: StudioFactInput, studioId = studio) => call(ctx, 'studio.addFact', { studioId, fact });
const auditRows = () => ctx.store.db.prepare('SELECT action, subject, details FROM audit_log ORDER BY seq').all() as { action: string; subject: string; details: string }[];

describe('support and service facts of a studio (Art. 13 to 16, 18)', () => {
  it('appends each kind, reads it back as entered, and audits it under the studio', async () => {
    const facts: StudioFactInput[] = [
      { kind: 'platform-registration', date: '2026-01-05', account: 'HN-JKWWT-0001' },
      { kind: 'alliance-membership', date: '2026-02-10', alliance: '河南省教科文卫体系统劳模工匠创新工作室联盟' },
      { kind: 'host-support', date: '2026-03-01', text: '学校配套经费 5 万元，提供 120 平方米场地' },
      { kind: 'publicity', date: '2026-04-28', title: '匠心育人二十年', medium: '河南日报', link: 'https://example.org/a' },
      { kind: 'publicity', date: '2026-05-01', title: '工作室开放日', medium: '校报', text: '全文……' },
    ];
    for (const f of facts) expectOk(await add(f));
    const view = expectOk(await call(ctx, 'management.get', { studioId: studio }));
    expect(view.facts.map(({ id: _, recordedAt: __, recordedBy: ___, ...f }) => f)).toEqual(facts);
    expect(view.facts.map((f) => f.id)).toEqual([1, 2, 3, 4, 5]);
    const rows = auditRows();
    expect(rows.map((r) => [r.action, r.subject])).toEqual(facts.map(() => ['studio.fact', `studio:${studio}`]));
    expect(JSON.parse(rows[3].details)).toEqual({ id: 4, ...facts[3] });
    expect(view.history.map((h) => h.action)).toEqual(facts.map(() => 'studio.fact'));
  });

  it('refuses a publicity item without a link or its text, a kind it does not know, a date to come, an unknown studio', async () => {
    const none = await add({ kind: 'publicity', date: '2026-04-28', title: '报道', medium: '河南日报' });
    expect(none.ok ? '' : none.error.code).toBe('invalid-input');
    expect(JSON.stringify(none)).toContain('a publicity item needs a link or its text');
    expect((await add({ kind: 'award', date: '2026-04-28' } as never)).ok).toBe(false);
    expect(await add({ kind: 'host-support', date: '2026-06-02', text: '场地' })).toMatchObject({ ok: false, error: { code: 'date-in-future' } });
    expect(await add({ kind: 'host-support', date: '2026-05-02', text: '场地' }, '2025-JKWWT-09')).toMatchObject({ ok: false, error: { code: 'studio-not-found' } });
    expect(auditRows()).toEqual([]);
  });

  it('completes a revoked studio’s record only with facts from before its revocation', async () => {
    const studioId = studio;
    expectOk(await call(ctx, 'management.check', {
      studioId, year: 2026, checkedOn: '2026-01-10', activities: '无', results: '无', useOfFunds: '未使用', finding: 'not-evident', checkers: ['王敏'],
      rectification: { deadline: '2026-03-31', requirements: '开展活动' },
    }));
    expectOk(await call(ctx, 'management.recheck', { studioId, recheckedOn: '2026-04-01', outcome: 'not-rectified', notes: '未开展活动', checkers: ['王敏'] }));
    expectOk(await call(ctx, 'management.revoke', { studioId, revokedOn: '2026-04-20', docNo: '豫教科文卫体工〔2026〕9号', reason: '整改不到位' }));
    expectOk(await add({ kind: 'host-support', date: '2026-02-01', text: '单位提供场地' }));
    const after = await add({ kind: 'host-support', date: '2026-05-01', text: '单位提供场地' });
    expect(after).toMatchObject({ ok: false, error: { code: 'studio-revoked' } });
    expect(after.ok ? '' : after.error.message.zh).toContain('2026-04-20');
  });
});
