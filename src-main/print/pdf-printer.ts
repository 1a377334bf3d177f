import { fontFacesFor } from './bundled-font';
import { SANS } from './html';
/**
 * Printed sheets are HTML layouts turned into A4 PDFs by Chromium: Electron's `printToPDF` in the desktop
 * app, a headless Chromium driven by playwright-core under Node. Both get the same HTML and footer.
 */
export type PdfPrinter = (html: string, options?: PrintOptions) => Promise<Buffer>;

export interface PrintOptions {
  /** The page footer's language; both languages when absent (most sheets are bilingual). */
  language?: 'zh-CN' | 'en';
}

// The footer is drawn apart from the page, so it carries the font faces its own few characters need.
const footer = (text: string) =>
  `<style>${fontFacesFor(text)}</style><div style="font-size:9px;width:100%;text-align:center;color:#333;font-family:${SANS}">
  ${text}
</div>`;

export const PAGE_FOOTER = footer(
  '第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页 · Page <span class="pageNumber"></span> of <span class="totalPages"></span>',
);

/** The footer of a sheet printed in one language (a layout whose labels follow the app's language). */
export function pageFooter(language?: 'zh-CN' | 'en'): string {
  if (language === 'zh-CN') return footer('第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页');
  if (language === 'en') return footer('Page <span class="pageNumber"></span> of <span class="totalPages"></span>');
  return PAGE_FOOTER;
}

export const PDF_OPTIONS = {
  format: 'A4',
  // A sheet's own @page size wins: every sheet says A4, the ledger's wide table says A4 landscape.
  preferCSSPageSize: true,
  displayHeaderFooter: true,
  headerTemplate: '<div></div>',
  footerTemplate: PAGE_FOOTER,
  margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
  printBackground: true,
} as const;
