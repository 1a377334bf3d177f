import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * Production code never loads a test runner: no module of src-main, src-shared or src-renderer other than a
 * `*.test.ts` imports vitest or @playwright/test, directly or through the modules it imports (a helper in
 * tests/ that imports vitest counts). src-main/testing is held to it too, since the CLI's `session simulate`
 * runs the meeting script from there.
 */
const ROOT = path.resolve(__dirname, '../..');
const RUNNERS = /^(vitest|@vitest\/|@playwright\/test)/;
const isTest = (file: string) => /\.(test|spec)\.tsx?$/.test(file);

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? sources(p) : /\.(ts|tsx|mts)$/.test(e.name) && !isTest(p) ? [p] : [];
  });
}

/** The specifiers of the imports that load code (not `import type`), static and dynamic. */
function imports(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  const found: string[] = [];
  for (const m of text.matchAll(/^\s*(?:import|export)\s+(?!type\s)(?:[^'";]*?\sfrom\s*)?['"]([^'"]+)['"]/gm)) found.push(m[1]);
  for (const m of text.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) found.push(m[1]);
  return found;
}

function resolve(from: string, spec: string): string | undefined {
  const base = path.resolve(path.dirname(from), spec);
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
}

const chains = new Map<string, string[] | undefined>();

/**
 * The chain of modules from `file` to a test runner, or undefined where there is none. A module met again while it
 * is still being followed counts as clean there; the chain is then found from that module itself.
 */
function chainToRunner(file: string): string[] | undefined {
  if (chains.has(file)) return chains.get(file);
  chains.set(file, undefined);
  let found: string[] | undefined;
  for (const spec of imports(file)) {
    const next = spec.startsWith('.') ? resolve(file, spec) : undefined;
    const rest = RUNNERS.test(spec) ? [spec] : next && chainToRunner(next);
    if (rest) {
      found = [path.relative(ROOT, file), ...rest];
      break;
    }
  }
  chains.set(file, found);
  return found;
}

describe('production code and the test runner', () => {
  const files = ['src-main', 'src-shared', 'src-renderer'].flatMap((d) => sources(path.join(ROOT, d)));

  test('finds the modules it checks, the testing folder among them', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.some((f) => f.includes(`${path.sep}testing${path.sep}`))).toBe(true);
  });

  test('no production module reaches vitest or Playwright through its imports', () => {
    const chains = files.map((f) => chainToRunner(f)).filter((c) => c !== undefined).map((c) => c.join(' → '));
    expect(chains).toEqual([]);
  });

  test('the check sees an import that goes through a test helper', () => {
    expect(chainToRunner(path.join(ROOT, 'tests/helpers/context.ts'))).toEqual(['tests/helpers/context.ts', 'vitest']);
  });
});
