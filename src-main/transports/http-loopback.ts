import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sizeText } from '../../src-shared/api/bytes';
import { requestLimit } from '../../src-shared/api/contract';
import { fromWireJson, toWireJson } from '../../src-shared/api/wire';
import { err, type Result } from '../../src-shared/result';
import { dispatch } from '../api/dispatch';
import { SECURITY_HEADERS } from '../electron/security';
import { errorLine } from '../error-line';
import type { ServiceContext } from '../services/context';
import { cookieValues, decodePath, hostAllowed, originAllowed, tokenCookie, tokenCookieName, tokenMatches } from './loopback-access';
import { rendererFile } from './static-files';

/**
 * The loopback door: serves the built renderer and `POST /api/<operation>` on 127.0.0.1 only. Every request must
 * name this server in `Host`, come from its own origin, and carry the random per-run token (see loopback-access.ts),
 * so no other web page or local process can drive the app or read its pages.
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

interface Door {
  ctx: ServiceContext;
  rendererDir: string;
  port: number;
  token: string;
}

/** Every answer's headers: the renderer's security headers, and no loading of anything here by another origin. */
const DOOR_HEADERS = { ...SECURITY_HEADERS, 'cross-origin-resource-policy': 'same-origin' };

function send(res: http.ServerResponse, status: number, body: Result<unknown>): void {
  const text = toWireJson(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
  res.end(text);
}

/** A refusal: a Result for the API (the page shows its message), a short plain text for anything else. */
function refuse(res: http.ServerResponse, api: boolean, status: number, code: string, zh: string, en: string): void {
  if (api) return send(res, status, err(code, zh, en));
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
  res.end(`${zh}\n${en}\n`);
}

function hasToken(req: http.IncomingMessage, door: Door): boolean {
  const cookies = cookieValues(req.headers.cookie, tokenCookieName(door.port));
  return cookies.some((c) => tokenMatches(c, door.token));
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

async function handleApi(req: http.IncomingMessage, res: http.ServerResponse, door: Door, name: string): Promise<void> {
  // The page sends the cookie; scripts outside a browser (the e2e fixtures) may send the token as a Bearer header,
  // which no other web page can make a browser send here.
  const bearer = req.headers.authorization?.replace(/^Bearer /, '');
  if (!hasToken(req, door) && !tokenMatches(bearer, door.token)) {
    return send(res, 401, err('unauthorized', '缺少或错误的访问令牌', 'Missing or wrong access token'));
  }
  if (req.method !== 'POST') {
    return send(res, 405, err('method-not-allowed', '只接受 POST 请求', 'Only POST is accepted'));
  }
  const operation = decodePath(name);
  if (operation === undefined) {
    return send(res, 400, err('bad-path', '请求地址的编码无效', 'The request address is not validly encoded'));
  }
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
  const result = await dispatch(door.ctx, operation, input);
  const status = result.ok ? 200 : result.error.code === 'unknown-operation' ? 404 : result.error.code === 'invalid-input' ? 400 : 200;
  send(res, status, result);
}

/** The page and its files: the token from the printed URL is swapped for a cookie, then the cookie is required. */
async function handlePage(req: http.IncomingMessage, res: http.ServerResponse, door: Door, url: URL): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.writeHead(405, { allow: 'GET, HEAD' }).end();
    return;
  }
  const given = url.searchParams.get('token');
  if (given !== null) {
    if (!tokenMatches(given, door.token)) return refuse(res, false, 401, 'unauthorized', '访问令牌错误。', 'Wrong access token.');
    // The same address without the token, so it leaves the address bar and the history. One leading slash:
    // `//name/` would send the browser to another site.
    url.searchParams.delete('token');
    const location = `/${url.pathname.replace(/^\/+/, '')}${url.search}`;
    res.writeHead(303, { location, 'set-cookie': tokenCookie(door.port, door.token), 'cache-control': 'no-store' });
    res.end();
    return;
  }
  if (!hasToken(req, door)) {
    return refuse(res, false, 401, 'unauthorized', '请用程序启动时显示的网址（含访问令牌）打开。', 'Open the URL shown when the app started (it carries the access token).');
  }
  if (decodePath(url.pathname) === undefined) return refuse(res, false, 400, 'bad-path', '网址的编码无效。', 'The address is not validly encoded.');
  const found = rendererFile(door.rendererDir, url.pathname);
  if (!found) return refuse(res, false, 404, 'not-found', '未找到。', 'Not found.');
  // Read whole (the largest file is a few MB) so a read error is answered, not a half-sent file.
  const content = await fs.promises.readFile(found.file);
  res.writeHead(200, { 'content-type': found.type, 'cache-control': found.cacheControl });
  res.end(content);
}

async function handle(req: http.IncomingMessage, res: http.ServerResponse, door: Door): Promise<void> {
  for (const [name, value] of Object.entries(DOOR_HEADERS)) res.setHeader(name, value);
  const api = /^\/api\//.test(req.url ?? '');
  const host = req.headers.host;
  if (!hostAllowed(host, door.port)) {
    return refuse(res, api, 421, 'wrong-host', '只接受发往本机地址的请求。', 'Only requests addressed to this computer are accepted.');
  }
  if (!originAllowed(req.headers.origin, host!)) {
    return refuse(res, api, 403, 'wrong-origin', '拒绝来自其他网页的请求。', 'Requests from other web pages are refused.');
  }
  // Origin-form only (`/path?query`); the fixed base keeps `//name/...` from being read as a host.
  const url = req.url?.startsWith('/') ? new URL(`http://door${req.url}`) : undefined;
  if (!url) return refuse(res, api, 400, 'bad-path', '请求地址无效。', 'The request address is not valid.');
  const op = /^\/api\/([^/]+)$/.exec(url.pathname);
  if (op) return handleApi(req, res, door, op[1]);
  return handlePage(req, res, door, url);
}

export function startLoopbackServer(
  ctx: ServiceContext,
  opts: { rendererDir: string; port?: number; token?: string },
): Promise<LoopbackServer> {
  const token = opts.token ?? randomBytes(24).toString('base64url');
  const door: Door = { ctx, rendererDir: opts.rendererDir, token, port: 0 };
  const server = http.createServer((req, res) => {
    handle(req, res, door).catch((e) => {
      // One line, without the query (it may hold the token) and without the stack; the answer says no more.
      console.error(`[http] ${req.method} ${req.url?.split('?')[0]} failed: ${errorLine(e)}`);
      if (res.headersSent) return void res.destroy();
      refuse(res, /^\/api\//.test(req.url ?? ''), 500, 'internal-error', '内部错误。', 'Internal error.');
    });
  });
  // Node's 5 s default closes an idle kept-alive socket while a client that was busy (a test reading a 46-page PDF
  // synchronously) has not yet seen the close, and its next request on that socket fails ("other side closed").
  // Only this machine's own clients connect, so keeping idle sockets a minute costs nothing.
  server.keepAliveTimeout = 60_000;
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      door.port = port;
      resolve({
        url: `http://127.0.0.1:${port}/?token=${token}`,
        port,
        token,
        close: () => new Promise((done) => server.close(() => done())),
      });
    });
  });
}
