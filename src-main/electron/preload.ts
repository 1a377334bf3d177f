import { contextBridge, ipcRenderer } from 'electron';

/**
 * The whole surface the page gets: one call into the shared API contract and the system's folder dialog (a path
 * for the doors that write to a folder), nothing else of Node. The channel's name is pick-folder.ts's; a sandboxed
 * preload imports nothing but electron.
 */
contextBridge.exposeInMainWorld('studioReview', {
  call: (operation: string, input: unknown): Promise<unknown> => {
    if (typeof operation !== 'string') return Promise.reject(new TypeError('operation must be a string'));
    return ipcRenderer.invoke('api:call', operation, input);
  },
  pickFolder: (): Promise<string | null> => ipcRenderer.invoke('dialog:pickFolder'),
});
