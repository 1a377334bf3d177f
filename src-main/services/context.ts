import type { PdfPrinter } from '../print/pdf-printer';
import type { Store } from '../store/store';

/** What every handler gets: the open store and who is acting (recorded in the audit log). */
export interface ServiceContext {
  store: Store;
  actor: string;
  appVersion: string;
  /** Chromium's print-to-PDF: Electron's in the app, a headless Chromium elsewhere. */
  printPdf: PdfPrinter;
}
