// Prints the one line CI reads, `N passed, N failed`, from the vitest and Playwright JSON reports.
// A failing step that ran no test (typecheck, build) still counts as one failure, so red is never "0 failed".
import fs from 'node:fs';

const status = Number(process.argv[2] ?? 0);
const read = (file) => {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
};

let passed = 0;
let failed = 0;
// The unit suite runs twice in CI: once with both cores busy (vitest-loaded.json), once in `npm test`.
for (const file of ['reports/vitest-loaded.json', 'reports/vitest.json']) {
  const vitest = read(file);
  if (vitest) {
    passed += vitest.numPassedTests ?? 0;
    failed += vitest.numFailedTests ?? 0;
  }
}
const pw = read('reports/playwright.json');
if (pw?.stats) {
  passed += (pw.stats.expected ?? 0) + (pw.stats.flaky ?? 0);
  failed += pw.stats.unexpected ?? 0;
}
if ((pw?.stats?.flaky ?? 0) > 0) console.log(`(${pw.stats.flaky} end-to-end test(s) passed only on retry: flaky)`);
if (status !== 0 && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed`);
