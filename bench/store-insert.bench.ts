import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expertToRow } from '../src-main/services/expert-rows';
import { Store } from '../src-main/store/store';
import { generateDemoYear } from '../src-shared/demo/generate-demo';
import { expertSchema } from '../src-shared/domain/expert';
import { timeMs, type BenchResult } from './harness';

/** Writing 10,000 experts through the store (kysely-built, cached statements) vs a raw prepared insert. */
export function storeInsertBench(): BenchResult {
  const base = generateDemoYear(1, 2026).experts.map((e) => expertSchema.parse(e));
  const rows = Array.from({ length: 10_000 }, (_, i) => expertToRow({ ...base[i % base.length], id: `B${i}` }));
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-bench-'));
  const opened = Store.open(dir);
  if (!opened.ok) throw new Error(opened.error.message.en);
  const store = opened.value;
  const cols = Object.keys(rows[0]);
  const raw = store.db.prepare(`INSERT INTO experts (${cols.join(',')}) VALUES (${cols.map((c) => '@' + c).join(',')})`);
  const clear = () => store.db.exec('DELETE FROM experts');

  const floor = timeMs(() => {
    clear();
    store.db.transaction(() => rows.forEach((r) => raw.run(r)))();
  });
  const measured = timeMs(() => {
    clear();
    store.transaction(() => {
      for (const r of rows) store.run(store.q.insertInto('experts').values(r));
      return { ok: true, value: undefined };
    });
  });
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { name: 'store insert, 10,000 experts (store vs raw prepared insert)', measured, floor, target: 1.5, unit: 'ms' };
}
