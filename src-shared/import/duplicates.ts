import type { ImportDuplicate } from './types';

// A key seen once holds its row number; only a repeat allocates a list. Most keys are seen once.
type Seen = Map<string, number | number[]>;

/** Collects rows by key in one pass (a Map, not pairwise comparison, so 10,000 rows stay cheap). */
export class DuplicateFinder {
  private readonly byId: Seen = new Map();
  private readonly byNameUnit: Seen = new Map();

  add(row: number, id: string | undefined, name: string | undefined, unitCode: string | undefined): void {
    if (id) note(this.byId, id, row);
    if (name && unitCode) note(this.byNameUnit, `${name}｜${unitCode}`, row);
  }

  result(): ImportDuplicate[] {
    return [...collect(this.byId, 'id'), ...collect(this.byNameUnit, 'name-unit')];
  }
}

function note(seen: Seen, key: string, row: number): void {
  const prior = seen.get(key);
  if (prior === undefined) seen.set(key, row);
  else if (typeof prior === 'number') seen.set(key, [prior, row]);
  else prior.push(row);
}

function collect(seen: Seen, kind: ImportDuplicate['kind']): ImportDuplicate[] {
  const out: ImportDuplicate[] = [];
  for (const [key, rows] of seen) if (typeof rows !== 'number') out.push({ key, rows, kind });
  return out;
}
