import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
// @ts-expect-error: a plain .mjs script without types
import { buildHash, buildIsCurrent, recordBuild } from '../../scripts/build-hash.mjs';

function project(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-build-hash-'));
  for (const [rel, text] of Object.entries({
    'src-main/a.ts': 'export const a = 1;',
    'src-renderer/b.tsx': 'export const b = 2;',
    'src-shared/c.ts': 'export const c = 3;',
    'src-shared/c.test.ts': 'test',
    'package.json': '{}',
  })) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

test('npm start rebuilds only when a built source changed, not for a test or an unchanged tree', () => {
  const root = project();
  const first = buildHash(root);
  expect(buildHash(root)).toBe(first);
  expect(buildIsCurrent(root, first)).toBe(false); // nothing built yet
  fs.mkdirSync(path.join(root, 'out/renderer'), { recursive: true });
  fs.writeFileSync(path.join(root, 'out/renderer/index.html'), '<html>');
  recordBuild(root, first);
  expect(buildIsCurrent(root, first)).toBe(false); // the CLI is not built yet
  fs.mkdirSync(path.join(root, 'out/cli'), { recursive: true });
  fs.writeFileSync(path.join(root, 'out/cli/studio-review.cjs'), '');
  expect(buildIsCurrent(root, first)).toBe(false); // nor the verify page
  fs.mkdirSync(path.join(root, 'out/verify-page'), { recursive: true });
  fs.writeFileSync(path.join(root, 'out/verify-page/verify.html'), '<html>');
  expect(buildIsCurrent(root, first)).toBe(true);
  fs.writeFileSync(path.join(root, 'src-shared/c.test.ts'), 'another test');
  expect(buildHash(root)).toBe(first); // tests are not built
  fs.writeFileSync(path.join(root, 'src-shared/c.ts'), 'export const c = 4;');
  const changed = buildHash(root);
  expect(changed).not.toBe(first);
  expect(buildIsCurrent(root, changed)).toBe(false);
  fs.renameSync(path.join(root, 'src-main/a.ts'), path.join(root, 'src-main/a2.ts'));
  expect(buildHash(root)).not.toBe(changed); // a renamed file is a change too
});
