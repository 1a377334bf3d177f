import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestContext } from '../../tests/helpers/context';
import { APP_ORIGIN } from '../electron/security';
import type { ServiceContext } from '../services/context';
import { ownBuffers, registerIpcApi } from './electron-ipc';

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

/** An event from a frame at `url`: the window's top frame, or one inside the frame `parent`. */
const from = (url: string, parent: { url: string } | null = null) => ({ senderFrame: { url, parent } }) as unknown as IpcMainInvokeEvent;

describe('Electron IPC door', () => {
  it('dispatches calls from the app frame', async () => {
    expect(await invoke(from(`${APP_ORIGIN}/index.html`), 'settings.update', { language: 'en' })).toMatchObject({
      ok: true,
      value: { language: 'en' },
    });
  });

  it.each([
    ['another page', from('https://evil.example/')],
    ['a frame inside the app page', from(`${APP_ORIGIN}/index.html`, { url: `${APP_ORIGIN}/index.html` })],
    ['a frame that is gone', { senderFrame: null } as unknown as IpcMainInvokeEvent],
  ])('refuses calls from %s, changing nothing', async (_n, event) => {
    expect(await invoke(event, 'settings.update', { language: 'en' })).toMatchObject({
      ok: false,
      error: { code: 'untrusted-sender' },
    });
    expect(await invoke(from(`${APP_ORIGIN}/index.html`), 'settings.get', {})).toMatchObject({ ok: true, value: { language: 'zh-CN' } });
  });

  it('validates input like every other door', async () => {
    expect(await invoke(from(`${APP_ORIGIN}/`), 'settings.update', { year: 'soon' })).toMatchObject({
      ok: false,
      error: { code: 'invalid-input' },
    });
    expect(await invoke(from(`${APP_ORIGIN}/`), 42, {})).toMatchObject({ ok: false, error: { code: 'unknown-operation' } });
  });

  it('passes files as bytes both ways (structured clone), each in a buffer of its own', async () => {
    const app = from(`${APP_ORIGIN}/index.html`);
    await invoke(app, 'keys.declinePassphrase', {});
    const key = (await invoke(app, 'keys.exportFile', {})) as { ok: true; value: { content: Uint8Array } };
    const content = key.value.content;
    expect(content).toBeInstanceOf(Uint8Array);
    expect(content.byteOffset).toBe(0);
    expect(content.byteLength).toBe(content.buffer.byteLength);
    // What the page sends back is a plain Uint8Array, not a Buffer.
    const preview = await invoke(app, 'keys.preview', { content: new Uint8Array(content) });
    expect(preview).toMatchObject({ ok: true, value: { isThisDevice: true } });
  });

  it('copies a view on part of a buffer, so the clone does not carry the memory around it', () => {
    const slab = Buffer.from('private|file|private');
    const out = ownBuffers({ ok: true, value: { content: slab.subarray(8, 12), list: [slab.subarray(0, 7)] } }) as {
      value: { content: Uint8Array; list: Uint8Array[] };
    };
    expect(out.value.content.buffer.byteLength).toBe(4);
    expect(Buffer.from(out.value.content).toString()).toBe('file');
    expect(out.value.list[0].buffer.byteLength).toBe(7);
    const whole = new Uint8Array([1, 2, 3]);
    expect(ownBuffers(whole)).toBe(whole);
  });
});
