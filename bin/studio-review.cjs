#!/usr/bin/env node
// Runs the CLI straight from the TypeScript sources (tsx), so `npx studio-review` works right after
// `npm install` with no build step.
const path = require('node:path');
require('tsx/cjs/api').register();
const { runCli } = require(path.join(__dirname, '..', 'src-main', 'cli', 'main.ts'));
runCli(process.argv.slice(2)).then((code) => process.exit(code));
