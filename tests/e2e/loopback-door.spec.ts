import { expect, test } from './fixtures';

/**
 * The loopback door as a browser meets it: the printed URL's token becomes a cookie and leaves the address bar,
 * and the whole renderer runs under the CSP (header and meta tag) without a single violation.
 */
// It opens every screen with the demo year's data: generous, so a loaded machine slows it down without failing it.

test('the token moves to a cookie, and every screen runs under the CSP with no violation', async ({ app, page, browser }) => {
  expect((await app.api('demo.generate', { seed: 2026 })).ok).toBe(true);
  const origin = new URL(app.url).origin;
  const violations: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy violation: ${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`)),
  );

  const first = await page.goto(app.url);
  expect(first!.request().redirectedFrom()!.url()).toBe(app.url);
  expect(page.url()).toBe(`${origin}/`);
  await expect(page.getByRole('heading', { name: '工作台' })).toBeVisible();
  const cookies = await page.context().cookies(origin);
  expect(cookies).toEqual([
    expect.objectContaining({ value: app.token, httpOnly: true, sameSite: 'Strict', path: '/', expires: -1 }),
  ]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', /script-src 'self'/);

  // Every screen, with the demo year's data in it (Ant Design's run-time styles, charts, tables).
  const screens = await page.getByRole('menuitem').allTextContents();
  expect(screens.length).toBeGreaterThan(5);
  for (const name of screens) {
    await page.getByRole('menuitem', { name }).click();
    await expect(page.getByRole('menuitem', { name })).toHaveClass(/selected/);
  }
  // A reload (the clean address, the cookie alone) comes back to the last screen.
  await page.reload();
  await expect(page.getByRole('heading', { name: screens.at(-1) })).toBeVisible();
  expect(violations).toEqual([]);

  // A printed URL with a screen after it (as the keystroke bench opens one) keeps the screen through the redirect.
  await page.goto(`${app.url}#/settings`);
  expect(page.url()).toBe(`${origin}/#/settings`);
  await expect(page.getByRole('heading', { name: '设置' })).toBeVisible();

  // Another browser, without the cookie, gets no page at the clean address.
  const stranger = await browser.newContext();
  const res = await (await stranger.newPage()).goto(`${origin}/`);
  expect(res!.status()).toBe(401);
  await stranger.close();
});
