import { afterAll, describe, expect, it } from 'vitest';
import { pdfText } from '../../tests/helpers/pdf-text';
import { fontFacesFor, withBundledFont } from './bundled-font';
import { chromiumPdfPrinter, closeChromiumPrinter } from './chromium-printer';
import { sheetHtml } from './html';

afterAll(() => closeChromiumPrinter());

const faces = (css: string) => css.match(/@font-face/g)?.length ?? 0;

describe('the bundled Chinese font', () => {
  it('embeds only the subsets a sheet’s characters fall in, in both weights, as data URLs', () => {
    const one = fontFacesFor('工');
    expect(faces(one)).toBe(2);
    expect(one).toContain('font-weight:400');
    expect(one).toContain('font-weight:700');
    expect(one).toMatch(/src:url\(data:font\/woff2;base64,[A-Za-z0-9+/]+=*\) format\('woff2'\)/);
    expect(one).not.toMatch(/url\((?!data:)/);
    const sheet = fontFacesFor('劳模工匠创新工作室评审 资格审查表 第 1 页，共 2 页');
    expect(faces(sheet)).toBeGreaterThan(2);
    expect(faces(sheet)).toBeLessThan(60);
    expect(fontFacesFor('')).toBe('');
  });

  it('goes first into the sheet’s head', () => {
    const html = withBundledFont('<!doctype html><html><head><meta charset="utf-8"></head><body>工</body></html>');
    expect(html).toMatch(/^<!doctype html><html><head><style>@font-face/);
  });

  it('prints Chinese as text in the bundled font, not in a system CJK font and not as boxes', async () => {
    const title = '劳模工匠创新工作室评审 资格审查表';
    const pdf = await chromiumPdfPrinter(sheetHtml({ title, subtitle: '2026 年度', body: '<p>郑州大学第一附属医院 <b>粗体</b></p>', signatures: ['审查人'] }), { language: 'zh-CN' });
    const text = pdfText(pdf);
    expect(text).toContain(title);
    expect(text).toContain('郑州大学第一附属医院');
    expect(text).toMatch(/第 1 页，共 1 页/);
    // A system CJK font used instead would be embedded under its name; this machine may well have one.
    expect(pdf.toString('latin1')).not.toMatch(/NotoSansCJK|NotoSerifCJK|WenQuanYi|DroidSansFallback/);
  });

  it('prints the Chinese page footer even on a sheet with no Chinese of its own', async () => {
    const pdf = await chromiumPdfPrinter('<!doctype html><html><head><meta charset="utf-8"></head><body><p>Plain sheet</p></body></html>', { language: 'zh-CN' });
    expect(pdfText(pdf)).toMatch(/第 1 页，共 1 页/);
  });
});
