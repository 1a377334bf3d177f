import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error a build script in plain JavaScript, without types
import { verifyPageHtml } from '../../scripts/build-verify-page.mjs';

/** The offline verify page as the build makes it: one file, the same bytes every time, nothing fetched from outside. */
describe('the verify page build', () => {
  it('gives one self-contained file under 1 MB, byte for byte the same on every build', async () => {
    const [a, b] = [(await verifyPageHtml()) as string, (await verifyPageHtml()) as string];
    expect(a).toBe(b);
    expect(Buffer.byteLength(a)).toBeLessThan(1024 * 1024);
    // No external script, style, font or image around the inlined script, and no way to fetch one: the page's CSP
    // forbids every source (the Playwright spec also records every request the page makes).
    const outside = a.slice(0, a.indexOf('<script id="page-script">'));
    expect(outside).not.toMatch(/\ssrc=|<link\b|@import|url\(|@font-face/i);
    expect(a).toContain("default-src 'none'");
    expect(a.match(/<\/script/gi)).toHaveLength(1);
    expect(a).not.toContain('\r');
  });

  it("is the page whose SHA-256 the README gives for this version (a verifier compares them: a stale one says the page was changed)", async () => {
    const sha = crypto.createHash('sha256').update((await verifyPageHtml()) as string, 'utf8').digest('hex');
    const readme = fs.readFileSync(path.join(__dirname, '../../README.md'), 'utf8');
    expect(readme, 'run `node scripts/build-verify-page.mjs` and put its SHA-256 in the README').toContain(sha);
  });
});
