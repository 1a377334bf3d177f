import fs from 'node:fs';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { makeFixtures } from '../../scripts/make-fixtures';
import type { ImportKind } from '../../src-shared/api/views';
import { expectOk, openTestContext, databaseBytes } from '../../tests/helpers/context';
import { tempDir } from '../../tests/helpers/temp-dir';
import { call } from '../api/dispatch';
import type { ServiceContext } from './context';

let fixtures: Record<string, string>;
let ctx: ServiceContext;

beforeAll(async () => {
  fixtures = await makeFixtures(fs.mkdtempSync('/tmp/sr-fixtures-'));
});
beforeEach(() => {
  ctx = openTestContext(tempDir());
});
afterEach(() => ctx.store.close());

const input = (kind: ImportKind, name: string) => ({
  kind,
  fileName: fixtures[name].split('/').pop()!,
  content: fs.readFileSync(fixtures[name]),
  year: 2026,
});

describe('import service', () => {
  it('imports the realistic pool in one transaction with one audit entry', async () => {
    const preview = expectOk(await call(ctx, 'import.preview', input('experts', 'pool')));
    expect(preview.problems).toEqual([]);
    expect(preview.records).toBe(300);
    const done = expectOk(await call(ctx, 'import.commit', input('experts', 'pool')));
    expect(done).toMatchObject({ inserted: 300, replaced: 0, skipped: 0 });
    expect(expectOk(await call(ctx, 'app.info')).counts.experts).toBe(300);
    const audit = ctx.store.db.prepare("SELECT details FROM audit_log WHERE action = 'import.experts'").all() as { details: string }[];
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0].details)).toMatchObject({ inserted: 300, sha256: preview.sha256 });
  });

  it('imports the realistic nominations and GBK / UTF-8 CSV pools alike', async () => {
    expect(expectOk(await call(ctx, 'import.commit', input('nominations', 'nominations'))).inserted).toBe(45);
    const other = openTestContext(tempDir());
    expect(expectOk(await call(other, 'import.commit', input('experts', 'poolCsvGbk'))).inserted).toBe(300);
    const third = openTestContext(tempDir());
    expect(expectOk(await call(third, 'import.commit', input('experts', 'poolCsvUtf8Bom'))).inserted).toBe(300);
    expect(expectOk(await call(other, 'app.info')).dataDigest).toBe(expectOk(await call(third, 'app.info')).dataDigest);
    other.store.close();
    third.store.close();
  });

  it('shows every existing record as a duplicate, refuses to commit undecided, and skips on decision', async () => {
    expectOk(await call(ctx, 'import.commit', input('experts', 'pool')));
    const before = databaseBytes(ctx);
    const preview = expectOk(await call(ctx, 'import.preview', input('experts', 'pool')));
    expect(preview.duplicates).toHaveLength(300);
    expect(preview.duplicates[0]).toMatchObject({ kind: 'db-id', options: [{ value: 'skip' }, { value: 'replace' }] });
    const refused = await call(ctx, 'import.commit', input('experts', 'pool'));
    expect(refused).toMatchObject({ ok: false, error: { code: 'duplicates-undecided' } });
    expect(databaseBytes(ctx).equals(before)).toBe(true);
    const decisions = Object.fromEntries(preview.duplicates.map((d) => [d.id, 'skip']));
    expect(expectOk(await call(ctx, 'import.commit', { ...input('experts', 'pool'), decisions }))).toMatchObject({
      inserted: 0,
      skipped: 300,
    });
  });

  it.each([
    ['brokenMissingColumn', 'experts'],
    ['brokenTextAsXlsx', 'experts'],
    ['brokenPdfAsXlsx', 'experts'],
    ['brokenDocxAsXlsx', 'experts'],
    ['brokenEmpty', 'experts'],
    ['brokenNoHeader', 'experts'],
    ['brokenDuplicateIds', 'experts'],
    ['brokenUnknownTitle', 'experts'],
    ['brokenBadDates', 'nominations'],
  ] as const)('%s: refused with a clear message, database byte-for-byte unchanged', async (name, kind) => {
    expectOk(await call(ctx, 'demo.generate', { seed: 1 }));
    const before = databaseBytes(ctx);
    const preview = await call(ctx, 'import.preview', input(kind, name));
    const commit = await call(ctx, 'import.commit', input(kind, name));
    expect(commit.ok).toBe(false);
    if (!commit.ok) expect(commit.error.message.zh.length).toBeGreaterThan(4);
    if (preview.ok) {
      // Readable files with bad rows or repeated ids: every problem is located by row and column.
      const located = preview.value.problems.length + preview.value.duplicates.filter((d) => d.kind === 'file-id').length;
      expect(located).toBeGreaterThan(0);
      for (const p of preview.value.problems) {
        expect(p.row).toBeGreaterThan(0);
        expect(p.column).not.toBe('');
      }
    }
    expect(databaseBytes(ctx).equals(before)).toBe(true);
  });
});
