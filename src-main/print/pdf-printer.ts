/**
 * Printed sheets are HTML layouts turned into A4 PDFs by Chromium: Electron's `printToPDF` in the desktop
 * app, a headless Chromium driven by playwright-core under Node. Both get the same HTML and footer.
 */
export type PdfPrinter = (html: string) => Promise<Buffer>;

export const PAGE_FOOTER = `<div style="font-size:9px;width:100%;text-align:center;color:#333;font-family:'Noto Sans CJK SC','WenQuanYi Micro Hei','Microsoft YaHei',sans-serif">
  第 <span class="pageNumber"></span> 页，共 <span class="totalPages"></span> 页 · Page <span class="pageNumber"></span> of <span class="totalPages"></span>
</div>`;

export const PDF_OPTIONS = {
  format: 'A4',
  displayHeaderFooter: true,
  headerTemplate: '<div></div>',
  footerTemplate: PAGE_FOOTER,
  margin: { top: '16mm', bottom: '18mm', left: '14mm', right: '14mm' },
  printBackground: true,
} as const;
