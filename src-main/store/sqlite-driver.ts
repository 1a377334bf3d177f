import { createRequire } from 'node:module';
import type BetterSqlite3 from 'better-sqlite3';

/**
 * Which better-sqlite3 build to load.
 *
 * - Inside Electron (Node 22+, Node-API 10) the app's own `better-sqlite3` 13.x loads from the prebuilt
 *   Node-API binaries shipped inside its npm package: no rebuild against Electron's headers, no network.
 * - Under Node 20 (tests, CLI, the loopback server) those binaries need Node-API 10 and crash, so the
 *   devDependency `better-sqlite3-node20` (an npm alias of 12.x, compiled from source at install) is used.
 */
const requireHere = createRequire(__filename);

export type SqliteConstructor = typeof BetterSqlite3;

let cached: SqliteConstructor | undefined;

export function sqliteDriverName(): string {
  return Number(process.versions.napi) >= 10 ? 'better-sqlite3' : 'better-sqlite3-node20';
}

export function loadSqlite(): SqliteConstructor {
  cached ??= requireHere(sqliteDriverName()) as SqliteConstructor;
  return cached;
}
