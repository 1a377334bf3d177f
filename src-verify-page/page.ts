import type { BundleCheck, BundleReport } from '../src-shared/api/ops/bundle';
import { fingerprint } from '../src-main/crypto/keys';
import { CHECKS } from '../src-main/bundle/report';
import type { Verified } from '../src-main/bundle/verify';
import { fromDrop, fromInput, readPicked, type PickedFile } from './read-picked';
import { STRINGS, type Lang } from './strings';
import { ed25519Engine } from './swap/digest-signature';
import { verifyInBrowser, webCryptoSha256 } from './verify-in-browser';

/** Set by the build (scripts/build-verify-page.mjs): the file around the inlined style and script, and the version. */
declare const __PAGE_SHELL__: { head: string; middle: string; tail: string };
declare const __APP_VERSION__: string;

type Text = { zh: string; en: string };

const state: { lang: Lang; ownHash: string; folderPageHash?: string; phase: Text | null; progress: string; outcome?: Verified; error?: string; ms?: number; engine?: 'webcrypto' | 'noble' } = {
  lang: 'zh',
  ownHash: '…',
  phase: null,
  progress: '',
};

const t = (text: Text) => text[state.lang];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, ...children: (Node | string | null)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, v);
  for (const c of children) if (c !== null) node.append(c);
  return node;
}

/**
 * The page's own bytes: its shell (known to the script) around the style and the script, whose text the
 * browser keeps exactly as written. Hashing them gives the SHA-256 of verify.html without reading the file,
 * which a page opened from file:// may not do.
 */
async function ownSha256(): Promise<string> {
  const style = document.getElementById('page-style')!.textContent ?? '';
  const script = document.getElementById('page-script')!.textContent ?? '';
  const text = __PAGE_SHELL__.head + style + __PAGE_SHELL__.middle + script + __PAGE_SHELL__.tail;
  return webCryptoSha256(new TextEncoder().encode(text));
}

async function run(picked: PickedFile[]): Promise<void> {
  state.outcome = undefined;
  state.error = undefined;
  state.folderPageHash = undefined;
  if (!picked.length) {
    state.error = t(STRINGS.noFiles);
    return render();
  }
  try {
    state.engine = await ed25519Engine();
    state.phase = STRINGS.reading;
    const files = await readPicked(picked, (done, total) => showProgress(done, total));
    const shipped = files.get('verify.html');
    if (shipped) state.folderPageHash = await webCryptoSha256(shipped);
    const started = performance.now();
    state.outcome = await verifyInBrowser(files, new Date(), (done, total) => {
      if (done === total) state.phase = STRINGS.checking;
      showProgress(done, total);
    });
    // Hashing and checking, without reading the files: what bench/verify-page.bench.ts compares with the app.
    state.ms = performance.now() - started;
  } catch (e) {
    state.error = `${t(STRINGS.error)}: ${(e as Error).message}`;
  }
  state.phase = null;
  render();
}

let lastPaint = 0;
function showProgress(done: number, total: number): void {
  state.progress = `${done} / ${total}`;
  if (done === total || performance.now() - lastPaint > 100) {
    lastPaint = performance.now();
    render();
  }
}

function render(): void {
  const app = document.getElementById('app')!;
  document.documentElement.lang = state.lang === 'zh' ? 'zh-CN' : 'en';
  document.title = `${t(STRINGS.title)} · verify.html`;
  const input = el('input', { type: 'file', id: 'pick', webkitdirectory: '', directory: '', multiple: '' });
  input.addEventListener('change', () => void run(fromInput(input.files!)));
  const lang = el('button', { type: 'button', id: 'lang', class: 'no-print' }, t(STRINGS.language));
  lang.addEventListener('click', () => {
    state.lang = state.lang === 'zh' ? 'en' : 'zh';
    render();
  });
  const parts: (HTMLElement | null)[] = [
    el('header', {}, el('h1', {}, t(STRINGS.title)), lang),
    el('p', {}, t(STRINGS.intro)),
    el('div', { class: 'caution', id: 'caution' }, el('p', {}, t(STRINGS.caution)), hashLine(STRINGS.ownHash, state.ownHash, 'own-hash'), el('p', { class: 'small' }, `${t(STRINGS.version)}: ${__APP_VERSION__}`)),
    el('section', { class: 'no-print pick' }, el('label', { for: 'pick', class: 'button' }, t(STRINGS.pick)), input, el('p', { class: 'small' }, t(STRINGS.pickHint))),
    state.phase ? el('p', { id: 'progress', role: 'status' }, `${t(state.phase)}… ${state.progress}`) : null,
    state.error ? el('p', { id: 'error', class: 'refused', role: 'alert' }, state.error) : null,
    state.outcome ? outcome(state.outcome) : null,
  ];
  app.replaceChildren(...parts.filter((p) => p !== null));
}

function hashLine(label: Text, hash: string, id: string): HTMLElement {
  return el('p', {}, `${t(label)}: `, el('code', { id }, hash));
}

function outcome({ report, content }: Verified): HTMLElement {
  const failed = report.checks.filter((c) => c.status === 'failed');
  const print = el('button', { type: 'button', class: 'no-print', id: 'print' }, t(STRINGS.print));
  print.addEventListener('click', () => window.print());
  const s = report.summary;
  const keys: HTMLElement[] = [];
  if (s) keys.push(el('h3', {}, t(STRINGS.signer)), el('p', { class: 'small' }, t(STRINGS.signerNote)), keyLine(s.signer.label, s.signer.fingerprint, 'signer-fingerprint'));
  if (content) {
    const names = new Map(content.session.panel.map((m) => [m.expertId, m.name]));
    keys.push(el('h3', {}, t(STRINGS.experts)), ...content.signatures.sheets.map((x) => keyLine(`${names.get(x.expertId) ?? ''} (${x.expertId})`, fingerprint(x.publicKey))));
    keys.push(el('h3', {}, t(STRINGS.leader)), keyLine(`${names.get(content.signatures.summary.signerId) ?? ''} (${content.signatures.summary.signerId})`, fingerprint(content.signatures.summary.publicKey)));
  }
  return el(
    'section',
    { id: 'outcome' },
    el('h2', { id: 'verdict', class: report.verified ? 'verified' : 'refused', 'data-verified': String(report.verified), 'data-ms': String(state.ms ?? '') }, report.verified ? t(STRINGS.verified) : t(STRINGS.refused)),
    state.folderPageHash ? hashLine(STRINGS.folderPage, `${state.folderPageHash} (${t(state.folderPageHash === state.ownHash ? STRINGS.same : STRINGS.differs)})`, 'folder-page-hash') : null,
    summaryTable(report),
    el('p', { class: 'small', id: 'ed25519-engine', 'data-engine': state.engine ?? '' }, t(state.engine === 'noble' ? STRINGS.engineNoble : STRINGS.engineWebCrypto)),
    failed.length ? el('h3', {}, t(STRINGS.failedChecks)) : null,
    failed.length ? checkList(failed, 'failed') : null,
    ...keys,
    report.checks.some((c) => c.check === 'issued' && c.status === 'not-checked') ? el('p', { class: 'small' }, t(STRINGS.notPerformed)) : null,
    el('h3', {}, t(STRINGS.allChecks)),
    checkList(report.checks, 'checks'),
    print,
  );
}

function summaryTable(report: BundleReport): HTMLElement {
  const rows: [Text, string][] = [];
  if (report.summary) rows.push([STRINGS.session, report.summary.sessionId], [STRINGS.year, String(report.summary.year)], [STRINGS.files, String(report.summary.files)]);
  if (report.bundleSha256) rows.push([STRINGS.bundleHash, report.bundleSha256]);
  rows.push([STRINGS.checkedAt, report.verifiedAt]);
  return el('table', { class: 'summary' }, ...rows.map(([k, v]) => el('tr', {}, el('th', {}, t(k)), el('td', {}, v))));
}

function keyLine(who: string, fp: string, id?: string): HTMLElement {
  return el('p', { class: 'key' }, el('span', {}, who), el('code', id ? { id, class: 'fingerprint' } : { class: 'fingerprint' }, fp));
}

function checkList(checks: BundleCheck[], id: string): HTMLElement {
  return el(
    'ol',
    { id, class: 'checks' },
    ...checks.map((c) =>
      el(
        'li',
        { class: c.status, 'data-check': c.check, 'data-code': c.code, 'data-file': c.file ?? '' },
        el('strong', {}, `${t(CHECKS[c.check as keyof typeof CHECKS] ?? { zh: c.check, en: c.check })} · ${t(STRINGS.status[c.status])}`),
        c.file ? el('code', {}, c.file) : null,
        el('span', {}, t(c.message)),
        c.status === 'failed' ? el('small', {}, c.code) : null,
      ),
    ),
  );
}

function listenForDrops(): void {
  document.addEventListener('dragover', (e) => e.preventDefault());
  document.addEventListener('drop', (e) => {
    e.preventDefault();
    if (e.dataTransfer) void fromDrop(e.dataTransfer.items).then(run);
  });
}

render();
listenForDrops();
void ownSha256().then((h) => {
  state.ownHash = h;
  render();
});
