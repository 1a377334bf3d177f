import type { BrowserWindow, Dialog, IpcMain, IpcMainInvokeEvent, OpenDialogOptions, WebContents } from 'electron';
import { isTrustedSender } from './security';

/** The IPC channel of the folder picker: the one thing the page may ask of the shell besides the API. */
export const PICK_FOLDER_CHANNEL = 'dialog:pickFolder';

/**
 * A folder chosen in the system's own dialog (a new one may be made there, e.g. on the USB stick), as a path the
 * API's doors take; null when the person cancels. Only the app's page in its window's top frame may open it.
 */
export function registerFolderPicker(
  ipcMain: Pick<IpcMain, 'handle'>,
  dialog: Pick<Dialog, 'showOpenDialog'>,
  windowOf: (contents: WebContents) => BrowserWindow | null,
): void {
  ipcMain.handle(PICK_FOLDER_CHANNEL, async (event: IpcMainInvokeEvent): Promise<string | null> => {
    if (!isTrustedSender(event.senderFrame)) return null;
    const options: OpenDialogOptions = { properties: ['openDirectory', 'createDirectory'] };
    const win = windowOf(event.sender);
    // Attached to the app's window, so the dialog stays in front of it and the page waits for the answer.
    const picked = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
    return picked.canceled ? null : (picked.filePaths[0] ?? null);
  });
}
