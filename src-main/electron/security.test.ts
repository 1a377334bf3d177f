import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Menu, MenuItemConstructorOptions, Session, WebContents } from 'electron';
import { tempDir } from '../../tests/helpers/temp-dir';
import {
  APP_ORIGIN,
  appProtocolResponse,
  CONTENT_SECURITY_POLICY,
  hardenContents,
  hardenSession,
  isAppRequest,
  isTrustedSender,
  META_CONTENT_SECURITY_POLICY,
  SECURITY_HEADERS,
  setPackagedMenu,
  windowOptions,
} from './security';

const ROOT = path.resolve(__dirname, '../..');

describe('Electron hardening', () => {
  it('creates windows isolated, sandboxed and without Node', () => {
    const prefs = windowOptions('/app/preload.js', true).webPreferences!;
    expect(prefs).toMatchObject({
      preload: '/app/preload.js',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
    });
  });

  it.each([
    [`${APP_ORIGIN}/index.html`, true],
    [`${APP_ORIGIN}/assets/index-abc.js`, true],
    ['data:image/png;base64,AAAA', true],
    ['blob:app://studio-review/123', true],
    ['app://other-host/index.html', false],
    ['https://example.com/', false],
    ['http://127.0.0.1:8080/api/x', false],
    ['file:///etc/passwd', false],
    ['ws://127.0.0.1:1234', false],
    ['not a url', false],
  ])('request filter: %s → %s', (url, allowed) => {
    expect(isAppRequest(url)).toBe(allowed);
  });

  it('answers IPC only for the app page in the top frame of its window', () => {
    const top = (url: string) => ({ url, parent: null });
    expect(isTrustedSender(top(`${APP_ORIGIN}/index.html`))).toBe(true);
    expect(isTrustedSender(top(`${APP_ORIGIN}/index.html#/settings`))).toBe(true);
    // A frame inside the app's page, even one of the app's own pages: not the main frame.
    expect(isTrustedSender({ url: `${APP_ORIGIN}/index.html`, parent: top(`${APP_ORIGIN}/index.html`) })).toBe(false);
    expect(isTrustedSender({ url: 'blob:app://studio-review/1', parent: top(`${APP_ORIGIN}/index.html`) })).toBe(false);
    expect(isTrustedSender(top('https://evil.example/'))).toBe(false);
    expect(isTrustedSender(top('app://studio-review.evil/'))).toBe(false);
    expect(isTrustedSender(top('app://evil@studio-review.evil/'))).toBe(false);
    expect(isTrustedSender(top('data:text/html,<p>x'))).toBe(false);
    expect(isTrustedSender(top('not a url'))).toBe(false);
    // Electron gives no frame once it has navigated away or is gone.
    expect(isTrustedSender(null)).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
  });

  it('has no DevTools in a packaged build, and keeps them for development', () => {
    expect(windowOptions('/app/preload.js', true).webPreferences!.devTools).toBe(false);
    expect(windowOptions('/app/preload.js', false).webPreferences!.devTools).toBe(true);
  });

  it.each([
    ['win32', null],
    ['linux', null],
    ['darwin', [{ role: 'appMenu' }, { role: 'editMenu' }]],
  ] as const)('gives a packaged build on %s no default menu: %j', (platform, template) => {
    const built: MenuItemConstructorOptions[][] = [];
    const set: unknown[] = [];
    const menu = {
      buildFromTemplate: (t: MenuItemConstructorOptions[]) => (built.push(t), { built: t }),
      setApplicationMenu: (m: unknown) => set.push(m),
    } as unknown as Pick<typeof Menu, 'setApplicationMenu' | 'buildFromTemplate'>;
    setPackagedMenu(menu, platform);
    expect(set).toEqual([template && { built: template }]);
    // The roles kept hold no DevTools and no reload (Electron's default View menu has both).
    expect(JSON.stringify(built)).not.toMatch(/devtools|reload|viewMenu|windowMenu/i);
  });

  it('the app:// protocol sets the security headers on every answer it gives', async () => {
    const dir = tempDir();
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>t</title>');
    fs.mkdirSync(path.join(dir, 'assets'));
    fs.writeFileSync(path.join(dir, 'assets', 'index-abc.js'), 'console.log(1)');
    const answers = [
      [`${APP_ORIGIN}/index.html`, 200, 'text/html; charset=utf-8'],
      [`${APP_ORIGIN}/`, 200, 'text/html; charset=utf-8'],
      [`${APP_ORIGIN}/assets/index-abc.js`, 200, 'text/javascript; charset=utf-8'],
      [`${APP_ORIGIN}/missing.js`, 404, 'text/plain; charset=utf-8'],
      [`${APP_ORIGIN}/..%2F..%2Fetc%2Fpasswd`, 404, 'text/plain; charset=utf-8'],
      [`${APP_ORIGIN}/%E0%A4%A`, 404, 'text/plain; charset=utf-8'],
      ['app://other-host/index.html', 404, 'text/plain; charset=utf-8'],
    ] as const;
    for (const [url, status, type] of answers) {
      const res = appProtocolResponse(url, dir);
      expect([url, res.status, res.headers.get('content-type')]).toEqual([url, status, type]);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name)).toBe(value);
    }
    expect(await appProtocolResponse(`${APP_ORIGIN}/index.html`, dir).text()).toContain('<title>t</title>');
    expect(SECURITY_HEADERS).toEqual({
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
  });

  it('index.html carries the same CSP in a meta tag, before anything it loads', () => {
    const html = fs.readFileSync(path.join(ROOT, 'src-renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]*)" \/>/.exec(html);
    expect(meta?.[1]).toBe(META_CONTENT_SECURITY_POLICY);
    expect(meta!.index).toBeLessThan(html.search(/<script|<link/));
    // The header's policy less `frame-ancestors`, which a meta tag cannot carry.
    expect(META_CONTENT_SECURITY_POLICY).not.toContain('frame-ancestors');
    expect(`${META_CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`).toBe(CONTENT_SECURITY_POLICY);
  });

  it('sets every fuse electron-builder knows to its safe value, file:// privileges included', () => {
    // electron-builder.yml read as data: the `electronFuses:` block, one `name: value` a line.
    const yml = fs.readFileSync(path.join(ROOT, 'electron-builder.yml'), 'utf8');
    const block = /^electronFuses:\n((?:[ \t]+.*\n)+)/m.exec(yml)![1];
    const fuses = Object.fromEntries(block.trim().split('\n').map((l) => l.trim().split(/:\s*/)).map(([k, v]) => [k, v === 'true']));
    expect(fuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
    // And none left unset: each fuse of electron-builder's own option type (the signature reset is no fuse).
    const types = fs.readFileSync(path.join(ROOT, 'node_modules/app-builder-lib/out/configuration.d.ts'), 'utf8');
    const known = [.../interface FuseOptionsV1 \{([^}]*)\}/.exec(types)![1].matchAll(/^\s*(\w+)\?:/gm)].map((m) => m[1]);
    expect(known.filter((k) => k !== 'resetAdHocDarwinSignature').sort()).toEqual(Object.keys(fuses).sort());
  });

  it('sets a strict CSP', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'self'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toContain('unsafe-eval');
  });

  it('denies permissions and cancels foreign requests on the session', () => {
    const hooks: Record<string, (...a: never[]) => void> = {};
    const session = {
      setPermissionRequestHandler: (h: never) => (hooks.permission = h),
      setPermissionCheckHandler: (h: never) => (hooks.check = h),
      webRequest: {
        onBeforeRequest: (h: never) => (hooks.request = h),
        onHeadersReceived: (h: never) => (hooks.headers = h),
      },
    } as unknown as Session;
    hardenSession(session);

    const permission = vi.fn();
    (hooks.permission as (...a: unknown[]) => void)({}, 'media', permission);
    expect(permission).toHaveBeenCalledWith(false);
    expect((hooks.check as () => boolean)()).toBe(false);

    const answer = vi.fn();
    (hooks.request as (...a: unknown[]) => void)({ url: 'https://example.com/x' }, answer);
    (hooks.request as (...a: unknown[]) => void)({ url: `${APP_ORIGIN}/index.html` }, answer);
    expect(answer.mock.calls).toEqual([[{ cancel: true }], [{ cancel: false }]]);

    const headers = vi.fn();
    (hooks.headers as (...a: unknown[]) => void)({ responseHeaders: {} }, headers);
    expect(headers.mock.calls[0][0].responseHeaders['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
  });

  it('blocks navigation away, webviews and new windows', () => {
    const listeners: Record<string, (e: { preventDefault(): void }, url?: string) => void> = {};
    let openHandler: (() => unknown) | undefined;
    const contents = {
      on: (name: string, fn: never) => (listeners[name] = fn),
      setWindowOpenHandler: (fn: () => unknown) => (openHandler = fn),
    } as unknown as WebContents;
    hardenContents(contents);

    const away = { preventDefault: vi.fn() };
    listeners['will-navigate'](away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const inside = { preventDefault: vi.fn() };
    listeners['will-navigate'](inside, `${APP_ORIGIN}/index.html#/settings`);
    expect(inside.preventDefault).not.toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    listeners['will-attach-webview'](webview);
    expect(webview.preventDefault).toHaveBeenCalled();
    expect(openHandler!()).toEqual({ action: 'deny' });
  });
});
