import fs from 'node:fs';
import path from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
};

/**
 * Vite names everything under assets/ by a hash of its content, so a name never changes meaning: the browser may
 * keep it for a year without asking. index.html keeps its name across builds and names the current assets, so it
 * is revalidated every time (no-cache), and a new build is seen on the next load.
 */
const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/**
 * Maps a URL path to a file inside the built renderer, or undefined when it would leave that folder or
 * does not exist. Shared by the Electron protocol handler and the loopback server.
 */
export function rendererFile(rendererDir: string, urlPath: string): { file: string; type: string; cacheControl: string } | undefined {
  const root = path.resolve(rendererDir);
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, `.${rel}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
  const hashed = path.relative(root, file).split(path.sep)[0] === 'assets';
  return { file, type: TYPES[path.extname(file)] ?? 'application/octet-stream', cacheControl: hashed ? IMMUTABLE : REVALIDATE };
}
