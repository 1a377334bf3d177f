import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expectOk, openTestContext, databaseBytes } from '../../../tests/helpers/context';
import { call } from '../../api/dispatch';
import type { ServiceContext } from '../context';
import { unitRegister } from './units';

let ctx: ServiceContext;
beforeEach(() => {
  ctx = openTestContext();
});
afterEach(() => ctx.store.close());

describe('the registers of recommending units and units', () => {
  it('starts with the 17 cities\' and 济源\'s unions (Art. 5 a), and takes the office\'s own with an audit row', async () => {
    const preset = expectOk(await call(ctx, 'recommenders.list', {}));
    expect(preset).toHaveLength(18);
    expect(preset.every((r) => r.kind === 'city-industry-union')).toBe(true);
    const saved = expectOk(
      await call(ctx, 'recommenders.save', { unit: { code: 'RB-001', name: '郑州大学工会', kind: 'direct-grassroots-union', aliases: ['郑大工会'] }, mode: 'create' }),
    );
    expect(saved.kind).toBe('direct-grassroots-union');
    const audit = ctx.store.db.prepare("SELECT action, subject FROM audit_log WHERE action LIKE 'recommending-units.%'").all();
    expect(audit).toEqual([{ action: 'recommending-units.create', subject: 'recommending-unit:RB-001' }]);
  });

  it.each([
    ['a name that is another entry\'s alias', { code: 'RB-002', name: '郑州教科文卫体工会', kind: 'member-unit', aliases: [] }],
    ['an alias that is another entry\'s name, written with full-width space', { code: 'RB-003', name: '某某学会', kind: 'member-unit', aliases: ['洛阳市　教科文卫体工会'] }],
  ] as const)('refuses %s, naming the row, and changes nothing', async (_label, unit) => {
    const before = databaseBytes(ctx);
    const r = await call(ctx, 'recommenders.save', { unit: { ...unit, aliases: [...unit.aliases] }, mode: 'create' });
    expect(r).toMatchObject({ ok: false, error: { code: 'register-invalid' } });
    expect(!r.ok && r.error.details?.[0].message.zh).toMatch(/与第\d+行的名称或别名重复/);
    expect(databaseBytes(ctx).equals(before)).toBe(true);
  });

  it('an alias added to a unit makes the next file with that name find the same code', async () => {
    expectOk(await call(ctx, 'units.save', { unit: { code: 'HN-H-0002', name: '郑州大学第一附属医院', type: 'hospital', aliases: [] }, mode: 'create' }));
    expect(unitRegister(ctx).find('郑大一附院')).toBeUndefined();
    expectOk(await call(ctx, 'units.save', { unit: { code: 'HN-H-0002', name: '郑州大学第一附属医院', type: 'hospital', aliases: ['郑大一附院'] }, mode: 'update' }));
    expect(unitRegister(ctx).find(' 郑大一附院 ')?.code).toBe('HN-H-0002');
    const actions = ctx.store.db.prepare("SELECT action FROM audit_log WHERE subject = 'unit:HN-H-0002' ORDER BY seq").all();
    expect(actions).toEqual([{ action: 'units.create' }, { action: 'units.update' }]);
  });

  it('an addition never overwrites another entry\'s code, and a change never creates one; nothing is written', async () => {
    const before = databaseBytes(ctx);
    const taken = await call(ctx, 'recommenders.save', { unit: { code: 'RA-01', name: '某某学会', kind: 'member-unit', aliases: [] }, mode: 'create' });
    expect(taken).toMatchObject({ ok: false, error: { code: 'register-code-exists' } });
    const missing = await call(ctx, 'units.save', { unit: { code: 'NOPE', name: '某单位', type: 'other', aliases: [] }, mode: 'update' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'register-entry-not-found' } });
    expect(databaseBytes(ctx).equals(before)).toBe(true);
    expect(expectOk(await call(ctx, 'recommenders.list', {})).find((r) => r.code === 'RA-01')?.name).toBe('郑州市教科文卫体工会');
  });
});
