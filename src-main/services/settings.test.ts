import { describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { CorruptColumnError } from '../store/json-columns';
import { readSettings, updateSettings } from './settings';

describe('settings', () => {
  it('reads back what was written, with the defaults for the rest', () => {
    const ctx = openTestContext();
    expectOk(updateSettings(ctx, { language: 'en', year: 2027 }));
    expect(readSettings(ctx)).toEqual({ language: 'en', year: 2027, timeZone: 'Asia/Shanghai' });
    ctx.store.close();
  });

  it.each([
    ['a value the setting does not allow', 'language', '"fr"', /settings\.value: language:/],
    ['a key no setting has', 'colour', '"red"', /settings\.value: \(keys\): .*colour/],
  ])('refuses %s, naming the column', (_, key, value, message) => {
    const ctx = openTestContext();
    ctx.store.db.prepare('INSERT INTO settings (key, value) VALUES (?, ?)').run(key, value);
    expect(() => readSettings(ctx)).toThrow(CorruptColumnError);
    expect(() => readSettings(ctx)).toThrow(message);
    ctx.store.close();
  });
});
