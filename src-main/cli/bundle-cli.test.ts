import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, cliWith, keyFingerprint } from '../../tests/helpers/cli';
import { paperCodeArgs } from '../../tests/helpers/paper-codes';
import { renderBundle, sealBundle } from '../bundle/render';
import { writeBundleFolder } from '../bundle/write-folder';
import { generateKeyPair, privateKeyFromPkcs8 } from '../crypto/keys';
import { keyFileBytes } from '../office/trust-store';
import { issuedSyntheticData, paperCodesOf } from '../testing/bundle-fixtures';
import { tempDir } from '../../tests/helpers/temp-dir';
import { expectOk, openTestContext } from '../../tests/helpers/context';
import { updateSettings } from '../services/settings';

/** Sets a data folder's selection year as the settings page would. */
function selectionYear(dataDir: string, year: number): void {
  const ctx = openTestContext(dataDir);
  try {
    expectOk(updateSettings(ctx, { year }));
  } finally {
    ctx.store.close();
  }
}

describe('studio-review keys and bundle commands', () => {
  it('simulate --office --export, then verify, enrol, import, refuse a replay, revoke', () => {
    const meeting = tempDir();
    const office = tempDir();
    const usb = tempDir();
    // The office (its own data folder) issues the session's package; the meeting laptop takes it in and meets.
    const sim = cli('session', 'simulate', '--data-dir', meeting, '--office', office, '--seed', '3', '--export', usb);
    expect(sim.stderr).toBe('');
    expect(sim.code).toBe(0);
    expect(sim.stdout).toContain('safe to remove');
    const bundle = path.join(usb, fs.readdirSync(usb)[0]);

    const key = path.join(usb, 'meeting-key.json');
    expect(cli('keys', 'export', '--data-dir', meeting, '--out', key, '--label', '第一会场').code).toBe(0);
    const fp = keyFingerprint(meeting);

    // Nobody trusted: refused at the signature, with the key's fingerprint to compare.
    const untrusted = cli('bundle', 'verify', bundle);
    expect(untrusted.code).toBe(1);
    expect(untrusted.stderr).toContain('[signer-not-enrolled]');
    expect(untrusted.stderr).toContain(fp);

    const ok = cli('bundle', 'verify', bundle, '--trust', key);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split('\n')[0]).toBe('VERIFIED');
    expect(ok.stdout).toContain('2026-S03');
    // Without --year any year verifies, and the report says which year it is.
    expect(ok.stdout).toContain('年度 / year: 2026（未指定 --year，未核对年度 / no --year: any year verifies）');
    // Without the office's data folder nobody can say the office issued the package: said, not ticked.
    expect(ok.stdout).toMatch(/\n {2}– issued: .*not performed — this computer holds no office record/);

    // The offline verify page on its own: the same bytes the bundle carries, and their SHA-256 printed.
    const page = path.join(tempDir(), 'verify.html');
    const saved = cli('verify-page', 'export', page);
    expect(saved.code).toBe(0);
    const pageHash = createHash('sha256').update(fs.readFileSync(page)).digest('hex');
    expect(saved.stdout).toContain(`SHA-256: ${pageHash}`);
    expect(fs.readFileSync(page).equals(fs.readFileSync(path.join(bundle, 'verify.html')))).toBe(true);

    // An altered copy: exit 1 and the failed check, by file.
    const altered = path.join(tempDir(), 'altered');
    fs.cpSync(bundle, altered, { recursive: true });
    fs.appendFileSync(path.join(altered, 'data', 'results.json'), ' ');
    const bad = cli('bundle', 'verify', altered, '--trust', key);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('[file-changed] data/results.json');

    const enrol = cli('keys', 'import', key, '--role', 'meeting-laptop', '--data-dir', office, '--fingerprint', fp);
    expect(enrol.code).toBe(0);
    expect(enrol.stdout).toContain(fp);

    // The codes from the signed papers, as printed on the sheets the bundle carries (more in the test below).
    const codes = paperCodeArgs(bundle);
    // Without --year the import is for the data folder's selection year, from its settings.
    selectionYear(office, 2025);
    const wrongYear = cli('bundle', 'import', bundle, '--data-dir', office, ...codes);
    expect(wrongYear.code).toBe(1);
    expect(wrongYear.stderr).toContain('this is a bundle of 2026, but results are being taken in for 2025 (the selection year in the settings');
    selectionYear(office, 2026);
    const first = cli('bundle', 'import', bundle, '--data-dir', office, ...codes);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    expect(first.stdout).toContain('taken in: 2026-S03 (2026)');
    expect(first.stdout).toContain('✓ paper: 与纸质签字件一致：抽取承诺页、');
    const again = cli('bundle', 'import', bundle, '--data-dir', office, '--year', '2026', '--paper-not-checked');
    expect(again.code).toBe(1);
    expect(again.stderr).toContain('already taken in');

    // Another data folder that trusts the meeting laptop but did not issue the package refuses the bundle.
    const stranger = tempDir();
    expect(cli('keys', 'import', key, '--role', 'meeting-laptop', '--data-dir', stranger, '--fingerprint', fp).code).toBe(0);
    const notIssued = cli('bundle', 'import', bundle, '--data-dir', stranger, '--year', '2026', ...codes);
    expect(notIssued.code).toBe(1);
    expect(notIssued.stderr).toContain('this office never issued a session package for session 2026-S03 (2026)');
    expect(notIssued.stderr).toContain('data/issued-package.json');
    // Nothing was taken in: asked again, the answer is the same refusal, not "already taken in".
    expect(cli('bundle', 'import', bundle, '--data-dir', stranger, '--year', '2026', '--paper-not-checked').stderr).toContain('never issued a session package');
    expect(cli('bundle', 'verify', bundle, '--data-dir', stranger).stderr).toContain('[package-not-issued]');

    const keyId = fp.replace(/ /g, '').slice(0, 16).toLowerCase();
    expect(cli('keys', 'revoke', keyId, '--reason', '电脑送修', '--data-dir', office).code).toBe(0);
    expect(cli('keys', 'show', '--data-dir', office).stdout).toContain('REVOKED');
    const revoked = cli('bundle', 'verify', bundle, '--data-dir', office, '--trust', key);
    expect(revoked.code).toBe(1);
    expect(revoked.stderr).toContain('[signer-revoked]');

    expect(cli('keys', 'import', key, '--role', 'boss', '--data-dir', office).code).toBe(2);
  });

  it('keys passphrase: none yet refuses to sign; set from the environment, needed to sign, removed with the current one', () => {
    const dir = tempDir();
    const key = path.join(dir, 'key.json');
    expect(cli('keys', 'show', '--data-dir', dir).stdout).toContain('passphrase: 未设，签名前须设置或选择不设');
    const unset = cli('keys', 'export', '--data-dir', dir, '--out', key);
    expect(unset.code).toBe(1);
    expect(unset.stderr).toContain('studio-review keys passphrase');
    expect(fs.existsSync(key)).toBe(false);
    expect(cli('keys', 'passphrase', '--data-dir', dir).code).toBe(2);
    expect(cli('keys', 'passphrase', '--remove', '--none', '--data-dir', dir).code).toBe(2);
    const set = cliWith({ STUDIO_REVIEW_NEW_KEY_PASSPHRASE: '会场口令 2026' }, 'keys', 'passphrase', '--data-dir', dir);
    expect(set.code).toBe(0);
    expect(cli('keys', 'show', '--data-dir', dir).stdout).toContain('passphrase: 已设 set');

    const locked = cli('keys', 'export', '--data-dir', dir, '--out', key);
    expect(locked.code).not.toBe(0);
    expect(locked.stderr).toContain('enter its passphrase to sign');
    expect(fs.existsSync(key)).toBe(false);
    expect(cliWith({ STUDIO_REVIEW_KEY_PASSPHRASE: 'wrong one' }, 'keys', 'export', '--data-dir', dir, '--out', key).stderr).toContain('Wrong passphrase');
    expect(cliWith({ STUDIO_REVIEW_KEY_PASSPHRASE: '会场口令 2026' }, 'keys', 'export', '--data-dir', dir, '--out', key).code).toBe(0);
    expect(fs.existsSync(key)).toBe(true);

    expect(cliWith({ STUDIO_REVIEW_KEY_PASSPHRASE: '会场口令 2026' }, 'keys', 'passphrase', '--remove', '--data-dir', dir).code).toBe(0);
    // Removing it is the recorded choice to run without one: signing works without a passphrase again.
    expect(cli('keys', 'show', '--data-dir', dir).stdout).toMatch(/passphrase: 不设（cli:\S+ 于 \d{4}-/);
    expect(cli('keys', 'export', '--data-dir', dir, '--out', key).code).toBe(0);
  });

  it('keys passphrase --none: the choice to run without one is recorded, then the key signs', () => {
    const dir = tempDir();
    const key = path.join(dir, 'key.json');
    const chosen = cli('keys', 'passphrase', '--none', '--data-dir', dir);
    expect(chosen.code).toBe(0);
    expect(chosen.stdout).toContain('audit log');
    expect(cli('keys', 'show', '--data-dir', dir).stdout).toContain('none, chosen by cli:');
    expect(cli('keys', 'export', '--data-dir', dir, '--out', key).code).toBe(0);
    // Choosing it again changes nothing; a key with a passphrase is not turned plain this way.
    expect(cli('keys', 'passphrase', '--none', '--data-dir', dir).code).toBe(0);
    expect(cliWith({ STUDIO_REVIEW_NEW_KEY_PASSPHRASE: '会场口令 2026' }, 'keys', 'passphrase', '--data-dir', dir).code).toBe(0);
    expect(cli('keys', 'passphrase', '--none', '--data-dir', dir).stderr).toContain('remove it with the current passphrase');
  });

  it('bundle import asks for the codes from the signed papers: a misread one refuses it (exit 1, nothing kept), none is a usage error, --paper-not-checked is said', () => {
    const usb = tempDir();
    const bundle = path.join(usb, 'bundle');
    const pair = generateKeyPair();
    const keys = { privateKey: privateKeyFromPkcs8(pair.privateKeyPkcs8), publicKey: pair.publicKey };
    // The office issued the made-up meeting's package: a bundle whose package it did not issue is refused before the papers.
    const office = tempDir();
    const desk = openTestContext(office);
    let data: ReturnType<typeof issuedSyntheticData>;
    try {
      data = issuedSyntheticData(desk, { nominations: 33, experts: 4, criteria: 2 });
    } finally {
      desk.store.close();
    }
    writeBundleFolder(bundle, sealBundle(renderBundle(data, keys.publicKey), keys));
    const key = path.join(usb, 'key.json');
    fs.writeFileSync(key, keyFileBytes(keys, { label: '合成会场', deviceId: 'synthetic', appVersion: 'test', exportedAt: '2026-11-20T00:00:00.000Z' }));
    expect(cli('keys', 'import', key, '--role', 'meeting-laptop', '--data-dir', office).code).toBe(0);

    const paper = paperCodesOf(data);
    const experts = Object.keys(paper.experts).sort();
    const codes = (change: Record<string, string> = {}) => [
      '--paper-commitment',
      paper.commitment!,
      ...experts.flatMap((id) => ['--paper-expert', `${id}=${change[id] ?? paper.experts[id]}`]),
    ];
    const none = cli('bundle', 'import', bundle, '--data-dir', office, '--year', '2026');
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('--paper-not-checked');
    expect(cli('bundle', 'import', bundle, '--data-dir', office, '--paper-commitment', '12 34').stderr).toContain('at least 8 hex digits');
    expect(cli('bundle', 'import', bundle, '--data-dir', office, ...codes(), '--paper-expert', 'E01').code).toBe(2);

    const id = experts[1];
    const misread = `${paper.experts[id]!.startsWith('0') ? '1' : '0'}${paper.experts[id]!.slice(1)}`;
    const wrong = cli('bundle', 'import', bundle, '--data-dir', office, '--year', '2026', ...codes({ [id]: misread }));
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('nothing was taken in');
    expect(wrong.stderr).toContain(`the key fingerprint on the score sheet expert 专家${id} (${id}) signed begins ${misread.toUpperCase().replace(/^(.{4})/, '$1 ')}`);
    const missing = cli('bundle', 'import', bundle, '--data-dir', office, '--paper-commitment', paper.commitment!);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('it was not marked as not checked');

    // Only the commitment page compared: accepted, and the output names every paper not compared.
    const unchecked = cli('bundle', 'import', bundle, '--data-dir', office, '--year', '2026', '--paper-commitment', paper.commitment!.toLowerCase(), '--paper-not-checked');
    expect(unchecked.code).toBe(0);
    expect(unchecked.stdout).toContain('✓ paper: 与纸质签字件一致：抽取承诺页');
    for (const e of experts) expect(unchecked.stdout).toMatch(new RegExp(`PAPER NOT CHECKED: .*（${e}）的评分表`));
  });
});
