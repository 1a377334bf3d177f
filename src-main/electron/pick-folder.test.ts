import fs from 'node:fs';
import path from 'node:path';
import type { BrowserWindow, Dialog, IpcMain, OpenDialogOptions, WebContents } from 'electron';
import { describe, expect, it } from 'vitest';
import { APP_ORIGIN } from './security';
import { PICK_FOLDER_CHANNEL, registerFolderPicker } from './pick-folder';

type Handler = (event: unknown) => Promise<string | null>;

/** The picker as the main process registers it, with a dialog that answers `answer` and records what it was asked. */
function picker(answer: { canceled: boolean; filePaths: string[] }, win: BrowserWindow | null = {} as BrowserWindow) {
  const handlers = new Map<string, Handler>();
  const asked: { window?: unknown; options: OpenDialogOptions }[] = [];
  const ipcMain = { handle: (channel: string, h: Handler) => handlers.set(channel, h) } as unknown as Pick<IpcMain, 'handle'>;
  const dialog = {
    showOpenDialog: async (...args: unknown[]) => {
      asked.push(args.length === 2 ? { window: args[0], options: args[1] as OpenDialogOptions } : { options: args[0] as OpenDialogOptions });
      return answer;
    },
  } as unknown as Pick<Dialog, 'showOpenDialog'>;
  registerFolderPicker(ipcMain, dialog, () => win);
  const pick = (url: string, parent: unknown = null) => handlers.get(PICK_FOLDER_CHANNEL)!({ senderFrame: { url, parent }, sender: {} as WebContents });
  return { pick, asked };
}

describe('the folder picker', () => {
  it('asks the system dialog for a folder (one that may be made there), attached to the app window', async () => {
    const win = {} as BrowserWindow;
    const { pick, asked } = picker({ canceled: false, filePaths: ['E:\\2026结果包'] }, win);
    expect(await pick(`${APP_ORIGIN}/index.html`)).toBe('E:\\2026结果包');
    expect(asked).toEqual([{ window: win, options: { properties: ['openDirectory', 'createDirectory'] } }]);
  });

  it('answers null when the person cancels', async () => {
    const { pick } = picker({ canceled: true, filePaths: [] });
    expect(await pick(`${APP_ORIGIN}/index.html`)).toBeNull();
  });

  it('opens nothing for a page that is not the app, or a frame inside it', async () => {
    const { pick, asked } = picker({ canceled: false, filePaths: ['/tmp'] });
    expect(await pick('https://evil.example/')).toBeNull();
    expect(await pick(`${APP_ORIGIN}/index.html`, { url: `${APP_ORIGIN}/index.html`, parent: null })).toBeNull();
    expect(asked).toEqual([]);
  });

  it('is the channel the preload calls (the sandboxed preload imports nothing, so it spells the name itself)', () => {
    const preload = fs.readFileSync(path.join(__dirname, 'preload.ts'), 'utf8');
    expect(preload).toContain(`ipcRenderer.invoke('${PICK_FOLDER_CHANNEL}')`);
  });
});
