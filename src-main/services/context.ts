import type { Clock } from '../clock';
import type { PdfPrinter } from '../print/pdf-printer';
import type { Store } from '../store/store';

/** What every handler gets: the open store, who is acting (recorded in the audit log) and the time. */
export interface ServiceContext {
  /**
   * Replaced by a restore (office/restore.ts closes it and opens the restored database into the same context), so
   * hold the context, not the store, across an await.
   */
  store: Store;
  actor: string;
  appVersion: string;
  /** Chromium's print-to-PDF: Electron's in the app, a headless Chromium elsewhere. */
  printPdf: PdfPrinter;
  /** The time of everything stored, printed, signed or audited: the system clock in the app, a fixed one in tests. */
  now: Clock;
}
