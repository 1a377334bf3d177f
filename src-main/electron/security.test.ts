import { describe, expect, it, vi } from 'vitest';
import type { Session, WebContents } from 'electron';
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  hardenContents,
  hardenSession,
  isAppRequest,
  isTrustedSender,
  windowOptions,
} from './security';

describe('Electron hardening', () => {
  it('creates windows isolated, sandboxed and without Node', () => {
    const prefs = windowOptions('/app/preload.js').webPreferences!;
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

  it('answers IPC only for the app frame', () => {
    expect(isTrustedSender(`${APP_ORIGIN}/index.html`)).toBe(true);
    expect(isTrustedSender('https://evil.example/')).toBe(false);
    expect(isTrustedSender('app://studio-review.evil/')).toBe(false);
    expect(isTrustedSender(undefined)).toBe(false);
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
