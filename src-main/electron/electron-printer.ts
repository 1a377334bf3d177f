import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { app, BrowserWindow } from 'electron';
import { footerText, withBundledFont } from '../print/bundled-font';
import { pageFooter, type PdfPrinter } from '../print/pdf-printer';
import { windowOptions } from './security';

/** In the desktop app: the same layout printed by a hidden, hardened window. */
export const electronPdfPrinter: PdfPrinter = async (html, print) => {
  const options = windowOptions('', app.isPackaged);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'studio-review-print-'));
  const page = path.join(dir, 'sheet.html');
  const footer = pageFooter(print?.language);
  fs.writeFileSync(page, withBundledFont(html, footerText(footer)));
  const win = new BrowserWindow({ ...options, show: false, webPreferences: { ...options.webPreferences, preload: undefined, javascript: false } });
  try {
    // A file, not a data: URL: with its fonts inside, a sheet can pass the 2 MB a URL may have. The fonts are
    // loaded before 'load' fires, so the sheet is printed in them.
    await win.loadFile(page);
    return await win.webContents.printToPDF({
      pageSize: 'A4',
      // A sheet's own @page size wins: every sheet says A4, the ledger's wide table says A4 landscape.
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: footer,
      margins: { top: 0.63, bottom: 0.71, left: 0.55, right: 0.55 },
    });
  } finally {
    win.destroy();
    fs.rmSync(dir, { recursive: true, force: true });
  }
};
