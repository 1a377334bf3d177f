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
 * Maps a URL path to a file inside the built renderer, or undefined when it would leave that folder or
 * does not exist. Shared by the Electron protocol handler and the loopback server.
 */
export function rendererFile(rendererDir: string, urlPath: string): { file: string; type: string } | undefined {
  const root = path.resolve(rendererDir);
  let rel: string;
  try {
    rel = decodeURIComponent(urlPath === '/' ? '/index.html' : urlPath);
  } catch {
    return undefined;
  }
  const file = path.resolve(root, `.${rel}`);
  if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) return undefined;
  return { file, type: TYPES[path.extname(file)] ?? 'application/octet-stream' };
}
