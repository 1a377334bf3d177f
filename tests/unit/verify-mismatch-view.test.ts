import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, test } from 'vitest';
import { runDraw, verifyProtocol, type DrawProtocol } from '../../src-shared/draw';
import { VECTOR_CONFIG, VECTOR_POOL, VECTOR_WITNESSES } from '../../src-main/testing/draw-fixtures';
import { i18n } from '../../src-renderer/i18n';
import { MismatchView } from '../../src-renderer/draw/MismatchView';

const result = runDraw({ pool: VECTOR_POOL, config: VECTOR_CONFIG, witnesses: VECTOR_WITNESSES });
if (!result.ok) throw new Error(result.error.message.en);
const drawn = result;

function render(edit: (p: DrawProtocol) => void): string {
  const p: DrawProtocol = JSON.parse(JSON.stringify(drawn.value));
  edit(p);
  const r = verifyProtocol(p);
  if (r.ok) throw new Error('expected a mismatch');
  const d = r.error.details![0];
  return renderToStaticMarkup(createElement(MismatchView, { path: d.path!, mismatch: d.mismatch! }));
}

/** The text of one aligned row (recorded or recomputed) over all its wrapped lines, as a reader sees it. */
function rowText(html: string, diffTestId: string, row: 0 | 1): string {
  const diff = html.slice(html.indexOf(`data-testid="${diffTestId}"`));
  const block = diff.slice(0, diff.indexOf('</div></div></div>') + 18);
  const lines = [...block.matchAll(/<div style="margin-bottom:6px">(.*?)<\/div><\/div>/g)].map((m) => m[1].split('</div>'));
  return lines
    .map((pair) => pair[row].replace(/<span style="display:inline-block;width:9em[^>]*>.*?<\/span>/, '').replace(/<[^>]+>/g, '').replace(/&#x27;/g, "'"))
    .join('')
    .replace(/\u00a0/g, '');
}

describe('the verify screen shows a mismatch in full', () => {
  test("an edited witness digit: both keys in full, aligned, the one differing character marked, the second witness's digits named", async () => {
    await i18n.changeLanguage('zh-CN');
    const html = render((p) => (p.witnesses[1].digits = '9876543210013'));
    // The field in Chinese and in English, and its path.
    expect(html).toContain('种子原文');
    expect(html).toContain('seed key');
    expect(html).toContain('<code>key</code>');
    // Both values in full, not cut.
    expect(rowText(html, 'verify-diff', 0)).toBe(drawn.value.key);
    expect(rowText(html, 'verify-diff', 1)).toBe(drawn.value.key.replace('9876543210012', '9876543210013'));
    // Exactly the differing character is marked, once in each row.
    const diff = html.slice(html.indexOf('data-testid="verify-diff"'), html.indexOf('data-testid="verify-cause"'));
    expect([...diff.matchAll(/<mark[^>]*>(.*?)<\/mark>/g)].map((m) => m[1])).toEqual(['2', '3']);
    // The field that explains it, in both languages, with its two values.
    expect(html).toContain('第 2 位见证人（李娜）的数字');
    expect(html).toContain('the second witness&#x27;s (李娜) digits');
    expect(html).toContain('<code>witnesses[1].digits</code>');
    expect(rowText(html, 'verify-cause-diff', 0)).toBe('9876543210013');
    expect(rowText(html, 'verify-cause-diff', 1)).toBe('9876543210012');
    expect(html).toContain('种子原文中');
  });

  test('a longer recomputed value: the extra characters are marked against gaps, the rest stays aligned', async () => {
    await i18n.changeLanguage('en');
    const html = render((p) => (p.key = p.key.slice(0, -3)));
    expect(html).toContain('In the record');
    expect(rowText(html, 'verify-diff', 1)).toBe(drawn.value.key);
    expect(rowText(html, 'verify-diff', 0)).toBe(drawn.value.key.slice(0, -3));
    const diff = html.slice(html.indexOf('data-testid="verify-diff"'), html.indexOf('data-testid="verify-cause"'));
    expect((diff.match(/data-gap="true"/g) ?? []).length).toBe(3);
    // Cut digits belong to the last witness: that is the field named.
    expect(html).toContain('<code>witnesses[2].digits</code>');
  });
});
