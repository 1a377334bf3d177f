import type { BrowserWindow, BrowserWindowConstructorOptions, Session, WebContents } from 'electron';

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

/** Headers on every response of both doors that serve the renderer. */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
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
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      // Chromium's built-in PDF viewer, to show nominations' PDF attachments offline; no other plugin exists.
      plugins: true,
    },
  };
}

/** Only the app's own pages and in-memory resources may load; everything else is cancelled. */
export function isAppRequest(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === `${APP_PROTOCOL}:`) return parsed.host === 'studio-review';
  return parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'devtools:';
}

/** IPC is answered only for the app's own top frame. */
export function isTrustedSender(frameUrl: string | undefined): boolean {
  return frameUrl !== undefined && frameUrl.startsWith(`${APP_ORIGIN}/`);
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
