import { randomBytes, timingSafeEqual } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sizeText } from '../../src-shared/api/bytes';
import { requestLimit } from '../../src-shared/api/contract';
import { fromWireJson, toWireJson } from '../../src-shared/api/wire';
import { err, type Result } from '../../src-shared/result';
import { dispatch } from '../api/dispatch';
import { CONTENT_SECURITY_POLICY } from '../electron/security';
import type { ServiceContext } from '../services/context';
import { rendererFile } from './static-files';

/**
 * The loopback door: serves the built renderer and `POST /api/<operation>` on 127.0.0.1 only. Every API
 * call must carry the random per-run token, so no other web page or local process can drive the app.
 */
export interface LoopbackServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The request size the contract allows an operation (`REQUEST_LIMITS`), as JSON on the wire: bytes travel as
 * base64, a third larger, and the JSON around them gets 1 MB.
 */
const bodyLimit = (operation: string) => Math.ceil((requestLimit(operation) * 4) / 3) + 1024 * 1024;

function send(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  const text = toWireJson(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

function tokenMatches(given: string | undefined, token: string): boolean {
  if (!given) return false;
  const a = Buffer.from(given);
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

async function readBody(req: http.IncomingMessage, limit: number): Promise<string | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) return undefined;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

async function handleApi(
  req: http.IncomingMessage,
  res: http.ServerResponse,
  ctx: ServiceContext,
  token: string,
  name: string,
): Promise<void> {
  const auth = req.headers.authorization?.replace(/^Bearer /, '');
  if (!tokenMatches(auth, token)) {
    return send(res, 401, err('unauthorized', '缺少或错误的访问令牌', 'Missing or wrong access token'));
  }
  if (req.method !== 'POST') {
    return send(res, 405, err('method-not-allowed', '只接受 POST 请求', 'Only POST is accepted'));
  }
  const operation = decodeURIComponent(name);
  const body = await readBody(req, bodyLimit(operation));
  if (body === undefined) {
    const limit = sizeText(requestLimit(operation));
    return send(res, 413, err('body-too-large', `请求内容超过 ${operation} 的上限 ${limit}`, `The request is larger than the limit of ${limit} for ${operation}`));
  }
  let input: unknown;
  try {
    input = body.trim() === '' ? {} : fromWireJson(body);
  } catch {
    return send(res, 400, err('bad-json', '请求内容不是有效的 JSON', 'The request body is not valid JSON'));
  }
  const result = await dispatch(ctx, operation, input);
  const status = result.ok ? 200 : result.error.code === 'unknown-operation' ? 404 : result.error.code === 'invalid-input' ? 400 : 200;
  send(res, status, result);
}

function serveStatic(res: http.ServerResponse, rendererDir: string, urlPath: string): void {
  const found = rendererFile(rendererDir, urlPath);
  if (!found) {
    res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' });
    res.end('not found');
    return;
  }
  res.writeHead(200, {
    'content-type': found.type,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
  });
  fs.createReadStream(found.file).pipe(res);
}

export function startLoopbackServer(
  ctx: ServiceContext,
  opts: { rendererDir: string; port?: number; token?: string },
): Promise<LoopbackServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const server = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api\/([^/]+)$/.exec(url.pathname);
    if (api) {
      handleApi(req, res, ctx, token, api[1]).catch((e) => {
        console.error('[http] request failed', e);
        if (!res.headersSent) send(res, 500, err('internal-error', '内部错误', 'Internal error'));
      });
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405).end();
      return;
    }
    serveStatic(res, opts.rendererDir, url.pathname);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
