// What `electron-vite build` and the CLI build read, hashed: `npm start` rebuilds only when this changed since the last build.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

const INPUTS = ['src-main', 'src-renderer', 'src-shared', 'src-verify-page', 'electron.vite.config.ts', 'scripts/build-cli.mjs', 'scripts/build-verify-page.mjs', 'package.json', 'package-lock.json', 'tsconfig.json'];
export const STAMP = 'out/.build-hash';

function files(root, rel) {
  const full = path.join(root, rel);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [rel];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .flatMap((d) => (d.isDirectory() ? files(root, path.join(rel, d.name)) : d.isFile() && !/\.test\.tsx?$/.test(d.name) ? [path.join(rel, d.name)] : []));
}

/** SHA-256 over every input file's path and bytes, in a fixed order (tests are left out: they are not built). */
export function buildHash(root) {
  const hash = createHash('sha256');
  for (const rel of INPUTS.flatMap((i) => files(root, i))) {
    hash.update(rel.split(path.sep).join('/')).update('\0').update(fs.readFileSync(path.join(root, rel))).update('\0');
  }
  return hash.digest('hex');
}

/** True when out/ holds a build of exactly these sources. */
export function buildIsCurrent(root, hash) {
  const stamp = path.join(root, STAMP);
  return ['out/renderer/index.html', 'out/cli/studio-review.cjs', 'out/verify-page/verify.html'].every((f) => fs.existsSync(path.join(root, f))) && fs.existsSync(stamp) && fs.readFileSync(stamp, 'utf8') === hash;
}

export function recordBuild(root, hash) {
  fs.writeFileSync(path.join(root, STAMP), hash);
}
