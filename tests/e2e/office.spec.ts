import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { paperCodesFromPrints } from '../helpers/paper-codes';
import { pdfText } from '../helpers/pdf-text';
import { expect, saveDownload, settled, startServer, test } from './fixtures';
import { enrolMeetingKey, meetingBundle, MEETING_LAPTOP_LABEL, officeTab, pickAndVerifyBundle } from './office-steps';

/**
 * The office (the page under test: its own server and data folder) issues the session's package; a meeting laptop
 * (its own data folder) takes the package in, runs a whole simulated meeting and exports the signed result bundle to
 * a folder standing in for the USB stick. The office enrols the meeting laptop's key from its key file after seeing
 * the fingerprint, verifies the bundle from the picked folder, takes the codes from the signed papers (a misread one
 * is refused, naming the expert; one paper is marked not checked), takes the bundle in, shows the verification
 * report and saves its PDF; an altered copy is refused.
 */
test('the office enrols the meeting laptop, verifies and takes in its bundle, and prints the report', async ({ page }) => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-office-'));
  const officeDir = path.join(work, 'office');
  const usb = path.join(work, 'usb');
  fs.mkdirSync(usb);
  // The office issues the package from its own data folder; the meeting laptop takes it in and meets.
  const bundle = await meetingBundle(work, officeDir, usb, 5);
  const { folder, bundleSha256: bundleSha, fingerprint: meetingFingerprint } = bundle;
  const app = await startServer(officeDir);
  try {
    await page.goto(app.url);
    await page.getByRole('menuitem', { name: '办公室核验' }).click();
    await officeTab(page, '本机密钥');
    await expect(page.getByTestId('device-fingerprint')).toHaveText(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);

    // Enrolment: the fingerprint is shown before anything is enrolled, and must be confirmed as compared.
    await enrolMeetingKey(page, bundle);

    // The bundle, as the folder picked from the stick: verified first (that names the panel whose signed papers
    // the codes come from), then taken in.
    await pickAndVerifyBundle(page, bundle);
    const paper = paperCodesFromPrints(folder);
    const experts = Object.keys(paper.experts).sort();
    const form = page.getByTestId('paper-form');
    for (const id of experts) await expect(form).toContainText(`（${id}）签字的评分表`);
    await page.getByTestId('paper-code-commitment').fill(paper.commitment.toLowerCase());
    const [misreadId, skippedId] = experts;
    const misread = `${paper.experts[misreadId].startsWith('0') ? '1' : '0'}${paper.experts[misreadId].slice(1)}`;
    for (const id of experts) await page.getByTestId(`paper-code-${id}`).fill(id === misreadId ? misread : paper.experts[id].replace(' ', '-'));
    await page.getByTestId('bundle-import').click();
    await expect(page.getByTestId('bundle-refused')).toBeVisible();
    await expect(page.getByText(`（${misreadId}）签字的评分表上，密钥指纹开头为 ${misread}`).first()).toBeVisible();
    expect((await app.api('bundle.list')).value as unknown[]).toHaveLength(0);

    // The right code, and one expert's sheet not at hand: marked not checked, which the page warns about in red.
    await page.getByTestId(`paper-code-${misreadId}`).fill(paper.experts[misreadId]);
    await page.getByTestId(`paper-skip-${skippedId}`).click();
    await expect(page.getByTestId(`paper-code-${skippedId}`)).toBeDisabled();
    await expect(page.getByTestId('paper-skipped-warning')).toContainText(skippedId);
    await page.getByTestId('bundle-import').click();
    await expect(page.getByTestId('bundle-imported')).toBeVisible();
    const notChecked = page.getByTestId('report-paper-not-checked');
    await expect(notChecked).toContainText(`未核对纸质签字件：`);
    await expect(notChecked).toContainText(`（${skippedId}）的评分表`);
    await expect(notChecked).toHaveClass(/ant-alert-error/);
    await expect(page.getByTestId('report-checks').getByText('未核对', { exact: true })).toBeVisible();
    await expect(page.getByTestId('report-verdict')).toHaveText(/核验通过/);
    await expect(page.getByTestId('report-bundle-sha')).toHaveText(bundleSha);
    const checks = page.getByTestId('report-checks');
    for (const name of ['结果包签名', '清单与文件哈希', '办公室签发的授权包', '与授权包一致', '专家抽取重算', '专家签名评分表', '汇总与排名重算', '审计日志链', '纸质签字件核对']) await expect(checks).toContainText(name);
    await expect(checks).toContainText('与纸质签字件一致：抽取承诺页、');
    await expect(checks).not.toContainText('未通过');
    await expect(page.getByTestId('imported-table')).toContainText(MEETING_LAPTOP_LABEL);

    // The report, printed for the file.
    const pdf = await saveDownload(page, work, () => page.getByTestId('report-pdf').click());
    const text = pdfText(pdf);
    expect(text).toContain('结果包核验报告');
    expect(text).toContain('核验通过');
    expect(text.replace(/\s+/g, '')).toContain(bundleSha);
    expect(text.replace(/\s+/g, '')).toContain(meetingFingerprint.replace(/\s+/g, ''));
    expect(text).toContain('注意：纸质签字件未核对');
    expect(text).toContain(`（${skippedId}）的评分表`);

    // An altered copy is refused by name, and nothing more is taken in.
    const altered = path.join(work, 'altered', path.basename(folder));
    fs.cpSync(folder, altered, { recursive: true });
    const results = path.join(altered, 'data', 'results.json');
    const bytes = fs.readFileSync(results);
    bytes[bytes.length >> 1] ^= 0x01;
    fs.writeFileSync(results, bytes);
    await page.getByTestId('bundle-folder-input').setInputFiles(altered);
    await expect(page.getByTestId('paper-verify-first')).toBeVisible();
    await page.getByTestId('bundle-verify').click();
    await expect(page.getByTestId('report-verdict')).toHaveText(/核验未通过/);
    await expect(page.getByTestId('report-checks')).toContainText('data/results.json');
    // Nothing of an unauthenticated bundle is read, not even its panel: there are no papers to compare it with.
    await expect(page.getByTestId('paper-verify-first')).toBeVisible();
    await expect(page.getByTestId('bundle-import')).toBeDisabled();
    const list = (await app.api('bundle.list')).value as unknown[];
    expect(list).toHaveLength(1);
  } finally {
    await app.stop();
    fs.rmSync(work, { recursive: true, force: true });
  }
});

/**
 * A meeting laptop seals its key under a passphrase, as part of its first use: until then its key signs nothing. The
 * key file (like a session package or a bundle) is then signed only when the passphrase is typed in; removing it
 * needs the current one and is the recorded choice to run without one.
 */
test('the device key under a passphrase: first use sets it, signing asks for it, a wrong one is refused', async ({ app, page }) => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sr-e2e-passphrase-'));
  try {
    await page.goto(app.url);
    await page.getByRole('menuitem', { name: '办公室核验' }).click();
    await officeTab(page, '本机密钥');
    const unused = await page.getByTestId('device-fingerprint').textContent();
    await expect(page.getByTestId('passphrase-status')).toContainText('尚未设口令');
    await expect(page.getByTestId('device-passphrase')).toHaveCount(0);
    await expect(page.getByTestId('export-key-file')).toBeDisabled();
    // Over the API too: nothing is signed until the passphrase is set or running without one is chosen.
    const refused = (await app.api('keys.exportFile', {})) as { ok: boolean; error?: { code: string } };
    expect(refused).toMatchObject({ ok: false, error: { code: 'device-key-no-passphrase' } });

    // First use, where the key is needed: the export card opens the passphrase card.
    await page.getByTestId('device-key-setup').first().click();
    const setup = await settled(page.getByRole('dialog').filter({ hasText: '首次使用：本机密钥口令' }));
    await setup.getByLabel('新口令（至少 8 个字符）').fill('第一会场 2026');
    await setup.getByLabel('再次输入新口令').fill('第一会场 2027');
    await expect(setup.getByTestId('passphrase-save')).toBeDisabled();
    await setup.getByLabel('再次输入新口令').fill('第一会场 2026');
    await setup.getByTestId('passphrase-save').click();
    await expect(setup).toBeHidden();
    await expect(page.getByTestId('passphrase-status')).toContainText('已设口令');
    // The key that sat unsealed never signed anything: the sealed one is a fresh key, kept from now on.
    await expect(page.getByTestId('device-fingerprint')).not.toHaveText(unused!);
    const fingerprint = await page.getByTestId('device-fingerprint').textContent();

    await expect(page.getByTestId('export-key-file')).toBeDisabled();
    await page.getByTestId('device-passphrase').first().fill('第一会场 2025');
    await page.getByTestId('export-key-file').click();
    await expect(page.getByText('本机密钥口令不正确')).toBeVisible();
    await page.getByTestId('device-passphrase').first().fill('第一会场 2026');
    const keyFile = await saveDownload(page, work, () => page.getByTestId('export-key-file').click());
    expect(JSON.parse(fs.readFileSync(keyFile, 'utf8')).signer.keyId).toBe(await page.getByTestId('device-key-id').textContent());

    await page.getByLabel('当前口令').fill('第一会场 2026');
    await page.getByTestId('passphrase-remove').click();
    // Removing it is the choice to run without one, shown with who made it.
    await expect(page.getByTestId('passphrase-status')).toContainText('不设口令：由');
    await expect(page.getByTestId('device-fingerprint')).toHaveText(fingerprint!);
    await expect(page.getByTestId('device-passphrase')).toHaveCount(0);
    await expect(page.getByTestId('export-key-file')).toBeEnabled();
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
});

test('running without a passphrase is an explicit choice, recorded in the audit log', async ({ app, page }) => {
  await page.goto(app.url);
  await page.getByRole('menuitem', { name: '办公室核验' }).click();
  await officeTab(page, '本机密钥');
  await expect(page.getByTestId('export-key-file')).toBeDisabled();
  await page.getByTestId('passphrase-none').click();
  const confirm = await settled(page.locator('.ant-modal-confirm'));
  await expect(confirm).toContainText('审计日志');
  await confirm.locator('.ant-btn-primary').click();
  await expect(page.getByTestId('passphrase-status')).toContainText('不设口令：由');
  await expect(page.getByTestId('passphrase-none')).toHaveCount(0);
  await expect(page.getByTestId('export-key-file')).toBeEnabled();
  const device = (await app.api('keys.device')).value as { noPassphrase: { by: string; at: string } | null };
  expect(device.noPassphrase?.by).toBeTruthy();
});
