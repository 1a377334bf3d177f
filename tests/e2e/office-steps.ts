import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, settled, startServer } from './fixtures';

/**
 * Steps of the office's year in the real UI, shared by the spec of each page and by the spec that runs the whole
 * year in one go (office-year.spec.ts). Each starts on the page it belongs to.
 */

const ROOT = path.resolve(__dirname, '../..');

/** The label the meeting laptop's key file carries, as the office's trust table then shows it. */
export const MEETING_LAPTOP_LABEL = '第一会场笔记本';

export interface MeetingBundle {
  /** The bundle's folder on the stick. */
  folder: string;
  bundleSha256: string;
  year: number;
  /** The meeting laptop's key file, beside the bundle on the stick. */
  keyFile: string;
  fingerprint: string;
}

/**
 * A meeting laptop (its own data folder, `work`/meeting) takes in the package the office in `officeDir` issues for
 * it (`session simulate --office`), runs a whole simulated meeting, and puts its signed result bundle and its key
 * file on the stick `usb`, as it hands them to the office.
 */
export async function meetingBundle(work: string, officeDir: string, usb: string, seed: number): Promise<MeetingBundle> {
  const meetingDir = path.join(work, 'meeting');
  execFileSync(process.execPath, [path.join(ROOT, 'bin/studio-review.cjs'), 'session', 'simulate', '--data-dir', meetingDir, '--office', officeDir, '--seed', String(seed)], { encoding: 'utf8' });
  const meeting = await startServer(meetingDir);
  try {
    const sessions = (await meeting.api('session.list')).value as { sessionId: string; phase: string }[];
    expect(sessions).toEqual([expect.objectContaining({ phase: 'signed' })]);
    const exported = await meeting.api('bundle.export', { sessionId: sessions[0].sessionId, destination: usb });
    expect(exported.ok).toBe(true);
    const { folder, bundleSha256, safeToRemove } = exported.value as { folder: string; bundleSha256: string; safeToRemove: boolean };
    expect(safeToRemove).toBe(true);
    const key = (await meeting.api('keys.exportFile', { label: MEETING_LAPTOP_LABEL })).value as { fileName: string; content: Uint8Array };
    const keyFile = path.join(usb, key.fileName);
    fs.writeFileSync(keyFile, key.content);
    const { fingerprint } = (await meeting.api('keys.device')).value as { fingerprint: string };
    const year = JSON.parse(fs.readFileSync(path.join(folder, 'bundle.json'), 'utf8')).year as number;
    return { folder, bundleSha256, year, keyFile, fingerprint };
  } finally {
    await meeting.stop();
  }
}

/** 办公室核验 has two tabs: 结果包核验 (the office's trust store and bundles) and 本机密钥 (this computer's key, export). */
export async function officeTab(page: Page, tab: '结果包核验' | '本机密钥'): Promise<void> {
  await page.getByRole('tab', { name: new RegExp(`^${tab}`) }).click();
}

/** 办公室核验: enrols the meeting laptop's key from its file, once its fingerprint is shown and confirmed as compared. */
export async function enrolMeetingKey(page: Page, bundle: MeetingBundle): Promise<void> {
  await officeTab(page, '结果包核验');
  await page.locator('input[type=file][accept*=".json"]').setInputFiles(bundle.keyFile);
  const enrol = await settled(page.getByRole('dialog').filter({ has: page.getByTestId('enrol-submit') }));
  await expect(enrol.getByTestId('enrol-fingerprint')).toHaveText(bundle.fingerprint);
  await expect(enrol.getByTestId('enrol-submit')).toBeDisabled();
  await enrol.getByTestId('enrol-compared').click();
  await enrol.getByTestId('enrol-submit').click();
  await expect(page.getByTestId('trust-table')).toContainText(MEETING_LAPTOP_LABEL);
  await expect(page.getByTestId('trust-table')).toContainText('会场电脑');
}

/**
 * 办公室核验: picks the bundle's folder for its year and verifies it; only a verified bundle names the panel whose
 * signed papers the codes are then read from, so the import waits for it.
 */
export async function pickAndVerifyBundle(page: Page, bundle: MeetingBundle): Promise<void> {
  await officeTab(page, '结果包核验');
  await page.getByLabel('导入年度').fill(String(bundle.year));
  await page.getByTestId('bundle-folder-input').setInputFiles(bundle.folder);
  await expect(page.getByTestId('bundle-picked')).toContainText(path.basename(bundle.folder));
  await expect(page.getByTestId('paper-verify-first')).toBeVisible();
  await expect(page.getByTestId('bundle-import')).toBeDisabled();
  await page.getByTestId('bundle-verify').click();
  await expect(page.getByTestId('report-verdict')).toHaveText(/核验通过/);
}

/**
 * 发布名单: adopts the proposed studios from the `from`-th row on (those before it decided otherwise), each click
 * waiting for the count to say so; returns how many studios were proposed.
 */
export async function adoptFrom(page: Page, from: number): Promise<number> {
  const adopt = page.locator('[data-testid^="proposal-"]').locator('[data-testid^="adopt-"]');
  const n = await adopt.count();
  for (let i = from; i < n; i++) {
    await adopt.nth(i).click();
    await expect(page.getByTestId('publication-count')).toContainText(`已采纳待发布 ${i - from + 1} 个`);
  }
  await expect(page.getByTestId('publication-count')).toContainText('未决定 0 个');
  return n;
}

/** 发布名单: publishes the adopted studios under the document number, after the confirmation. */
export async function publishList(page: Page, p: { docNo: string; publishedOn: string; noticeStart: string; noticeEnd: string }): Promise<void> {
  await page.getByTestId('publish-doc-no').fill(p.docNo);
  await page.getByTestId('publish-date').fill(p.publishedOn);
  await page.getByTestId('publish-notice-start').fill(p.noticeStart);
  await page.getByTestId('publish-notice-end').fill(p.noticeEnd);
  await page.getByTestId('publish-submit').click();
  const confirm = await settled(page.locator('.ant-popconfirm'));
  await confirm.getByRole('button', { name: /OK|确\s*定/ }).click();
  await expect(page.getByTestId('published-banner')).toContainText(p.docNo);
}

/** 补助资金台账, one studio shown: pays its one-time grant (dated today unless `date` is given). */
export async function payGrant(page: Page, date?: string): Promise<void> {
  await page.getByTestId('grant-account').fill('河南省人民医院工会委员会');
  await page.getByTestId('grant-bank').fill('中国工商银行郑州经三路支行');
  if (date) await page.getByTestId('grant-date').fill(date);
  await page.getByTestId('grant-voucher').fill('记-001');
  await page.getByTestId('grant-submit').click();
}

/** 补助资金台账, one studio shown: records an expense on equipment and materials (dated today unless `date` is given). */
export async function recordExpense(page: Page, e: { amount: string; purpose: string; date?: string }): Promise<void> {
  if (e.date) await page.getByTestId('expense-date').fill(e.date);
  await page.getByTestId('expense-amount').fill(e.amount);
  await page.getByTestId('expense-category').click();
  await (await settled(page.locator('.ant-select-dropdown'))).getByText('设备和材料').click();
  await page.getByTestId('expense-purpose').fill(e.purpose);
  await page.getByTestId('expense-payee').fill('郑州精测仪器有限公司');
  await page.getByTestId('expense-voucher').fill('记-017');
  await page.getByTestId('expense-submit').click();
}

/**
 * 动态管理: the year's check of a studio due for one, its role found not evident, which opens a rectification with
 * its deadline and requirements (dated today unless `checkedOn` is given).
 */
export async function checkNotEvident(page: Page, studioId: string, c: { deadline: string; requirements: string; checkedOn?: string }): Promise<void> {
  await page.getByTestId(`check-${studioId}`).click();
  const form = await settled(page.getByRole('dialog'));
  if (c.checkedOn) await form.getByLabel('检查日期').fill(c.checkedOn);
  await form.getByLabel('开展活动情况').fill('开展技术攻关 1 次');
  await form.getByLabel('取得成果').fill('无新成果');
  await form.getByLabel('经费使用情况').fill('购置材料 0.3 万元');
  await form.getByTestId('finding-not-evident').click();
  await form.getByLabel('检查人').fill('王敏、李强');
  await form.getByLabel('整改期限').fill(c.deadline);
  await form.getByLabel('整改要求').fill(c.requirements);
  await form.getByTestId('check-submit').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
}

/** 动态管理: revokes a studio that failed its re-check, under the document number; it stays in the register, revoked. */
export async function revokeStudio(page: Page, studioId: string, r: { docNo: string; reason: string }): Promise<void> {
  await page.getByTestId(`revoke-${studioId}`).click();
  const revoke = await settled(page.getByRole('dialog'));
  await expect(revoke).toContainText('撤销后不能重新启用');
  await revoke.getByLabel('撤销文号').fill(r.docNo);
  await revoke.getByLabel('撤销理由').fill(r.reason);
  await revoke.getByTestId('revoke-submit').click();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  const studios = page.getByTestId('studios-table');
  await expect(studios.getByRole('row').filter({ hasText: studioId })).toContainText('已撤销');
}
