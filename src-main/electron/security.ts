import fs from 'node:fs';
import type { BrowserWindow, BrowserWindowConstructorOptions, Menu, MenuItemConstructorOptions, Session, WebContents } from 'electron';
import { rendererFile } from '../transports/static-files';

/**
 * All of the Electron hardening in one place (Electron's security checklist). Only types are imported from
 * `electron`, so the options and the request filter are tested under plain Node without the binary.
 */
export const APP_PROTOCOL = 'app';
export const APP_ORIGIN = `${APP_PROTOCOL}://studio-review`;

const CSP_DIRECTIVES = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'", // Ant Design injects its CSS-in-JS styles at run time
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src 'self' blob:", // attachments (PDF) are shown from in-memory blobs
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
];

/** Sent as a header with every page the app serves (the app:// protocol and the loopback server). */
export const CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.join('; ');

/**
 * The same policy in `index.html`'s meta tag, a second line should a response ever lack the header. A meta tag
 * cannot carry `frame-ancestors` (browsers ignore it there, with a warning), so it is left out.
 */
export const META_CONTENT_SECURITY_POLICY = CSP_DIRECTIVES.filter((d) => !d.startsWith('frame-ancestors')).join('; ');

/** Headers on every response of both doors that serve the renderer. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/** The app:// protocol's answer to a request: a file of the built renderer or 404, each with the security headers. */
export function appProtocolResponse(url: string, rendererDir: string): Response {
  const found = isAppPage(url) ? rendererFile(rendererDir, new URL(url).pathname) : undefined;
  if (!found) return new Response('not found', { status: 404, headers: { ...SECURITY_HEADERS, 'content-type': 'text/plain; charset=utf-8' } });
  return new Response(fs.readFileSync(found.file), { headers: { ...SECURITY_HEADERS, 'content-type': found.type, 'cache-control': found.cacheControl } });
}

/** A window's options; a packaged build (`app.isPackaged`) has no DevTools. */
export function windowOptions(preloadPath: string, packaged: boolean): BrowserWindowConstructorOptions {
  return {
    width: 1280,
    height: 860,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    title: '劳模工匠创新工作室评审',
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      devTools: !packaged,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Chromium's built-in PDF viewer, to show nominations' PDF attachments offline; no other plugin exists.
      plugins: true,
    },
  };
}

function parseUrl(url: string): URL | undefined {
  try {
    return new URL(url);
  } catch {
    return undefined;
  }
}

/** A URL of the app's own pages and files: app://studio-review/… */
function isAppPage(url: string): boolean {
  const parsed = parseUrl(url);
  return parsed?.protocol === `${APP_PROTOCOL}:` && parsed.host === 'studio-review';
}

/** Only the app's own pages and in-memory resources may load; everything else is cancelled. */
export function isAppRequest(url: string): boolean {
  if (isAppPage(url)) return true;
  const protocol = parseUrl(url)?.protocol;
  return protocol === 'data:' || protocol === 'blob:' || protocol === 'devtools:';
}

/**
 * IPC is answered only for the app's own page in the top frame of its window: not for a frame inside it (an
 * attachment's PDF viewer, say), not for any other page, and not once the frame is gone (Electron then gives null).
 */
export function isTrustedSender(frame: { url: string; parent: unknown } | null | undefined): boolean {
  return !!frame && frame.parent === null && isAppPage(frame.url);
}

/**
 * The menu of a packaged build: none on Windows and Linux; on macOS only the app and Edit menus, as text fields
 * there take copy and paste from the Edit menu's keys. Neither has DevTools or reload, which Electron's default has.
 * (An unpackaged run keeps the default menu, for development.)
 */
export function setPackagedMenu(menu: Pick<typeof Menu, 'setApplicationMenu' | 'buildFromTemplate'>, platform: NodeJS.Platform): void {
  const template: MenuItemConstructorOptions[] | null = platform === 'darwin' ? [{ role: 'appMenu' }, { role: 'editMenu' }] : null;
  menu.setApplicationMenu(template && menu.buildFromTemplate(template));
}

export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isAppRequest(details.url) }));
  session.webRequest.onHeadersReceived((details, callback) =>
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    }),
  );
}

export function hardenContents(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (!isAppRequest(url)) event.preventDefault();
  });
  contents.on('will-redirect', (event, url) => {
    if (!isAppRequest(url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
}

export function hardenWindow(win: BrowserWindow): void {
  hardenSession(win.webContents.session);
  hardenContents(win.webContents);
}
