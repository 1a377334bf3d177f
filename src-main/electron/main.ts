import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol } from 'electron';
import { formatError } from '../../src-shared/result';
import { APP_VERSION } from '../app-version';
import { systemClock } from '../clock';
import { Store } from '../store/store';
import { registerIpcApi } from '../transports/electron-ipc';
import { electronPdfPrinter } from './electron-printer';
import { registerFolderPicker } from './pick-folder';
import { APP_ORIGIN, APP_PROTOCOL, appProtocolResponse, hardenWindow, setPackagedMenu, windowOptions } from './security';

// A custom protocol instead of file:// gives the page a real origin for the CSP and the sender check.
protocol.registerSchemesAsPrivileged([
  { scheme: APP_PROTOCOL, privileges: { standard: true, secure: true, supportFetchAPI: true } },
]);

const rendererDir = path.join(__dirname, '..', 'renderer');

async function start(): Promise<void> {
  await app.whenReady();
  const opened = Store.open(app.getPath('userData'), systemClock);
  if (!opened.ok) {
    dialog.showErrorBox('劳模工匠创新工作室评审', formatError(opened.error));
    app.exit(1);
    return;
  }
  // One context for the app's life: a restore swaps the store inside it (office/restore.ts).
  const ctx = {
    store: opened.value,
    actor: `desktop:${os.userInfo().username}`,
    appVersion: APP_VERSION,
    printPdf: electronPdfPrinter,
    now: systemClock,
  };
  registerIpcApi(ipcMain, ctx);
  registerFolderPicker(ipcMain, dialog, (contents) => BrowserWindow.fromWebContents(contents));
  protocol.handle(APP_PROTOCOL, (request) => appProtocolResponse(request.url, rendererDir));
  if (app.isPackaged) setPackagedMenu(Menu, process.platform);
  const win = new BrowserWindow(windowOptions(path.join(__dirname, '..', 'preload', 'preload.js'), app.isPackaged));
  hardenWindow(win);
  win.once('ready-to-show', () => win.show());
  await win.loadURL(`${APP_ORIGIN}/index.html`);
  app.on('window-all-closed', () => {
    ctx.store.close();
    app.quit();
  });
}

start().catch((e) => {
  console.error(e);
  app.exit(1);
});
