import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { makeLargePool } from '../scripts/make-fixtures';
import { APP_VERSION } from '../src-main/app-version';
import { systemClock } from '../src-main/clock';
import { chromiumPdfPrinter } from '../src-main/print/chromium-printer';
import { commitImport, previewImport } from '../src-main/services/import';
import { Store } from '../src-main/store/store';
import { timeMs, type BenchResult } from './harness';

const N = 10_000;

function freshStore(): Store {
  const opened = Store.open(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-bench-import-')), systemClock);
  if (!opened.ok) throw new Error(opened.error.message.en);
  return opened.value;
}

/**
 * The whole import of a 10,000-row pool (read, locate the table, normalise, validate every cell, look for
 * duplicates, write in one transaction with its audit entry) vs the floor: exceljs parsing the same bytes
 * and a raw prepared insert of the cell values in one transaction.
 */
export async function importPoolBench(): Promise<BenchResult> {
  const file = await makeLargePool(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'sr-bench-pool-')), 'pool.xlsx'), N);
  const content = fs.readFileSync(file);

  const floor = await timeMs(async () => {
    const store = freshStore();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(content as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const insert = store.db.prepare(
      `INSERT INTO experts (id, name, gender, unit_name, unit_code, unit_type, title, sectors, status)
       VALUES (?, ?, 'male', ?, ?, 'university', ?, '["education"]', 'available')`,
    );
    store.db.transaction(() => {
      ws.eachRow((row, n) => {
        if (n <= 2) return; // title and header rows
        const v = row.values as unknown[];
        insert.run(String(v[1]), String(v[2]), String(v[4]), String(v[5]), String(v[7]));
      });
    })();
    store.close();
  }, 3);

  const ctxOf = (store: Store) => ({ store, actor: 'bench', appVersion: APP_VERSION, printPdf: chromiumPdfPrinter, now: systemClock });
  const importFile = { kind: 'experts' as const, fileName: 'pool.xlsx', content };
  // Different people of the same name at the same unit: decided once, as staff would, outside the timing.
  const probe = freshStore();
  const preview = await previewImport(ctxOf(probe), importFile);
  probe.close();
  if (!preview.ok) throw new Error(preview.error.message.en);
  const decisions = Object.fromEntries(preview.value.duplicates.map((d) => [d.id, 'keep-all']));

  const measured = await timeMs(async () => {
    const store = freshStore();
    const r = await commitImport(ctxOf(store), importFile, decisions);
    if (!r.ok || r.value.inserted !== N) throw new Error(`import failed: ${JSON.stringify(r)}`);
    store.close();
  }, 3);
  return { name: `import a ${N.toLocaleString('en')}-row pool xlsx (vs exceljs parse + raw insert)`, measured, floor, target: 1.5, unit: 'ms' };
}
