import type { IpcMain } from 'electron';
import { err } from '../../src-shared/result';
import { dispatch } from '../api/dispatch';
import { isTrustedSender } from '../electron/security';
import type { ServiceContext } from '../services/context';

/** The IPC door: the same dispatch as HTTP and the CLI, answered only for the app's own frame. */
export function registerIpcApi(ipcMain: IpcMain, ctx: ServiceContext): void {
  ipcMain.handle('api:call', async (event, operation: unknown, input: unknown) => {
    if (!isTrustedSender(event.senderFrame?.url)) {
      return err('untrusted-sender', '拒绝来自非本程序页面的请求', 'Request from a page that is not the app refused');
    }
    if (typeof operation !== 'string') {
      return err('unknown-operation', '操作名必须是字符串', 'The operation name must be a string');
    }
    return dispatch(ctx, operation, input);
  });
}
