import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { requestLimit } from '../../src-shared/api/contract';
import { fromWireJson, toWireJson } from '../../src-shared/api/wire';
import { openTestContext } from '../../tests/helpers/context';
import { tempDir } from '../../tests/helpers/temp-dir';
import type { ServiceContext } from '../services/context';
import { startLoopbackServer, type LoopbackServer } from './http-loopback';
import { tokenCookieName } from './loopback-access';

let ctx: ServiceContext;
let server: LoopbackServer;
let base: string;
let rendererDir: string;

beforeEach(async () => {
  ctx = openTestContext();
  rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
  fs.mkdirSync(path.join(rendererDir, 'assets'));
  fs.writeFileSync(path.join(rendererDir, 'assets', 'index-abc.js'), 'console.log(1)');
  server = await startLoopbackServer(ctx, { rendererDir });
  base = `http://127.0.0.1:${server.port}`;
});

afterEach(async () => {
  await server.close();
  ctx.store.close();
});

const post = (op: string, body: string, token: string | null = server.token) =>
  fetch(`${base}/api/${op}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

/**
 * A raw HTTP request, as any program on this computer could send it: `fetch` will not set `Host` (nor leave it out),
 * which the door's checks are about. `host: null` sends none.
 */
function request(
  urlPath: string,
  opts: { method?: string; host?: string | null; headers?: Record<string, string>; body?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = { ...opts.headers };
  if (opts.host !== null) headers.host = opts.host ?? `127.0.0.1:${server.port}`;
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.port, path: urlPath, method: opts.method ?? 'GET', headers, setHost: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

const withCookie = (token = server.token): Record<string, string> => ({ cookie: `${tokenCookieName(server.port)}=${token}` });

/** An API call with the cookie, through `request`. */
const apiCall = (op: string, body: string, opts: { host?: string | null; headers?: Record<string, string> } = {}) =>
  request(`/api/${op}`, { method: 'POST', host: opts.host, headers: { ...withCookie(), 'content-type': 'application/json', ...opts.headers }, body });

const language = async () => JSON.parse((await apiCall('settings.get', '{}')).body).value.language;

describe('loopback HTTP door', () => {
  it('listens on 127.0.0.1 only and puts the token in the URL it prints', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
  });

  it('refuses to serve files outside the renderer folder', async () => {
    const res = await request('/..%2F..%2Fetc%2Fpasswd', { headers: withCookie() });
    expect(res.status).toBe(404);
  });

  it('answers an API call that carries the token', async () => {
    const res = await post('settings.get', '{}');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true, value: { language: 'zh-CN', year: expect.any(Number), timeZone: 'Asia/Shanghai' } });
  });

  it.each([
    ['no token', null],
    ['a wrong token', 'x'.repeat(32)],
    ['an empty token', ''],
  ])('refuses a call with %s and changes nothing', async (_n, token) => {
    const res = await post('settings.update', '{"language":"en"}', token);
    expect(res.status).toBe(401);
    const body = await res.json();
    expect(body).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    const settings = await (await post('settings.get', '{}')).json();
    expect(settings.value.language).toBe('zh-CN');
  });

  it('refuses bad JSON with a clear message', async () => {
    const res = await post('settings.update', '{"language": ');
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({
      ok: false,
      error: { code: 'bad-json', message: { zh: expect.stringContaining('JSON'), en: expect.stringContaining('JSON') } },
    });
  });

  it.each([
    ['a wrong type', '{"year":"2026"}', 'year'],
    ['an out-of-range value', '{"year":1800}', 'year'],
    ['an unknown field', '{"colour":"red"}', ''],
    ['a value not in the list', '{"language":"fr"}', 'language'],
    ['an array instead of an object', '[1,2]', ''],
  ])('refuses %s with a path-level bilingual message', async (_n, body, pathName) => {
    const res = await post('settings.update', body);
    expect(res.status).toBe(400);
    const json = await res.json();
    expect(json.ok).toBe(false);
    expect(json.error.code).toBe('invalid-input');
    expect(json.error.details.length).toBeGreaterThan(0);
    if (pathName) expect(json.error.details[0].path).toBe(pathName);
    expect(json.error.details[0].message.zh).not.toBe(json.error.details[0].message.en);
  });

  it('takes a picked bundle folder of more than 20 MB, and refuses other calls that large, naming the limit', async () => {
    const big = Buffer.alloc(24 * 1024 * 1024, 'A');
    const bundle = await post('bundle.verify', toWireJson({ files: [{ relativePath: 'b/bundle.json', content: big }], expectYear: 2026 }));
    expect(bundle.status).toBe(200);
    // Read and verified (and refused as a bundle, as it is none), not stopped at the door.
    expect(await bundle.json()).toMatchObject({ ok: true, value: { verified: false } });

    expect(requestLimit('settings.update')).toBe(20 * 1024 * 1024);
    const other = await post('settings.update', toWireJson({ padding: big }));
    expect(other.status).toBe(413);
    expect(await other.json()).toMatchObject({
      ok: false,
      error: { code: 'body-too-large', message: { en: 'The request is larger than the limit of 20 MB for settings.update' } },
    });
  });

  it('carries files as bytes both ways: {"$bytes": base64} on the wire, checked by the contract', async () => {
    const sheet = await post('titles.exportXlsx', '{}');
    const text = await sheet.text();
    expect(text).toMatch(/"content":\{"\$bytes":"UEsD/);
    const file = (fromWireJson(text) as { value: { content: Uint8Array; sha256: string } }).value;
    expect(file.content).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(file.content).subarray(0, 2).toString()).toBe('PK');

    const back = await post('titles.importXlsx', toWireJson({ fileName: 't.xlsx', content: file.content }));
    expect(await back.json()).toMatchObject({ ok: true });

    const notBytes = await post('keys.preview', '{"content":{"$bytes":"%%%"}}');
    expect(notBytes.status).toBe(400);
    expect(await notBytes.json()).toMatchObject({ ok: false, error: { code: 'invalid-input', details: [{ path: 'content' }] } });
  });

  it('refuses an unknown operation', async () => {
    const res = await post('experts.dropAll', '{}');
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
  });

  it('refuses GET on the API', async () => {
    const res = await fetch(`${base}/api/settings.get`, { headers: { authorization: `Bearer ${server.token}` } });
    expect(res.status).toBe(405);
  });

  it('keeps serving after bad requests', async () => {
    await post('settings.update', 'garbage');
    await post('nope', '{}');
    const res = await post('settings.update', '{"language":"en"}');
    expect(await res.json()).toMatchObject({ ok: true, value: { language: 'en' } });
  });
});

describe('loopback door: Host and Origin', () => {
  it.each([
    ['127.0.0.1', (p: number) => `127.0.0.1:${p}`],
    ['localhost', (p: number) => `localhost:${p}`],
  ])('serves the page and the API when Host is %s with its own port', async (_n, host) => {
    const page = await request('/', { host: host(server.port), headers: withCookie() });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>t</title>');
    const api = await apiCall('settings.update', '{"language":"en"}', { host: host(server.port) });
    expect(JSON.parse(api.body)).toMatchObject({ ok: true, value: { language: 'en' } });
  });

  it.each([
    ['another name', () => 'evil.example'],
    ['another name with our port', (p: number) => `evil.example:${p}`],
    ['a name that starts like ours', (p: number) => `localhost.evil.example:${p}`],
    ['our address without the port', () => '127.0.0.1'],
    ['our address with another port', (p: number) => `127.0.0.1:${p + 1}`],
    ['another loopback address', (p: number) => `127.0.0.2:${p}`],
    ['an IPv6 loopback', (p: number) => `[::1]:${p}`],
  ])('refuses %s as Host, with a short plain answer, and changes nothing', async (_n, host) => {
    const page = await request('/', { host: host(server.port), headers: withCookie() });
    expect(page.status).toBe(421);
    expect(page.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(page.body).toBe('只接受发往本机地址的请求。\nOnly requests addressed to this computer are accepted.\n');

    const api = await apiCall('settings.update', '{"language":"en"}', { host: host(server.port) });
    expect(api.status).toBe(421);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'wrong-host' } });
    expect(await language()).toBe('zh-CN');
  });

  it('refuses a request without Host (Node answers 400 before the door sees it), and changes nothing', async () => {
    expect((await request('/', { host: null, headers: withCookie() })).status).toBe(400);
    expect((await apiCall('settings.update', '{"language":"en"}', { host: null })).status).toBe(400);
    expect(await language()).toBe('zh-CN');
  });

  it.each([
    ['no Origin', undefined, undefined],
    ['its own origin', (p: number) => `http://127.0.0.1:${p}`, undefined],
    ['its own origin under localhost', (p: number) => `http://localhost:${p}`, (p: number) => `localhost:${p}`],
  ])('answers a call with %s', async (_n, origin, host) => {
    const headers = origin ? { origin: origin(server.port) } : undefined;
    const api = await apiCall('settings.update', '{"language":"en"}', { host: host?.(server.port), headers });
    expect(api.status).toBe(200);
    expect(await language()).toBe('en');
  });

  it.each([
    ['another site', () => 'http://evil.example'],
    ['an opaque origin (a sandboxed frame, a file)', () => 'null'],
    ['another port on this computer', (p: number) => `http://127.0.0.1:${p + 1}`],
    ['https on our port', (p: number) => `https://127.0.0.1:${p}`],
    ['localhost while the Host is 127.0.0.1 (another origin)', (p: number) => `http://localhost:${p}`],
  ])('refuses a call from %s with 403, and changes nothing', async (_n, origin) => {
    const api = await apiCall('settings.update', '{"language":"en"}', { headers: { origin: origin(server.port) } });
    expect(api.status).toBe(403);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'wrong-origin' } });
    expect(await language()).toBe('zh-CN');

    const page = await request('/', { headers: { ...withCookie(), origin: origin(server.port) } });
    expect(page.status).toBe(403);
    expect(page.body).toBe('拒绝来自其他网页的请求。\nRequests from other web pages are refused.\n');
  });
});

describe('loopback door: the token moves from the printed URL to a cookie', () => {
  const printedPath = () => {
    const url = new URL(server.url);
    return url.pathname + url.search;
  };

  it('answers the first visit with a cookie and a redirect to the same address without the token', async () => {
    const first = await request(printedPath());
    expect(first.status).toBe(303);
    expect(first.headers.location).toBe('/');
    expect(first.body).toBe('');
    const [cookie, ...more] = first.headers['set-cookie']!;
    expect(more).toEqual([]);
    const [pair, ...attributes] = cookie.split(';').map((a) => a.trim());
    expect(pair).toBe(`${tokenCookieName(server.port)}=${server.token}`);
    // Script cannot read it, no other site's request carries it, every path of this one does; it ends with the browser.
    expect(attributes.sort()).toEqual(['HttpOnly', 'Path=/', 'SameSite=Strict']);

    // What the browser then does: follow the redirect with the cookie.
    const page = await request(first.headers.location!, { headers: { cookie: pair } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('<title>t</title>');
    expect(page.headers['content-security-policy']).toContain("default-src 'self'");
    const asset = await request('/assets/index-abc.js', { headers: { cookie: pair } });
    expect(asset.status).toBe(200);
    expect(asset.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const api = await apiCall('settings.get', '{}', { headers: { cookie: pair } });
    expect(JSON.parse(api.body)).toMatchObject({ ok: true, value: { language: 'zh-CN' } });
  });

  it('keeps the path and the rest of the query in the redirect, and never leaves this site', async () => {
    const keep = await request(`/index.html?lang=en&token=${server.token}&x=1`);
    expect(keep.status).toBe(303);
    expect(keep.headers.location).toBe('/index.html?lang=en&x=1');
    const away = await request(`//evil.example/?token=${server.token}`);
    expect(away.status).toBe(303);
    expect(away.headers.location).toBe('/evil.example/');
  });

  it.each([
    ['a wrong token', 'x'.repeat(32)],
    ['an empty token', ''],
  ])('refuses a first visit with %s, setting no cookie', async (_n, token) => {
    const res = await request(`/?token=${token}`);
    expect(res.status).toBe(401);
    expect(res.headers['set-cookie']).toBeUndefined();
    expect(res.body).toBe('访问令牌错误。\nWrong access token.\n');
  });

  it.each([
    ['no cookie', {}],
    ['a wrong cookie', { cookie: `${tokenCookieName(12345)}=x; studio-review-token=y` }],
    ['the right token under another port\'s cookie name', { cookie: `studio-review-token-1=TOKEN` }],
  ])('refuses the page, its files and the API with %s', async (_n, headers: Record<string, string>) => {
    const h = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k, v.replace('TOKEN', server.token)]));
    const page = await request('/', { headers: h });
    expect(page.status).toBe(401);
    expect(page.body).toBe('请用程序启动时显示的网址（含访问令牌）打开。\nOpen the URL shown when the app started (it carries the access token).\n');
    expect((await request('/assets/index-abc.js', { headers: h })).status).toBe(401);
    const api = await request('/api/settings.update', { method: 'POST', headers: h, body: '{"language":"en"}' });
    expect(api.status).toBe(401);
    expect(JSON.parse(api.body)).toMatchObject({ ok: false, error: { code: 'unauthorized' } });
    expect(await language()).toBe('zh-CN');
  });

  it('accepts its cookie next to a same-named one another page on 127.0.0.1 set', async () => {
    const name = tokenCookieName(server.port);
    const res = await request('/', { headers: { cookie: `${name}=planted; ${name}=${server.token}` } });
    expect(res.status).toBe(200);
  });

  it('does not take the token as a header for the page (only scripts calling the API send it so)', async () => {
    const res = await request('/', { headers: { authorization: `Bearer ${server.token}` } });
    expect(res.status).toBe(401);
  });
});

describe('loopback door: headers and failures', () => {
  it('sends Referrer-Policy, nosniff, the CSP and same-origin resource policy with every answer', async () => {
    const answers = await Promise.all([
      request('/', { headers: withCookie() }), // 200 page
      request(`/?token=${server.token}`), // 303
      request('/'), // 401 page
      request('/missing.js', { headers: withCookie() }), // 404
      request('/', { host: 'evil.example' }), // 421
      request('/', { headers: { origin: 'http://evil.example' } }), // 403
      request('/%E0%A4%A', { headers: withCookie() }), // 400
      request('/', { method: 'DELETE', headers: withCookie() }), // 405
      apiCall('settings.get', '{}'), // 200 API
      request('/api/settings.get', { method: 'POST', body: '{}' }), // 401 API
    ]);
    expect(answers.map((a) => a.status)).toEqual([200, 303, 401, 404, 421, 403, 400, 405, 200, 401]);
    for (const a of answers) {
      expect(a.headers['referrer-policy']).toBe('no-referrer');
      expect(a.headers['x-content-type-options']).toBe('nosniff');
      expect(a.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      expect(a.headers['cross-origin-resource-policy']).toBe('same-origin');
    }
  });

  it('answers malformed percent-encoding with 400 and a short message', async () => {
    const api = await request('/api/%E0%A4%A', { method: 'POST', headers: withCookie(), body: '{}' });
    expect(api.status).toBe(400);
    expect(JSON.parse(api.body)).toEqual({
      ok: false,
      error: { code: 'bad-path', message: { zh: '请求地址的编码无效', en: 'The request address is not validly encoded' } },
    });
    const page = await request('/assets/%E0%A4%A.js', { headers: withCookie() });
    expect(page.status).toBe(400);
    expect(page.body).toBe('网址的编码无效。\nThe address is not validly encoded.\n');
  });

  const stackFrame = /\bat .*[:(]\d+:\d+|\n\s+at /;

  it('answers a failure of its own with a short message, logging one line without the stack or the token', async () => {
    if (process.platform !== 'linux') return; // needs a file whose read fails, below
    // A renderer file the door finds but cannot read (reading /proc/self/mem at offset 0 fails with EIO).
    fs.symlinkSync('/proc/self/mem', path.join(rendererDir, 'assets', 'broken.js'));
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await request(`/assets/broken.js`, { headers: withCookie() });
      expect(res.status).toBe(500);
      expect(res.body).toBe('内部错误。\nInternal error.\n');
      expect(logged.mock.calls).toEqual([[expect.stringMatching(/^\[http\] GET \/assets\/broken\.js failed: Error: EIO/)]]);
      expect(logged.mock.calls[0][0]).not.toMatch(stackFrame);
      expect(logged.mock.calls[0][0]).not.toContain('\n');
    } finally {
      logged.mockRestore();
    }
    expect((await request('/', { headers: withCookie() })).status).toBe(200);
  });

  it('answers a failing operation without a stack, and logs it as one line', async () => {
    ctx.store.close(); // every operation on the store now throws
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const res = await apiCall('settings.get', '{}');
      expect(JSON.parse(res.body)).toMatchObject({ ok: false, error: { code: 'internal-error' } });
      expect(res.body).not.toMatch(stackFrame);
      expect(logged).toHaveBeenCalledTimes(1);
      expect(logged.mock.calls[0]).toEqual([expect.stringMatching(/^\[api\] settings\.get failed: \w*Error: /)]);
      expect(logged.mock.calls[0][0]).not.toMatch(stackFrame);
    } finally {
      logged.mockRestore();
    }
  });
});
