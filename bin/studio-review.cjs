#!/usr/bin/env node
// Runs the built CLI (out/cli/, made by `npm install` through `prepare`, and by `npm run build`).
const fs = require('node:fs');
const path = require('node:path');

const built = path.join(__dirname, '..', 'out', 'cli', 'studio-review.cjs');
if (!fs.existsSync(built)) {
  console.error('命令行程序尚未构建，请先运行 npm run build / the CLI is not built yet: run `npm run build` first');
  process.exit(2);
}
require(built).runCli(process.argv.slice(2)).then((code) => process.exit(code));
