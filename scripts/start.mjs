// `npm start`: the desktop app where an Electron binary exists; otherwise the same app (same renderer,
// same API handlers) in a browser over the loopback transport, with a notice saying why.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildCli } from './build-cli.mjs';
import { buildHash, buildIsCurrent, recordBuild } from './build-hash.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);
const passThrough = process.argv.slice(2);

function electronBinary() {
  try {
    const p = require('electron'); // the package resolves to its binary's path, or throws when absent
    return typeof p === 'string' && fs.existsSync(p) ? p : undefined;
  } catch {
    return undefined;
  }
}

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const sources = buildHash(root);
if (buildIsCurrent(root, sources)) {
  console.log('程序未改动，沿用上次构建 / sources unchanged since the last build, starting it as it is');
} else {
  run(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build']);
  await buildCli();
  recordBuild(root, sources);
}

const electron = electronBinary();
const child = electron
  ? spawn(electron, ['.', ...passThrough], { cwd: root, stdio: 'inherit' })
  : (console.log(
      [
        '',
        '未找到 Electron 程序文件（本机无法下载），改为在浏览器中通过本机回环地址运行同一个程序。',
        'No Electron binary is installed here (it could not be downloaded), so the same app is served to a',
        'browser over the loopback address instead. Open the URL below; press Ctrl+C to stop.',
        '网址中的访问令牌在首次打开时转存为浏览器 Cookie 并从地址栏移除；每次启动的令牌不同，重启后请打开新显示的网址。',
        'The access token in the URL moves into a browser cookie on the first visit and leaves the address bar; each start',
        'has a new token, so after a restart open the new URL shown.',
        '',
      ].join('\n'),
    ),
    spawn(process.execPath, [path.join(root, 'bin/studio-review.cjs'), 'serve', '--renderer', path.join(root, 'out/renderer'), ...passThrough], {
      cwd: root,
      stdio: 'inherit',
    }));

for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
child.on('exit', (code) => process.exit(code ?? 0));
