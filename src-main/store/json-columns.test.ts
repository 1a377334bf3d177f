import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { canonicalJson } from '../../src-shared/canonical-json';
import { runDraw } from '../../src-shared/draw';
import { defaultSessionRules } from '../../src-shared/scoring/session-rules';
import { rowToExpert } from '../services/expert-rows';
import { CorruptColumnError, JSON_COLUMNS, parseJsonColumn, readJson } from './json-columns';
import type { ExpertsTable } from './schema-types';
import { migratedTables } from '../../tests/helpers/migrated-schema';

function jsonColumnsInSchema(): string[] {
  return [...migratedTables()].flatMap(([name, sql]) => [...new Set([...sql.matchAll(/json_valid\((\w+)\)/g)].map((m) => `${name}.${m[1]}`))]);
}

const expertRow: ExpertsTable = {
  id: 'E1',
  name: '张伟',
  gender: 'male',
  unit_name: '郑州大学',
  unit_code: 'U1',
  unit_type: 'university',
  unit_type_inferred: 0,
  title: '教授',
  sectors: '["education","science"]',
  specialty: '',
  phone: '',
  email: '',
  status: 'available',
  avoid_unit_codes: '["U2"]',
  panel_years: '[2024]',
  non_senior_reason: '',
};

describe('JSON columns', () => {
  it('every column the schema keeps as JSON has its shape in JSON_COLUMNS, and nothing else is there', () => {
    expect(jsonColumnsInSchema().sort()).toEqual(Object.keys(JSON_COLUMNS).sort());
  });

  it('reads a row back with its types', () => {
    expect(rowToExpert(expertRow)).toMatchObject({ sectors: ['education', 'science'], avoidUnitCodes: ['U2'], panelYears: [2024] });
  });

  it.each([
    ['a value outside the vocabulary', { sectors: '["music"]' }, /experts\.sectors: 0:/],
    ['the wrong type', { panel_years: '["2024"]' }, /experts\.panel_years: 0:/],
    ['not a list', { avoid_unit_codes: '{}' }, /experts\.avoid_unit_codes: \(value\)/],
    ['not JSON', { sectors: '[education' }, /experts\.sectors: not JSON/],
  ])('refuses %s, naming the column', (_, change, message) => {
    expect(() => rowToExpert({ ...expertRow, ...change })).toThrow(CorruptColumnError);
    expect(() => rowToExpert({ ...expertRow, ...change })).toThrow(message);
  });

  it('parseJsonColumn takes any schema and names the column it was given', () => {
    expect(parseJsonColumn(z.array(z.number()), '[1,2]', 'x.y')).toEqual([1, 2]);
    expect(() => parseJsonColumn(z.array(z.number()), '[1,"2"]', 'x.y')).toThrow(/column x\.y: 1:/);
  });

  // Rules, draw configs and records are hashed: what the app stored must come back unchanged, or a hash would move.
  it('gives stored rules back unchanged', () => {
    const rules = defaultSessionRules({ sessionId: 'S1', year: 2026, nominationIds: ['N1', 'N2'], cut: 10 });
    const read = readJson('scoring_sessions.rules', JSON.stringify(rules));
    expect(canonicalJson(read)).toBe(canonicalJson(rules));
  });

  it('gives a stored draw (pool, config, record) back unchanged', () => {
    const pool = ['A', 'B', 'C', 'D', 'E', 'F'].map((id, i) => ({ id, unitCode: `U${i % 3}`, stratum: i % 2 ? '医院' : '高校' }));
    const witnesses = ['张伟', '李娜', '王芳'].map((name, i) => ({ name, first: `${i}123456789`, second: `${i}123456789` }));
    const drawn = runDraw({ pool, config: { drawId: 'D1', quotas: { 高校: 1, 医院: 1 }, alternates: { 高校: 1 }, unitCap: 1 }, witnesses });
    if (!drawn.ok) throw new Error(drawn.error.message.en);
    const protocol = drawn.value;
    expect(canonicalJson(readJson('draws.protocol', JSON.stringify(protocol)))).toBe(canonicalJson(protocol));
    expect(canonicalJson(readJson('draws.config', JSON.stringify(protocol.config)))).toBe(canonicalJson(protocol.config));
    expect(readJson('draws.pool', JSON.stringify(pool))).toEqual(pool);
    expect(() => readJson('draws.protocol', JSON.stringify({ ...protocol, algorithm: 'OTHER' }))).toThrow(/draws\.protocol: algorithm:/);
  });
});
