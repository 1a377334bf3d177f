import { expect, test } from './fixtures';

/**
 * Chinese comes from the app's own font (Noto Sans SC, served with the renderer), not from whatever the machine has:
 * on a machine with no CJK font at all, every character would otherwise be the same empty box.
 */
test('the interface draws Chinese in the bundled font, as distinct glyphs, not boxes', async ({ app, page }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans SC"', '工作台'))).toBe(true);
  const family = await page.getByRole('heading', { name: '工作台' }).evaluate((el) => getComputedStyle(el).fontFamily);
  expect(family).toMatch(/^"?Noto Sans SC"?,/);
  // antd's prebuilt styles take the app's theme (font and the larger 16 px type) from its CSS variables.
  const menu = await page.getByRole('menuitem').first().evaluate((el) => ({ size: getComputedStyle(el).fontSize, family: getComputedStyle(el).fontFamily }));
  expect(menu.size).toBe('16px');
  expect(menu.family).toMatch(/^"?Noto Sans SC"?,/);
  const fonts = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name).filter((n) => /\.woff2(\?|$)/.test(n)));
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((url) => url.startsWith(new URL(app.url).origin))).toBe(true);

  // Pixels: two different characters must look different, and neither may be blank (boxes all look alike).
  await page.evaluate(() => {
    for (const [id, ch] of [['glyph-a', '工'], ['glyph-b', '作']]) {
      const span = document.createElement('span');
      span.id = id;
      span.textContent = ch;
      span.style.cssText = 'position:fixed;top:0;left:0;font-size:96px;line-height:1;background:#fff;color:#000;z-index:99999;font-family:"Noto Sans SC"';
      if (id === 'glyph-b') span.style.left = '200px';
      document.body.append(span);
    }
  });
  await page.evaluate(() => document.fonts.ready);
  const a = await page.locator('#glyph-a').screenshot();
  const b = await page.locator('#glyph-b').screenshot();
  expect(a.equals(b)).toBe(false);
  for (const shot of [a, b]) expect(await darkShare(page, shot)).toBeGreaterThan(0.03);
});

/** The share of a screenshot's pixels that are dark (the glyph's strokes). */
async function darkShare(page: import('@playwright/test').Page, png: Buffer): Promise<number> {
  return page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = img.width;
    canvas.height = img.height;
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const { data } = ctx.getImageData(0, 0, img.width, img.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i] + data[i + 1] + data[i + 2] < 300) dark++;
    return dark / (data.length / 4);
  }, png.toString('base64'));
}
