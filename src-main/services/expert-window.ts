import type { ExpertRow } from '../../src-shared/api/views';
import { poolComposition, type PoolComposition } from '../../src-shared/pool/composition';
import {
  columnValue,
  compareAlphanumeric,
  matchesFilters,
  searchText,
  type ExpertWindow,
  type ExpertWindowColumn,
  type ExpertWindowQuery,
} from '../../src-shared/pool/expert-window';
import type { Store } from '../store/store';
import type { ServiceContext } from './context';
import { expertTableRows } from './table-rows';

/**
 * The pool's table a window at a time. The table's lines are read once per version of the database and kept in
 * memory with what every window of that version reuses: the pool's composition, each column's order (as ranks,
 * computed the first time the column is sorted), the search text of each language's labels, and the matched and
 * ordered lines of the last few queries, so scrolling a list only slices an array.
 */
interface PoolIndex {
  version: string;
  rows: ExpertRow[];
  composition: PoolComposition;
  /** Per column: the rank of each line in the column's ascending order (equal values, equal ranks). */
  ranks: Map<ExpertWindowColumn, Int32Array>;
  /** Per label set (as JSON): each line's search text. */
  texts: Map<string, string[]>;
  /** Per query (as JSON, without offset and limit): the matched lines' indexes in order, the latest last. */
  orders: Map<string, Int32Array>;
}

const ORDERS_KEPT = 8;
const TEXTS_KEPT = 4;
const indexes = new WeakMap<Store, PoolIndex>();

/**
 * Any change made through this connection (`total_changes()`) or by another one (`data_version`) gives a new
 * version: a change anywhere, not only to the pool, re-reads the lines, which costs one read of the table.
 */
function versionOf(store: Store): string {
  const changes = store.db.prepare('SELECT total_changes() AS n').get() as { n: number };
  const dataVersion = store.db.pragma('data_version', { simple: true }) as number;
  return `${changes.n}/${dataVersion}`;
}

function indexOf(ctx: ServiceContext): PoolIndex {
  const version = versionOf(ctx.store);
  const kept = indexes.get(ctx.store);
  if (kept && kept.version === version) return kept;
  const rows = expertTableRows(ctx);
  const index: PoolIndex = { version, rows, composition: poolComposition(rows), ranks: new Map(), texts: new Map(), orders: new Map() };
  indexes.set(ctx.store, index);
  return index;
}

function ranksOf(index: PoolIndex, column: ExpertWindowColumn): Int32Array {
  let ranks = index.ranks.get(column);
  if (!ranks) {
    const values = index.rows.map((r) => columnValue(r, column));
    const order = values.map((_, i) => i).sort((a, b) => compareAlphanumeric(values[a], values[b]));
    ranks = new Int32Array(values.length);
    for (let k = 1; k < order.length; k++) {
      const same = compareAlphanumeric(values[order[k - 1]], values[order[k]]) === 0;
      ranks[order[k]] = same ? ranks[order[k - 1]] : k;
    }
    index.ranks.set(column, ranks);
  }
  return ranks;
}

function textsOf(index: PoolIndex, labels: ExpertWindowQuery['labels']): string[] {
  const key = JSON.stringify(labels);
  let texts = index.texts.get(key);
  if (!texts) {
    texts = index.rows.map((r) => searchText(r, labels));
    if (index.texts.size >= TEXTS_KEPT) index.texts.delete(index.texts.keys().next().value!);
    index.texts.set(key, texts);
  }
  return texts;
}

/** The matched lines' indexes, in the asked order: kept per query, so the next window of it is a slice. */
function orderOf(index: PoolIndex, query: ExpertWindowQuery): Int32Array {
  const key = JSON.stringify([query.search, query.filters, query.sort, query.search ? query.labels : null]);
  const kept = index.orders.get(key);
  if (kept) {
    index.orders.delete(key); // most recently used last
    index.orders.set(key, kept);
    return kept;
  }
  const word = query.search.toLowerCase();
  const texts = word ? textsOf(index, query.labels) : undefined;
  const matched: number[] = [];
  index.rows.forEach((row, i) => {
    if ((!texts || texts[i].includes(word)) && matchesFilters(row, query.filters)) matched.push(i);
  });
  if (query.sort.length) {
    const keys = query.sort.map((s) => ({ ranks: ranksOf(index, s.id), sign: s.desc ? -1 : 1 }));
    // Ties keep the pool's order (by id), ascending or descending, as the table's own sorting did.
    matched.sort((a, b) => {
      for (const k of keys) {
        const d = k.ranks[a] - k.ranks[b];
        if (d) return k.sign * d;
      }
      return a - b;
    });
  }
  const order = Int32Array.from(matched);
  if (index.orders.size >= ORDERS_KEPT) index.orders.delete(index.orders.keys().next().value!);
  index.orders.set(key, order);
  return order;
}

/** The lines `offset` to `offset + limit` of the pool's table as searched, filtered and sorted; the pool's figures. */
export function expertWindow(ctx: ServiceContext, query: ExpertWindowQuery & { offset: number; limit: number }): ExpertWindow {
  const index = indexOf(ctx);
  const order = orderOf(index, query);
  // The search text of the page's labels, made once the answer is on its way: the first search word does not wait for it.
  if (!index.texts.has(JSON.stringify(query.labels))) setImmediate(() => indexes.get(ctx.store) === index && textsOf(index, query.labels));
  const offset = Math.min(query.offset, order.length);
  const rows = Array.from(order.subarray(offset, offset + query.limit), (i) => index.rows[i]);
  return { total: index.rows.length, matched: order.length, offset, rows, composition: index.composition };
}
