import type { IpcMain } from 'electron';
import { mapBytes } from '../../src-shared/api/wire';
import { err } from '../../src-shared/result';
import { dispatch } from '../api/dispatch';
import { isTrustedSender } from '../electron/security';
import type { ServiceContext } from '../services/context';

/**
 * Bytes cross IPC as they are (structured clone), but the clone of a typed array carries its whole ArrayBuffer: a
 * small Buffer is a view into Node's shared 8 KB pool, which would take whatever else the pool holds to the page.
 * A view on part of a buffer is copied into one of its own first.
 */
export const ownBuffers = (value: unknown): unknown =>
  mapBytes(value, (b) => (b.byteOffset === 0 && b.byteLength === b.buffer.byteLength ? b : new Uint8Array(b)));

/** The IPC door: the same dispatch as HTTP and the CLI, answered only for the app's own page in its window's top frame. */
export function registerIpcApi(ipcMain: IpcMain, ctx: ServiceContext): void {
  ipcMain.handle('api:call', async (event, operation: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame)) {
      return err('untrusted-sender', '拒绝来自非本程序页面的请求', 'Request from a page that is not the app refused');
    }
    if (typeof operation !== 'string') {
      return err('unknown-operation', '操作名必须是字符串', 'The operation name must be a string');
    }
    return ownBuffers(await dispatch(ctx, operation, input));
  });
}
