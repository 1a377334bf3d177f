import { app, BrowserWindow } from 'electron';
import { pageFooter, type PdfPrinter } from '../print/pdf-printer';
import { windowOptions } from './security';

/** In the desktop app: the same layout printed by a hidden, hardened window. */
export const electronPdfPrinter: PdfPrinter = async (html, print) => {
  const options = windowOptions('', app.isPackaged);
  const win = new BrowserWindow({ ...options, show: false, webPreferences: { ...options.webPreferences, preload: undefined, javascript: false } });
  try {
    await win.loadURL(`data:text/html;charset=utf-8,${encodeURIComponent(html)}`);
    return await win.webContents.printToPDF({
      pageSize: 'A4',
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<div></div>',
      footerTemplate: pageFooter(print?.language),
      margins: { top: 0.63, bottom: 0.71, left: 0.55, right: 0.55 },
    });
  } finally {
    win.destroy();
  }
};
