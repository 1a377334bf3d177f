import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestContext } from '../../tests/helpers/context';
import { APP_ORIGIN } from '../electron/security';
import type { ServiceContext } from '../services/context';
import { registerIpcApi } from './electron-ipc';

type Invoke = (event: IpcMainInvokeEvent, operation: unknown, input: unknown) => Promise<unknown>;

let ctx: ServiceContext;
let invoke: Invoke;

beforeEach(() => {
  ctx = openTestContext();
  // Stands in for Electron's ipcMain registry only; the handler behind it is the real dispatch and store.
  const ipcMain = { handle: (_channel: string, fn: Invoke) => (invoke = fn) } as unknown as IpcMain;
  registerIpcApi(ipcMain, ctx);
});
afterEach(() => ctx.store.close());

const from = (url: string) => ({ senderFrame: { url } }) as unknown as IpcMainInvokeEvent;

describe('Electron IPC door', () => {
  it('dispatches calls from the app frame', async () => {
    expect(await invoke(from(`${APP_ORIGIN}/index.html`), 'settings.update', { language: 'en' })).toMatchObject({
      ok: true,
      value: { language: 'en' },
    });
  });

  it('refuses calls from any other frame', async () => {
    expect(await invoke(from('https://evil.example/'), 'settings.update', { language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
  });

  it('validates input like every other door', async () => {
    expect(await invoke(from(`${APP_ORIGIN}/`), 'settings.update', { year: 'soon' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await invoke(from(`${APP_ORIGIN}/`), 42, {})).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
  });
});
