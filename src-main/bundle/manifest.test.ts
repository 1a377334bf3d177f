import { describe, expect, it } from 'vitest';
import { manifestText, parseManifest } from './manifest';

const h = (c: string) => c.repeat(64);
const text = (s: string) => Buffer.from(s, 'utf8');
const code = (s: string) => {
  const r = parseManifest(text(s));
  return r.ok ? 'ok' : r.error.code;
};

describe('manifest.sha256', () => {
  it('is sha256sum output, sorted by the bytes of the path (Chinese names after ASCII)', () => {
    const m = manifestText([
      { path: 'print/汇总表.pdf', sha256: h('a') },
      { path: 'bundle.json', sha256: h('b') },
      { path: 'data/session.json', sha256: h('c') },
      { path: 'data/score-sheets/E1.json', sha256: h('d') },
    ]);
    expect(m).toBe(`${h('b')}  bundle.json\n${h('d')}  data/score-sheets/E1.json\n${h('c')}  data/session.json\n${h('a')}  print/汇总表.pdf\n`);
    expect(parseManifest(text(m))).toEqual({ ok: true, value: expect.arrayContaining([{ path: 'bundle.json', sha256: h('b') }]) });
  });

  it.each([
    ['a missing final line end', `${h('a')}  bundle.json`, 'manifest-invalid'],
    ['Windows line ends', `${h('a')}  bundle.json\r\n`, 'manifest-invalid'],
    ['one space', `${h('a')} bundle.json\n`, 'manifest-invalid'],
    ['binary-mode marker', `${h('a')} *bundle.json\n`, 'manifest-invalid'],
    ['upper-case hex', `${h('A')}  bundle.json\n`, 'manifest-invalid'],
    ['a blank line', `${h('a')}  bundle.json\n\n`, 'manifest-invalid'],
    ['a byte-order mark', `\ufeff${h('a')}  bundle.json\n`, 'manifest-invalid'],
    ['lines out of order', `${h('a')}  data/x.json\n${h('a')}  bundle.json\n`, 'manifest-unsorted'],
    ['a path twice', `${h('a')}  bundle.json\n${h('b')}  bundle.json\n`, 'manifest-duplicate'],
    ['a path outside the folder', `${h('a')}  ../bundle.json\n`, 'manifest-invalid'],
    ['an absolute path', `${h('a')}  /etc/passwd\n${h('a')}  bundle.json\n`, 'manifest-invalid'],
    ['a backslash', `${h('a')}  bundle.json\n${h('a')}  print\\\\x.pdf\n`, 'manifest-invalid'],
    ['the signature listed', `${h('a')}  bundle.json\n${h('a')}  signature.json\n`, 'manifest-invalid'],
    ['no bundle.json', `${h('a')}  data/x.json\n`, 'manifest-invalid'],
    ['an empty file', '', 'manifest-invalid'],
  ])('refuses %s', (_name, manifest, expected) => {
    expect(code(manifest)).toBe(expected);
  });

  it('refuses invalid UTF-8', () => {
    const r = parseManifest(Buffer.concat([text(`${h('a')}  bundle.json\n${h('a')}  print/`), Buffer.from([0xff]), text('.pdf\n')]));
    expect(r.ok ? '' : r.error.message.en).toContain('not valid UTF-8');
  });
});
