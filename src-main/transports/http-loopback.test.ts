import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { requestLimit } from '../../src-shared/api/contract';
import { fromWireJson, toWireJson } from '../../src-shared/api/wire';
import { openTestContext } from '../../tests/helpers/context';
import { tempDir } from '../../tests/helpers/temp-dir';
import type { ServiceContext } from '../services/context';
import { startLoopbackServer, type LoopbackServer } from './http-loopback';

let ctx: ServiceContext;
let server: LoopbackServer;
let base: string;

beforeEach(async () => {
  ctx = openTestContext();
  const rendererDir = tempDir();
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>t</title>');
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

describe('loopback HTTP door', () => {
  it('listens on 127.0.0.1 only and puts the token in the URL it prints', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
  });

  it('serves the page without a token, with a CSP', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(await res.text()).toContain('<title>t</title>');
  });

  it('refuses to serve files outside the renderer folder', async () => {
    const res = await fetch(`${base}/..%2F..%2Fetc%2Fpasswd`);
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
