import { contextBridge, ipcRenderer } from 'electron';

/** The whole surface the page gets: one call into the shared API contract, nothing else of Node. */
contextBridge.exposeInMainWorld('studioReview', {
  call: (operation: string, input: unknown): Promise<unknown> => {
    if (typeof operation !== 'string') return Promise.reject(new TypeError('operation must be a string'));
    return ipcRenderer.invoke('api:call', operation, input);
  },
});
