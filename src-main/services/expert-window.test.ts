import {
  createTable,
  getCoreRowModel,
  getFilteredRowModel,
  getSortedRowModel,
  type ColumnDef,
  type ColumnFiltersState,
  type SortingState,
} from '@tanstack/table-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import type { ExpertRow } from '../../src-shared/api/views';
import { poolComposition } from '../../src-shared/pool/composition';
import { EXPERT_WINDOW_COLUMNS, PENDING_RANK, type ExpertWindowFilters } from '../../src-shared/pool/expert-window';
import { call } from '../api/dispatch';
import type { ServiceContext } from './context';

let ctx: ServiceContext;
let rows: ExpertRow[];
beforeAll(async () => {
  ctx = openTestContext();
  expectOk(await call(ctx, 'demo.generate', { seed: 2026 }));
  // Two titles the dictionary does not know: their rank awaits a reviewer's ruling.
  for (const id of ['E0007', 'E0101']) {
    const expert = expectOk(await call(ctx, 'experts.get', { id }));
    expectOk(await call(ctx, 'experts.save', { expert: { ...expert, title: '首席技术顾问' }, mode: 'update' }));
  }
  rows = expectOk(await call(ctx, 'experts.rows', {}));
});
afterAll(() => ctx.store.close());

/**
 * What the pool's table did in the page before it asked for windows: @tanstack/table-core's filtering and sorting
 * over the whole list, with the columns' accessors and filter functions of src-renderer/pool/expert-columns.tsx.
 */
function tableOrder(search: string, filters: ExpertWindowFilters, sorting: SortingState): string[] {
  const columns: ColumnDef<ExpertRow, unknown>[] = EXPERT_WINDOW_COLUMNS.map((id) =>
    id === 'titleRank'
      ? { id, accessorFn: (e: ExpertRow) => e.titleRank ?? PENDING_RANK, filterFn: 'equalsString' }
      : id === 'sectors'
        ? { id, accessorFn: (e: ExpertRow) => e.sectors.join(' '), filterFn: 'includesString' }
        : { accessorKey: id, filterFn: id === 'unitType' || id === 'status' ? 'equalsString' : 'auto' },
  );
  const columnFilters: ColumnFiltersState = Object.entries(filters).map(([id, value]) => ({ id, value }));
  const state = { sorting, globalFilter: search, columnFilters, columnPinning: {}, columnVisibility: {}, columnOrder: [] };
  const table = createTable<ExpertRow>({
    data: rows,
    columns,
    state,
    onStateChange: () => undefined,
    renderFallbackValue: null,
    getRowId: (r) => r.id,
    globalFilterFn: 'includesString',
    getCoreRowModel: getCoreRowModel(),
    getFilteredRowModel: getFilteredRowModel(),
    getSortedRowModel: getSortedRowModel(),
  });
  return table.getRowModel().rows.map((r) => r.id);
}

async function windowIds(input: Record<string, unknown>, limit = 500): Promise<{ ids: string[]; matched: number }> {
  const ids: string[] = [];
  let matched = 0;
  for (let offset = 0; offset === 0 || offset < matched; offset += limit) {
    const w = expectOk(await call(ctx, 'experts.window', { offset, limit, ...input }));
    expect(w.offset).toBe(offset);
    matched = w.matched;
    ids.push(...w.rows.map((r) => r.id));
  }
  return { ids, matched };
}

describe('experts.window: the pool table a window at a time', () => {
  it('with no search, filter or sort: the table lines in the pool order, their count, and the pool’s composition', async () => {
    const w = expectOk(await call(ctx, 'experts.window', { offset: 0, limit: 30 }));
    expect(w.total).toBe(rows.length);
    expect(w.matched).toBe(rows.length);
    expect(w.rows).toEqual(rows.slice(0, 30));
    expect(w.composition).toEqual(poolComposition(rows));
    const tail = expectOk(await call(ctx, 'experts.window', { offset: rows.length - 5, limit: 30 }));
    expect(tail.rows).toEqual(rows.slice(-5));
    const past = expectOk(await call(ctx, 'experts.window', { offset: rows.length + 100, limit: 30 }));
    expect(past).toMatchObject({ offset: rows.length, rows: [], matched: rows.length });
  });

  it('sorts every column both ways, and by two columns, exactly as the table’s header sorting did (ties in pool order)', async () => {
    for (const id of EXPERT_WINDOW_COLUMNS) {
      for (const desc of [false, true]) {
        const sort = [{ id, desc }];
        expect((await windowIds({ sort }, 97)).ids, `${id} ${desc ? 'desc' : 'asc'}`).toEqual(tableOrder('', {}, sort));
      }
    }
    const two = [
      { id: 'status' as const, desc: true },
      { id: 'name' as const, desc: false },
    ];
    expect((await windowIds({ sort: two })).ids).toEqual(tableOrder('', {}, two));
  });

  it('filters by each select column, alone and together, with a sort, like the table’s column filters', async () => {
    const cases: ExpertWindowFilters[] = [
      { unitType: 'university' },
      { unitType: 'hospital', status: 'available' },
      { titleRank: 'full-senior' },
      { titleRank: PENDING_RANK },
      { sectors: 'health' },
      { sectors: 'education', titleRank: 'associate-senior', status: 'available' },
      { status: 'retired' },
    ];
    for (const filters of cases) {
      const sort = [{ id: 'unitName' as const, desc: true }];
      const expected = tableOrder('', filters, sort);
      const got = await windowIds({ filters, sort }, 50);
      expect(got.ids, JSON.stringify(filters)).toEqual(expected);
      expect(got.matched).toBe(expected.length);
    }
    expect(tableOrder('', { titleRank: PENDING_RANK }, []).length, 'the demo pool has titles awaiting a ruling').toBeGreaterThan(0);
  });

  it('searches any column case-insensitively, codes as before and the shown words of the coded columns', async () => {
    const someone = rows[123];
    for (const word of [someone.id.toLowerCase(), someone.name, someone.unitName.slice(2, 6), someone.unitCode, someone.title, someone.specialty.slice(0, 2), 'HOSPITAL', 'full-senior', 'pending', 'health', 'paused']) {
      const expected = tableOrder(word, {}, []);
      expect(expected.length, word).toBeGreaterThan(0);
      expect((await windowIds({ search: word })).ids, word).toEqual(expected);
    }
    // A word only the shown labels have: the table shows 高校 for `university`, 暂停 for `paused`.
    const labels = { unitType: { university: '高校' }, status: { paused: '暂停' }, titleRank: { [PENDING_RANK]: '待认定' }, sectors: { health: '卫生' } };
    expect((await windowIds({ search: '高校', labels })).ids).toEqual(tableOrder('', { unitType: 'university' }, []));
    expect((await windowIds({ search: '暂停', labels })).ids).toEqual(tableOrder('', { status: 'paused' }, []));
    expect((await windowIds({ search: '待认定', labels })).ids).toEqual(tableOrder('', { titleRank: PENDING_RANK }, []));
    expect((await windowIds({ search: '卫生', labels })).ids).toEqual(tableOrder('', { sectors: 'health' }, []));
    expect((await windowIds({ search: '高校' })).matched, 'without labels no line says 高校').toBe(tableOrder('高校', {}, []).length);
    // Search, filter and sort together.
    const sort = [{ id: 'name' as const, desc: true }];
    expect((await windowIds({ search: 'hospital', filters: { status: 'available' }, sort }, 7)).ids).toEqual(
      tableOrder('hospital', { status: 'available' }, sort),
    );
    expect(expectOk(await call(ctx, 'experts.window', { offset: 0, limit: 10, search: 'no such text anywhere' }))).toMatchObject({ matched: 0, rows: [], total: rows.length });
  });

  it('answers the pool as it is now: a saved change shows in the next window', async () => {
    const expert = expectOk(await call(ctx, 'experts.get', { id: rows[0].id }));
    expectOk(await call(ctx, 'experts.save', { expert: { ...expert, name: '窗口测试' }, mode: 'update' }));
    const w = expectOk(await call(ctx, 'experts.window', { offset: 0, limit: 5, search: '窗口测试' }));
    expect(w.rows.map((r) => r.id)).toEqual([rows[0].id]);
    expectOk(await call(ctx, 'experts.save', { expert, mode: 'update' }));
    expect(expectOk(await call(ctx, 'experts.window', { offset: 0, limit: 5, search: '窗口测试' })).matched).toBe(0);
  });

  it('refuses a bad request with the field and what is wrong, in both languages', async () => {
    const bad: [input: Record<string, unknown>, path: string][] = [
      [{ offset: -1, limit: 10 }, 'offset'],
      [{ offset: 0, limit: 0 }, 'limit'],
      [{ offset: 0, limit: 501 }, 'limit'],
      [{ offset: 0.5, limit: 10 }, 'offset'],
      [{ limit: 10 }, 'offset'],
      [{ offset: 0, limit: 10, search: 'x'.repeat(201) }, 'search'],
      [{ offset: 0, limit: 10, filters: { unitType: 'castle' } }, 'filters.unitType'],
      [{ offset: 0, limit: 10, filters: { phone: '1' } }, 'filters'],
      [{ offset: 0, limit: 10, sort: [{ id: 'phone', desc: false }] }, 'sort.0.id'],
      [{ offset: 0, limit: 10, sort: [{ id: 'name', desc: false }, { id: 'name', desc: true }] }, 'sort'],
      [{ offset: 0, limit: 10, labels: { status: { gone: 'x' } } }, 'labels.status'],
      [{ offset: 0, limit: 10, page: 2 }, ''],
    ];
    for (const [input, path] of bad) {
      const r = await call(ctx, 'experts.window', input as never);
      expect(r.ok, JSON.stringify(input)).toBe(false);
      if (r.ok) continue;
      expect(r.error.code).toBe('invalid-input');
      const detail = r.error.details?.[0];
      expect(detail?.path ?? '', JSON.stringify(input)).toBe(path);
      expect(detail?.message.zh).toMatch(/\p{Script=Han}/u);
      expect(detail?.message.en).toMatch(/[a-z]/);
    }
  });
});
