import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';

/**
 * No test sets its own time limit: a limit below the shared one (tests/helpers/timeouts.ts) is a test that fails
 * on a busy machine, which is what CI machines often are. A number as the last argument of `it`, `describe` or a
 * hook, a `timeout:` given as a number, or `test.setTimeout(n)`, is refused here, naming the line.
 */
const ROOT = path.resolve(__dirname, '../..');
const OWN_LIMIT = [/^\s*\}\s*,\s*\d[\d_]*\s*\);?\s*$/, /\btimeout\s*:\s*\d/, /\bsetTimeout\(\s*\d/];

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'node_modules' ? [] : testFiles(p);
    return /\.(test|spec)\.tsx?$/.test(e.name) ? [p] : [];
  });
}

export function ownLimits(text: string): number[] {
  return text.split('\n').flatMap((line, i) => (OWN_LIMIT.some((re) => re.test(line)) ? [i + 1] : []));
}

test('the rule finds a limit given as the last argument and as an option, and nothing else', () => {
  expect(ownLimits(`it('x', () => {\n  f(a, 2026);\n}, 60_000);\nit('y', { timeout: 5000 }, () => {});\nsetup(CLI_PROCESS_TIMEOUT);\ntest.setTimeout(300_000);\nsetTimeout(() => kill(), 40);`)).toEqual([3, 4, 6]);
});

test('no test or spec file sets its own time limit', () => {
  const found = ['src-main', 'src-shared', 'src-renderer', 'tests'].flatMap((dir) =>
    testFiles(path.join(ROOT, dir)).filter((file) => file !== __filename).flatMap((file) => ownLimits(fs.readFileSync(file, 'utf8')).map((line) => `${path.relative(ROOT, file)}:${line}`)),
  );
  expect(found).toEqual([]);
});
